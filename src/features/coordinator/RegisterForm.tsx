// Add or edit one register entry: years, partners with register letters, activity and its types, outcome, lessons.
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { codeList, countryCodes, countryName, labelOf } from '../../domain/codes';
import { REGISTER_LETTERS, statusOfLetter, validateRegisterEntry, type RegisterEntry, type RegisterPartner } from '../../domain/register';
import { registerFormProblems, type RegisterFormProblem } from '../../domain/registerForm';
import { usePilotT } from './pilotMessages';

const FORM_MESSAGES = {
  twoPartners: 'registerTwoPartners', yearsFormat: 'registerYearsFormat', yearsOrder: 'registerYearsOrder',
} as const satisfies Record<Exclude<RegisterFormProblem['code'], 'partnerCountry'>, string>;

interface Props {
  entry: RegisterEntry;
  /** A new entry, or one of the register's. */
  isNew: boolean;
  onSave: (entry: RegisterEntry) => void;
  onCancel: () => void;
}

export function RegisterForm({ entry, isNew, onSave, onCancel }: Props) {
  const tp = usePilotT();
  const { language, locale } = useI18n();
  const [draft, setDraft] = useState(entry);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  // The partner whose name field takes the focus after this render: the one just added, or the one now in the place
  // of a removed one (the Add button if none). Otherwise the focus stayed on Add, below the new fields, or fell to
  // the page with the removed partner's button.
  const focusPartner = useRef<number | null>(null);
  useEffect(() => {
    const index = focusPartner.current;
    if (index === null) return;
    focusPartner.current = null;
    const fields = form.current?.querySelectorAll<HTMLInputElement>('.partner-organisation input');
    const target = fields?.item(index) ?? form.current?.querySelector<HTMLButtonElement>('.add-partner');
    target?.focus();
  });
  // Opened from a row far below it, the form must come into view with the focus, or Edit seems to do nothing.
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, []);
  const set = <K extends keyof RegisterEntry>(key: K, value: RegisterEntry[K]) => setDraft({ ...draft, [key]: value });
  const setPartner = (index: number, partner: RegisterPartner) => set('partners', draft.partners.map((item, i) => (i === index ? partner : item)));
  const countries = countryCodes().map((code) => ({ code, name: countryName(code, language) })).sort((a, b) => a.name.localeCompare(b.name, locale));

  function submit() {
    // What a person must give first, in words; then the data model's own check (never expected to fail here).
    const problems = registerFormProblems(draft);
    if (problems.length > 0) {
      setError(problems.map((problem) => (problem.code === 'partnerCountry' ? tp('registerPartnerCountry', { partner: problem.partner }) : tp(FORM_MESSAGES[problem.code]))).join(' '));
      return;
    }
    const result = validateRegisterEntry({ ...draft, updatedAt: new Date().toISOString() }, 'entry');
    if (!result.ok) { setError(tp('invalidEntry', { problems: result.errors.map((e) => `${e.path}: ${e.message}`).join('; ') })); return; }
    onSave(result.value);
  }

  return (
    <form ref={form} className="register-form" aria-labelledby="register-form-title" onSubmit={(event) => { event.preventDefault(); submit(); }}>
      <h2 id="register-form-title" tabIndex={-1} ref={heading}>{tp(isNew ? 'registerFormNew' : 'registerFormEdit')}</h2>
      <label><span>{tp('years')}</span><input value={draft.years} onChange={(event) => set('years', event.target.value)} placeholder="2026-2027" maxLength={100} /></label>
      <fieldset>
        <legend>{tp('partners')}</legend>
        {draft.partners.map((partner, index) => (
          // One group per partner, named by its number: three "Organisation" fields in a row were told apart by
          // position alone.
          <fieldset key={index} className="partner-row">
            <legend>{tp('partnerHeading', { number: index + 1 })}</legend>
            <label className="partner-organisation"><span>{tp('partner')}</span><input value={partner.organisation} maxLength={200} onChange={(event) => setPartner(index, { ...partner, organisation: event.target.value })} /></label>
            <label><span>{tp('country')}</span>
              <select value={partner.country} onChange={(event) => setPartner(index, { ...partner, country: event.target.value })}>
                <option value="">—</option>
                {countries.map(({ code, name }) => <option key={code} value={code}>{name}</option>)}
              </select>
            </label>
            <label><span>{tp('letter')}</span>
              <select value={partner.letter} onChange={(event) => setPartner(index, { ...partner, letter: REGISTER_LETTERS.find((letter) => letter === event.target.value) ?? '' })}>
                <option value="">—</option>
                {/* The letter, as the register writes it, and what it stands for: "Em" alone was a code to look up. */}
                {REGISTER_LETTERS.map((letter) => <option key={letter} value={letter}>{`${letter} — ${labelOf('resettlement_status', statusOfLetter(letter), language)}`}</option>)}
              </select>
            </label>
            <button type="button" onClick={() => { focusPartner.current = index; set('partners', draft.partners.filter((_, i) => i !== index)); }}>
              {tp('removePartner')}<span className="visually-hidden"> {partner.organisation.trim() || tp('partnerNumber', { number: index + 1 })}</span>
            </button>
          </fieldset>
        ))}
        <button type="button" className="add-partner" onClick={() => { focusPartner.current = draft.partners.length; set('partners', [...draft.partners, { organisation: '', country: '', letter: '' }]); }}>{tp('addPartner')}</button>
      </fieldset>
      <label><span>{tp('activity')}</span><textarea value={draft.activity} maxLength={2000} onChange={(event) => set('activity', event.target.value)} /></label>
      <fieldset>
        <legend>{tp('activityTypes')}</legend>
        <div className="checkbox-grid">
          {codeList('activity_type').map((item) => (
            <label key={item.code} className="inline">
              <input type="checkbox" checked={draft.activityTypes.includes(item.code)}
                onChange={(event) => set('activityTypes', codeList('activity_type').map((type) => type.code).filter((code) => (code === item.code ? event.target.checked : draft.activityTypes.includes(code))))} />
              {item.label[language]}
            </label>
          ))}
        </div>
      </fieldset>
      <label><span>{tp('arrangement')}</span>
        <select value={draft.arrangement} onChange={(event) => set('arrangement', event.target.value === 'continuous' || event.target.value === 'one_off' ? event.target.value : '')}>
          <option value="">—</option>
          {codeList('arrangement').map((item) => <option key={item.code} value={item.code}>{item.label[language]}</option>)}
        </select>
      </label>
      <label><span>{tp('outcome')}</span><textarea value={draft.outcome} maxLength={2000} onChange={(event) => set('outcome', event.target.value)} /></label>
      <label><span>{tp('lessons')}</span><textarea value={draft.lessons} maxLength={2000} onChange={(event) => set('lessons', event.target.value)} /></label>
      <label><span>{tp('contacts')}</span><input value={draft.contacts} maxLength={500} onChange={(event) => set('contacts', event.target.value)} /></label>
      {error && <p role="alert" className="rejected">{error}</p>}
      <div className="actions"><button type="submit" className="primary">{tp('save')}</button><button type="button" onClick={onCancel}>{tp('cancel')}</button></div>
    </form>
  );
}
