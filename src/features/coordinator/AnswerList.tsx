// Every answer of a response, labelled in the reader's language. Respondents' text is always rendered as text.
import { answerText } from '../../domain/answerText';
import type { UiLanguage } from '../../domain/codes';
import { isEntryList, QUESTIONNAIRE, type EntryListName, type FieldSpec } from '../../domain/questionnaireSchema';
import { isRecord } from '../../domain/result';
import { questionTitle } from '../../survey/questionTitles';
import { useCoordinatorT, type CoordinatorKey } from './messages';

/**
 * An entry list's heading in the coordinator's words: the questionnaire's speak to the respondent ("Your offers"),
 * and read as the coordinator's own on someone else's response.
 */
const LIST_HEADINGS: Partial<Record<EntryListName, CoordinatorKey>> = {
  needs: 'answersNeeds', offers: 'answersOffers', funding_sources: 'answersFunding', past_twinning: 'answersTwinning',
};

function Field({ field, value, titleKey, language }: { field: FieldSpec; value: unknown; titleKey: string; language: UiLanguage }) {
  const text = answerText(field, value, language);
  if (text === '' || field.kind === 'id') return null;
  return (
    <>
      <dt>{questionTitle(titleKey, language)}</dt>
      <dd className={field.kind === 'comment' ? 'long-text' : undefined}>{text}</dd>
    </>
  );
}

export function AnswerList({ data, language }: { data: Record<string, unknown>; language: UiLanguage }) {
  const t = useCoordinatorT();
  const heading = (name: EntryListName) => {
    const key = LIST_HEADINGS[name];
    return key ? t(key) : questionTitle(name, language);
  };
  return (
    <div className="answer-list">
      {QUESTIONNAIRE.filter((page) => page.elements.length > 0).map((page) => (
        <section key={page.name} className="answer-page">
          {page.elements.map((element) => {
            if (!isEntryList(element)) return <dl key={element.name}><Field field={element} value={data[element.name]} titleKey={element.name} language={language} /></dl>;
            const entries = data[element.name];
            if (!Array.isArray(entries) || entries.length === 0) return null;
            return (
              <div key={element.name} className="entry-list">
                <h3>{heading(element.name)}</h3>
                <ol>
                  {entries.filter(isRecord).map((entry, index) => (
                    <li key={typeof entry['id'] === 'string' ? entry['id'] : index} data-entry-id={typeof entry['id'] === 'string' ? entry['id'] : undefined}>
                      <dl>
                        {element.fields.map((field) => <Field key={field.name} field={field} value={entry[field.name]} titleKey={`${element.name}.${field.name}`} language={language} />)}
                      </dl>
                    </li>
                  ))}
                </ol>
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
