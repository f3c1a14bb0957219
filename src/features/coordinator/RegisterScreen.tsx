// The twinning register: the Annex C table, the activity matrix with its ticks, and entries to add, edit or delete.
import { useState } from 'react';
import { useI18n } from '../../app/i18n';
import { hrefFor } from '../../app/router';
import { codeList, labelOf } from '../../domain/codes';
import { byRegisterOrder, partnersText, type RegisterEntry } from '../../domain/register';
import { useRegister } from '../../db/hooks';
import { useCoordinator } from './context';
import { usePilotT } from './pilotMessages';
import { RegisterForm } from './RegisterForm';

function emptyEntry(): RegisterEntry {
  const now = new Date().toISOString();
  return { entryId: crypto.randomUUID(), years: now.slice(0, 4), partners: [{ organisation: '', country: '', letter: '' }, { organisation: '', country: '', letter: '' }], activity: '', activityTypes: [], arrangement: '', outcome: '', lessons: '', contacts: '', matchNeedId: null, matchOfferId: null, createdAt: now, updatedAt: now };
}

export function RegisterScreen({ focus }: { focus?: string }) {
  const tp = usePilotT();
  const { language } = useI18n();
  const { store, reportProblem } = useCoordinator();
  const entries = useRegister(store);
  const [editing, setEditing] = useState<RegisterEntry | null>(null);
  if (!entries) return null;
  const sorted = [...entries].sort(byRegisterOrder);

  async function save(entry: RegisterEntry) {
    try { await store.saveRegisterEntry(entry); setEditing(null); } catch { reportProblem('unavailable'); }
  }
  async function remove(entryId: string) {
    if (!window.confirm(tp('confirmDelete'))) return;
    try { await store.deleteRegisterEntry(entryId); } catch { reportProblem('unavailable'); }
  }

  return (
    <section className="coordinator-screen wide" aria-labelledby="register-title">
      <h1 id="register-title">{tp('registerTitle')}</h1>
      <p>{tp('registerLead')}</p>
      {editing ? <RegisterForm entry={editing} onSave={(entry) => void save(entry)} onCancel={() => setEditing(null)} />
        : <p className="no-print"><button type="button" className="primary" onClick={() => setEditing(emptyEntry())}>{tp('addEntry')}</button></p>}
      {sorted.length === 0 ? <p>{tp('noEntries')}</p> : (
        <>
          <div className="table-wrap">
            <table className="register-table">
              <thead>
                <tr>
                  <th scope="col">{tp('years')}</th><th scope="col">{tp('partners')}</th><th scope="col">{tp('activity')}</th>
                  <th scope="col">{tp('arrangement')}</th><th scope="col">{tp('outcome')}</th><th scope="col">{tp('lessons')}</th><th scope="col" className="no-print"></th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((entry) => (
                  <tr key={entry.entryId} data-entry={entry.entryId} className={entry.entryId === focus ? 'focused' : undefined}>
                    <td>{entry.years}</td>
                    <td>{partnersText(entry.partners)}</td>
                    <td className="long-text">{entry.activity}{entry.matchNeedId && <div className="small">{tp('fromMatch')}</div>}</td>
                    <td>{entry.arrangement ? labelOf('arrangement', entry.arrangement, language) : ''}</td>
                    <td className="long-text">{entry.outcome}</td>
                    <td className="long-text">{entry.lessons}</td>
                    <td className="no-print">
                      <button type="button" onClick={() => setEditing(entry)}>{tp('edit')}</button>{' '}
                      <a className="button" href={hrefFor('coordinator', 'register', entry.entryId, 'mou')}>{tp('mou')}</a>{' '}
                      <button type="button" onClick={() => void remove(entry.entryId)}>{tp('delete')}</button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{tp('matrixTitle')}</h2>
          <div className="table-wrap">
            <table className="matrix-table">
              <thead>
                <tr>
                  <th scope="col">{tp('partners')}</th>
                  {codeList('activity_type').map((type) => <th key={type.code} scope="col" className="matrix-head"><span>{type.label[language]}</span></th>)}
                </tr>
              </thead>
              <tbody>
                {sorted.map((entry) => (
                  <tr key={entry.entryId}>
                    <th scope="row">{[entry.years, entry.partners.map((partner) => partner.organisation).join(' / ')].filter((part) => part !== '').join(' · ')}</th>
                    {codeList('activity_type').map((type) => (
                      <td key={type.code} className="tick" data-type={type.code}>{entry.activityTypes.includes(type.code) ? <span aria-label={type.label[language]}>✓</span> : ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
