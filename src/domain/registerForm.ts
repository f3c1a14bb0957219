// What an entry saved by hand on the register's form must say (Annex C): the data model (register.ts) accepts
// drafts with gaps, since an agreed match drafts an entry whose years and activity come later.
import type { RegisterEntry } from './register';

export type RegisterFormProblem =
  | { code: 'twoPartners' }
  | { code: 'partnerCountry'; partner: number }
  | { code: 'yearsFormat' }
  | { code: 'yearsOrder' };

/** "2026", "2025-2027", "2025 – 2027" (hyphen, en or em dash). */
const YEARS = /^(\d{4})(?:\s*[-–—]\s*(\d{4}))?$/;

/** Problems in reading order; none means the entry can be saved. Partners are counted from 1. */
export function registerFormProblems(entry: RegisterEntry): RegisterFormProblem[] {
  const problems: RegisterFormProblem[] = [];
  const named = entry.partners.filter((partner) => partner.organisation.trim() !== '');
  if (named.length < 2) problems.push({ code: 'twoPartners' });
  entry.partners.forEach((partner, index) => {
    if (partner.organisation.trim() !== '' && partner.country === '') problems.push({ code: 'partnerCountry', partner: index + 1 });
  });
  const years = entry.years.trim();
  if (years !== '') {
    const match = YEARS.exec(years);
    if (!match) problems.push({ code: 'yearsFormat' });
    else if (match[2] !== undefined && Number(match[2]) < Number(match[1])) problems.push({ code: 'yearsOrder' });
  }
  return problems;
}
