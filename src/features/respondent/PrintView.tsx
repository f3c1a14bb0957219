// A read-only, single-page rendering of every answer with labels in the respondent's language, for print/PDF.
import { useState } from 'react';
import type { SurveyModel } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { deployment } from '../../app/deployment';
import { useI18n } from '../../app/i18n';
import type { ResponseFile } from '../../domain/responseFile';
import { createSurvey } from '../../survey/createSurvey';
import type { QuestionnaireKind } from '../../survey/questionnaires';
import './ReadOnlyDates';
import { useDefinition, type LoadedDefinition } from './useDefinition';

export function PrintView({ file, kind }: { file: ResponseFile; kind: QuestionnaireKind }) {
  const { t, language } = useI18n();
  const { loaded } = useDefinition(kind, language);
  const orgName = typeof file.data['org_name'] === 'string' ? file.data['org_name'] : '';
  return (
    <section className="print-only" aria-hidden="true">
      <h1>{t('printTitle', { org: orgName })}</h1>
      <p>{t('receiptId')}: {file.responseId} · {t('receiptRevision')} {file.revision} · {file.submittedAt.slice(0, 10)}</p>
      {loaded && <PrintedAnswers key={loaded.language} loaded={loaded} file={file} />}
    </section>
  );
}

function PrintedAnswers({ loaded, file }: { loaded: LoadedDefinition; file: ResponseFile }) {
  const [survey] = useState<SurveyModel>(() => createSurvey({ definition: loaded.definition, language: loaded.language, deployment, round: file.round, data: file.data, display: true }));
  return <Survey model={survey} />;
}
