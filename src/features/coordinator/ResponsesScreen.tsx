// All responses (latest revisions) in one sortable, filterable table that stays fast with thousands of rows.
import { useMemo, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { useResponseRows } from '../../db/hooks';
import { filterSummaries, sortSummaries, type SortDirection, type SummaryColumn, type SummaryFilter } from '../../domain/responseSummary';
import { QUESTIONNAIRE_VERSION } from '../../domain/questionnaireSchema';
import { useCoordinator } from './context';
import { useCoordinatorT } from './messages';
import { ResponseFilters } from './ResponseFilters';
import { ResponseTable } from './ResponseTable';
import { rememberedState } from './rememberedState';

// Kept while a response is opened and left, or another screen visited.
const useFilter = rememberedState<SummaryFilter>({ questionnaireVersion: QUESTIONNAIRE_VERSION });
const useSort = rememberedState<{ column: SummaryColumn; direction: SortDirection }>({ column: 'submittedAt', direction: 'desc' });

export function ResponsesScreen() {
  const t = useCoordinatorT();
  const { language } = useI18n();
  const { store, reportProblem } = useCoordinator();
  const rows = useResponseRows(store);
  // The main questionnaire's responses unless the coordinator asks for the follow-up ones.
  const [filter, setFilter] = useFilter();
  const [sort, setSort] = useSort();
  // Not kept: after a response is restored from the bin, the way back leads to the responses, not to a bin now empty.
  const [showBin, setShowBin] = useState(false);

  const live = useMemo(() => (rows ?? []).filter((row) => row.deletedAt === null), [rows]);
  const bin = useMemo(() => (rows ?? []).filter((row) => row.deletedAt !== null), [rows]);
  const source = showBin ? bin : live;
  const shown = useMemo(() => sortSummaries(filterSummaries(source, filter), sort.column, sort.direction), [source, filter, sort]);

  if (rows === undefined) return null;

  async function emptyBin() {
    if (!window.confirm(t('confirmEmptyBin', { count: bin.length }))) return;
    try {
      await store.emptyBin();
      setShowBin(false);
    } catch {
      reportProblem('unavailable');
    }
  }

  return (
    <section className="coordinator-screen wide full" aria-labelledby="responses-title">
      <h1 id="responses-title">{t('responsesTitle')}</h1>
      {rows.length === 0 ? (
        <p>{t('noResponses')} <a className="button" href="#/coordinator/import">{t('navImport')}</a></p>
      ) : (
        <>
          <ResponseFilters rows={live} filter={filter} onChange={setFilter} language={language} />
          {/* The bin looks like the list it replaces: a heading says which one is shown. */}
          {showBin && <h2>{t('binHeading')}</h2>}
          <div className="table-bar">
            <p role="status" data-testid="row-count">{t('responsesCount', { shown: shown.length, total: source.length })}</p>
            {bin.length > 0 && (
              <>
                <button type="button" onClick={() => setShowBin(!showBin)}>{showBin ? t('showLive') : `${t('showBin')} (${t('binCount', { count: bin.length })})`}</button>
                {showBin && <button type="button" onClick={() => void emptyBin()}>{t('emptyBin')}</button>}
              </>
            )}
          </div>
          {shown.length === 0 ? <p>{t('noMatches')}</p> : <ResponseTable rows={shown} sort={sort} onSort={setSort} language={language} />}
        </>
      )}
    </section>
  );
}
