// The twinning register: the Annex C table, the activity matrix with its ticks, and entries to add, edit or delete.
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { hrefFor } from '../../app/router';
import { codeList, labelOf } from '../../domain/codes';
import { byRegisterOrder, partnersText, type RegisterEntry } from '../../domain/register';
import { useRegister } from '../../db/hooks';
import { useCoordinator } from './context';
import { useFocusAfterRender } from './focusReturn';
import { usePilotT } from './pilotMessages';
import { RegisterForm } from './RegisterForm';

/** focusOn's target for the Add an entry button (entry ids are UUIDs). */
const ADD = 'add';

function emptyEntry(): RegisterEntry {
  const now = new Date().toISOString();
  return { entryId: crypto.randomUUID(), years: now.slice(0, 4), partners: [{ organisation: '', country: '', letter: '' }, { organisation: '', country: '', letter: '' }], activity: '', activityTypes: [], arrangement: '', outcome: '', lessons: '', contacts: '', matchNeedId: null, matchOfferId: null, createdAt: now, updatedAt: now };
}

/** The entry a row's button acts on, for a screen reader: ": Org A (Spain), Org B (Kenya)", not shown. */
function Whose({ entry }: { entry: RegisterEntry }) {
  return <span className="visually-hidden">: {partnersText(entry.partners)}</span>;
}

export function RegisterScreen({ focus }: { focus?: string }) {
  const tp = usePilotT();
  const { language } = useI18n();
  const { store, reportProblem } = useCoordinator();
  const entries = useRegister(store);
  const [editing, setEditing] = useState<{ entry: RegisterEntry; isNew: boolean } | null>(null);
  const [notice, setNotice] = useState('');
  const section = useRef<HTMLElement>(null);
  const focusAfterRender = useFocusAfterRender(section);
  // Where the focus goes once the form has closed or a row has gone: the entry's Edit button, or Add an entry.
  const focusOn = (target: string) => focusAfterRender((root) => root.querySelector<HTMLElement>(
    target === ADD ? '[data-action="add"]' : `tr[data-entry="${CSS.escape(target)}"] [data-action="edit"]`));
  // Opened from a match's "Open the register entry": to that entry's row, which may be far down the register (it
  // was highlighted out of sight). Once per entry opened, not again as the register changes.
  const arrivedAt = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!focus || !entries || arrivedAt.current === focus) return;
    const row = section.current?.querySelector<HTMLElement>(`tr[data-entry="${CSS.escape(focus)}"]`);
    if (!row) return;
    arrivedAt.current = focus;
    row.querySelector<HTMLElement>('[data-action="edit"]')?.focus({ preventScroll: true });
    row.scrollIntoView({ block: 'center' });
  }, [focus, entries]);
  if (!entries) return null;
  const sorted = [...entries].sort(byRegisterOrder);

  function close(target: string) {
    focusOn(target);
    setEditing(null);
  }
  async function save(entry: RegisterEntry) {
    try {
      await store.saveRegisterEntry(entry);
      setNotice(tp('entrySaved', { partners: partnersText(entry.partners) }));
      close(entry.entryId);
    } catch {
      reportProblem('unavailable');
    }
  }
  async function remove(entry: RegisterEntry) {
    if (!window.confirm(tp('confirmDelete', { partners: partnersText(entry.partners) }))) return;
    try {
      await store.deleteRegisterEntry(entry.entryId);
      setNotice(tp('entryDeleted', { partners: partnersText(entry.partners) }));
      focusOn(ADD);
    } catch {
      reportProblem('unavailable');
    }
  }

  return (
    <section className="coordinator-screen wide" aria-labelledby="register-title" ref={section}>
      <h1 id="register-title">{tp('registerTitle')}</h1>
      <p>{tp('registerLead')}</p>
      {/* Said once the form has gone: "saved" or "deleted", with the partners, as a screen reader hears it. */}
      <p role="status" className="notice-line no-print">{notice}</p>
      {editing ? (
        <RegisterForm key={editing.entry.entryId} entry={editing.entry} isNew={editing.isNew} onSave={(entry) => void save(entry)}
          onCancel={() => close(editing.isNew ? ADD : editing.entry.entryId)} />
      ) : <p className="no-print"><button type="button" className="primary" data-action="add" onClick={() => { setNotice(''); setEditing({ entry: emptyEntry(), isNew: true }); }}>{tp('addEntry')}</button></p>}
      {sorted.length === 0 ? <p>{tp('noEntries')}</p> : (
        <>
          <div className="table-wrap">
            <table className="register-table">
              <thead>
                <tr>
                  <th scope="col">{tp('years')}</th><th scope="col">{tp('partners')}</th><th scope="col">{tp('activity')}</th>
                  <th scope="col">{tp('arrangement')}</th><th scope="col">{tp('outcome')}</th><th scope="col">{tp('lessons')}</th><th scope="col" className="no-print"><span className="visually-hidden">{tp('colActions')}</span></th>
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
                      {/* Every row has the same three: each names its entry to a screen reader, after the visible word. */}
                      <button type="button" data-action="edit" onClick={() => { setNotice(''); setEditing({ entry, isNew: false }); }}>{tp('edit')}<Whose entry={entry} /></button>{' '}
                      <a className="button" href={hrefFor('coordinator', 'register', entry.entryId, 'mou')}>{tp('mou')}<Whose entry={entry} /></a>{' '}
                      <button type="button" onClick={() => void remove(entry)}>{tp('delete')}<Whose entry={entry} /></button>
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
