// The introduction e-mail for a match: to both contacts, naming both organisations, entries and the reasons.
import { countryName, labelOf, type UiLanguage } from '../../domain/codes';
import type { Deployment } from '../../domain/deployment';
import { introductionLanguage } from '../../domain/introduction';
import { mailtoLink } from '../../domain/mailto';
import { isFavourable, type Candidate, type ReasonCode } from '../../domain/matching';
import { analysisTranslator } from './analysisMessages';
import { reasonSentence } from './reasonText';

/** The e-mail as a mailto: link (a mail program's draft), and as text to copy where there is none (webmail). */
export function introductionMailto(candidate: Candidate, deployment: Deployment, coordinatorLanguage: UiLanguage): { href: string; text: string; language: UiLanguage } {
  const language = introductionLanguage(candidate, coordinatorLanguage);
  const t = analysisTranslator(language);
  const { need, offer } = candidate;
  const list = (reasons: readonly ReasonCode[]) => reasons.map((reason) => `- ${reasonSentence(reason, candidate, language)}`).join('\n');
  // Under "why we think this is a good match", only what speaks for it; what to check (no shared language, dates
  // that do not fit, a funding gap) is named as such, for both sides to discuss.
  const toCheck = candidate.reasons.filter((reason) => !isFavourable(reason));
  const reasons = list(candidate.reasons.filter(isFavourable)) + (toCheck.length > 0 ? `\n\n${t('mailToCheck', { items: list(toCheck) })}` : '');
  const values = {
    needOrg: need.org.orgName, offerOrg: offer.org.orgName,
    needContact: need.org.contactName, offerContact: offer.org.contactName,
    needCountry: countryName(need.org.country, language), offerCountry: countryName(offer.org.country, language),
    needTitle: need.title, offerTitle: offer.title, theme: labelOf('theme', need.theme, language), reasons,
    coordinator: [deployment.coordinatorName, deployment.coordinatingOrganisation].filter((part) => part !== '').join(', '),
  };
  const to = [need.org.contactEmail, offer.org.contactEmail].filter((address) => address !== '');
  const subject = t('mailSubject', values);
  const body = t('mailBody', values);
  // The labels carry their colon: French puts a space before it ("Objet :").
  const text = `${t('mailToLabel')} ${to.join(', ')}\n${t('mailSubjectLabel')} ${subject}\n\n${body}`;
  return { href: mailtoLink(to, subject, body), text, language };
}
