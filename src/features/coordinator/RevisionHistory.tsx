// Which revisions arrived, when, and what each changed compared with the one before.
import { answerText } from '../../domain/answerText';
import { diffAnswers, type AnswerChange } from '../../domain/answerDiff';
import type { UiLanguage } from '../../domain/codes';
import { formatLocale } from '../../domain/languages';
import { isEntryList, topLevelElements, type FieldSpec } from '../../domain/questionnaireSchema';
import type { RevisionRecord } from '../../db/coordinatorDb';
import { questionTitle } from '../../survey/questionTitles';
import { useCoordinatorT } from './messages';

function fieldSpec(list: string | null, name: string): FieldSpec {
  for (const element of topLevelElements()) {
    if (list === null && element.name === name && !isEntryList(element)) return element;
    if (isEntryList(element) && element.name === list) {
      const field = element.fields.find((candidate) => candidate.name === name);
      if (field) return field;
    }
  }
  return { name, kind: 'text', required: false };
}

function Change({ change, language }: { change: AnswerChange; language: UiLanguage }) {
  const t = useCoordinatorT();
  if (change.kind === 'entryAdded' || change.kind === 'entryRemoved') {
    return <li>{questionTitle(change.list, language)}: «{change.title}» — {t(change.kind === 'entryAdded' ? 'entryAdded' : 'entryRemoved')}</li>;
  }
  const list = change.kind === 'entryChanged' ? change.list : null;
  const spec = fieldSpec(list, change.field);
  const title = questionTitle(list ? `${list}.${change.field}` : change.field, language);
  return (
    <li>
      {change.kind === 'entryChanged' && <>{questionTitle(change.list, language)} «{change.title}» › </>}
      {title}: <del>{answerText(spec, change.before, language) || '—'}</del> → <ins>{answerText(spec, change.after, language) || '—'}</ins>
    </li>
  );
}

export function RevisionHistory({ revisions, language }: { revisions: readonly RevisionRecord[]; language: UiLanguage }) {
  const t = useCoordinatorT();
  const when = (iso: string) => new Intl.DateTimeFormat(formatLocale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return (
    <section className="revision-history" aria-labelledby="history-title">
      <h2 id="history-title">{t('history')}</h2>
      <ol reversed>
        {[...revisions].reverse().map((record, index, newestFirst) => {
          const previous = newestFirst[index + 1];
          const changes = previous ? diffAnswers(previous.response.data, record.response.data) : [];
          return (
            <li key={record.revision} data-revision={record.revision}>
              <strong>{t('revision', { revision: record.revision })}</strong> — {t('submittedOn', { when: when(record.response.submittedAt) })}, {t('importedOn', { when: when(record.importedAt) })}
              {previous && (
                <>
                  <p>{t('changesFrom', { from: previous.revision })}</p>
                  {changes.length === 0 ? <p>{t('noChanges')}</p> : <ul className="changes">{changes.map((change, i) => <Change key={i} change={change} language={language} />)}</ul>}
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
