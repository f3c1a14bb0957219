// The report after every import, by file: what was added, updated, skipped, and every problem of a rejected file.
import { useRef, useState } from 'react';
import { hrefFor } from '../../app/router';
import { formatProblem, rejectionKind } from '../../domain/importFile';
import type { FileReport } from './importFiles';
import { useFocusIfLost } from './focusReturn';
import { useCoordinatorT } from './messages';

export function ImportReport({ reports }: { reports: readonly FileReport[] }) {
  const t = useCoordinatorT();
  const count = (status: FileReport['status'] | null) => reports.filter((report) => status === null || report.status === status).reduce((sum, report) => sum + report.files, 0);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusIfLost(heading, reports);
  return (
    <section className="import-report" aria-labelledby="import-report-title">
      <h2 id="import-report-title" ref={heading} tabIndex={-1}>{t('reportTitle')}</h2>
      <p role="status">{t('reportTotals', { files: count(null), imported: count('imported'), rejected: count('rejected') })}</p>
      <table>
        <thead>
          <tr><th scope="col">{t('reportFile')}</th><th scope="col">{t('reportResult')}</th></tr>
        </thead>
        <tbody>
          {reports.map((report, index) => (
            <tr key={`${report.file}-${index}`} data-status={report.status}>
              <th scope="row" className="file-name">{report.file}</th>
              <td>{report.status === 'imported' ? <Imported report={report} /> : <Rejected report={report} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* What comes next, one step away: the report was a dead end, and the way on was back up in the menu. */}
      {count('imported') > 0 && (
        <p className="next-steps">
          {t('reportNext')}{' '}
          <a href={hrefFor('coordinator', 'responses')}>{t('reportNextResponses')}</a>{' · '}
          <a href={hrefFor('coordinator', 'chart')}>{t('reportNextChart')}</a>{' · '}
          <a href={hrefFor('coordinator', 'matches')}>{t('reportNextMatches')}</a>
        </p>
      )}
    </section>
  );
}

function Imported({ report }: { report: Extract<FileReport, { status: 'imported' }> }) {
  const t = useCoordinatorT();
  const { outcome } = report;
  return (
    <p>
      <strong>{t('reportImported')}</strong> — <span data-testid="counts">{t('reportCounts', { ...outcome })}</span>
      {outcome.binned > 0 && <>; {t('reportBinned', { binned: outcome.binned })}</>}
      {/* A backup brings the matches' follow-up and the register too: said, as the responses are. */}
      {outcome.matches + outcome.registerEntries > 0 && <>; {t('reportPilot', { matches: outcome.matches, registerEntries: outcome.registerEntries })}</>}
    </p>
  );
}

function Rejected({ report }: { report: Extract<FileReport, { status: 'rejected' }> }) {
  const t = useCoordinatorT();
  const [copied, setCopied] = useState(false);
  const lines = report.problems.map(formatProblem);
  async function copy() {
    await navigator.clipboard.writeText(lines.join('\n'));
    setCopied(true);
  }
  return (
    <>
      <p><strong className="rejected">{t('reportRejected')}</strong> — {t('reportProblems', { count: lines.length })}</p>
      {/* Why, in the coordinator's language; the lines below are for whoever made the file. Storage failures say it in their line. */}
      {!report.storage && <p className="rejection-reason">{t(`rejected_${rejectionKind(report.problems)}`)}</p>}
      <ul className="problems">
        {lines.slice(0, 200).map((line, index) => <li key={index}><code>{line}</code></li>)}
      </ul>
      {lines.length > 200 && <p>… {lines.length - 200}</p>}
      <button type="button" onClick={() => void copy()}>{copied ? t('copied') : t('copyProblems')}</button>
    </>
  );
}
