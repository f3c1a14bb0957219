// The introduction e-mail and the match card name what speaks for a pair apart from what to check: "They share no
// working language" used to sit under "Why we think this is a good match".
import { describe, expect, it } from 'vitest';
import { REASON_CODES, REASON_EFFECTS, evaluatePair, isFavourable } from '../../src/domain/matching';
import type { UiLanguage } from '../../src/domain/codes';
import { introductionMailto } from '../../src/features/coordinator/introductionMail';
import { reasonSentence } from '../../src/features/coordinator/reasonText';
import { pilotDeployment } from './fixtures';
import { need, offer } from './matchingBuilders';

describe('isFavourable', () => {
  it.each(REASON_CODES.map((code) => [code, REASON_EFFECTS[code] > 0] as const))('%s → %s', (code, favourable) => {
    expect(isFavourable(code)).toBe(favourable);
  });

  it('puts every mismatch and the funding gap among what to check', () => {
    expect(REASON_CODES.filter((code) => !isFavourable(code))).toEqual([
      'modality_mismatch', 'no_shared_language', 'timing_mismatch', 'partner_type_mismatch', 'region_mismatch', 'same_country', 'funding_gap',
    ]);
  });
});

describe('introductionMailto', () => {
  const body = (href: string) => decodeURIComponent(href.slice(href.indexOf('body=') + 5)).replace(/\r\n/g, '\n');

  it('lists what speaks for the pair under why it is a good match, and what to check apart', () => {
    const pair = evaluatePair(
      need({ languages: ['fr'], start: '2027-09', funding: 'needs_funding' }),
      offer({ languages: ['en'], availableFrom: '2027-01', availableUntil: '2027-06', cost: 'cost_shared' }),
      [], '2026-11-23',
    );
    expect(pair.reasons).toEqual(['same_theme', 'shared_modality', 'no_shared_language', 'timing_mismatch', 'funding_gap']);
    const text = body(introductionMailto(pair, pilotDeployment(), 'en').href);
    const why = text.slice(text.indexOf('Why we think this is a good match:'), text.indexOf('Worth discussing between you:'));
    expect(why).toContain('- Both are about the same theme.');
    expect(why).not.toContain('share no working language');
    const toCheck = text.slice(text.indexOf('Worth discussing between you:'));
    expect(toCheck.split('\n').slice(0, 4)).toEqual([
      'Worth discussing between you:',
      '- They share no working language.',
      '- The need’s start date falls outside the offer’s availability.',
      '- The need requires funding and the offer does not cover its costs.',
    ]);
  });

  it('has nothing to check when nothing speaks against the pair', () => {
    const pair = evaluatePair(need(), offer(), [], '2026-11-23');
    const text = body(introductionMailto(pair, pilotDeployment(), 'en').href);
    expect(text).toContain('- Both are about the same theme.');
    expect(text).not.toContain('Worth discussing');
  });

  it.each<[UiLanguage, string, string]>([
    ['en', 'To: ', 'Subject: '],
    // French puts a (no-break) space before a colon.
    ['fr', 'À\u00a0: ', 'Objet\u00a0: '],
    ['es', 'Para: ', 'Asunto: '],
    ['pt', 'Para: ', 'Assunto: '],
  ])('heads the text to copy with its addressees and subject in %s', (language, to, subject) => {
    const pair = evaluatePair(need({ languages: [language] }), offer({ languages: [language] }), [], '2026-11-23');
    const mail = introductionMailto(pair, pilotDeployment(), language);
    expect(mail.language).toBe(language);
    const [first, second] = mail.text.split('\n');
    expect(first).toMatch(new RegExp(`^${to}\\S+@`));
    expect(second?.startsWith(subject)).toBe(true);
  });
});

describe('reasonSentence', () => {
  it.each<[string, string[], string[], UiLanguage, string, string]>([
    ['one language and one form of support, in French', ['fr'], ['study_visit'], 'fr',
      'Les deux organisations peuvent travailler ensemble dans une même langue\u00a0: Français.',
      'Le besoin et l’offre mentionnent la même forme d’appui\u00a0: Visite d\'étude.'],
    ['several, in French', ['fr', 'en'], ['study_visit', 'mentoring'], 'fr',
      'Les deux organisations peuvent travailler ensemble dans ces langues\u00a0: Anglais, Français.',
      'Le besoin et l’offre mentionnent les mêmes formes d’appui\u00a0: Mentorat ou mise en réseau à distance (appels, courriel)\u202f; Visite d\'étude.'],
    ['one of each, in Spanish', ['es'], ['study_visit'], 'es',
      'Las dos organizaciones pueden trabajar juntas en un mismo idioma: Español.',
      'La necesidad y la oferta indican la misma forma de apoyo: Visita de estudio.'],
  ])('%s', (_, languages, modalities, language, languageSentence, modalitySentence) => {
    const pair = evaluatePair(need({ languages, modalities }), offer({ languages, modalities }), [], '2026-11-23');
    expect(reasonSentence('shared_language', pair, language)).toBe(languageSentence);
    expect(reasonSentence('shared_modality', pair, language)).toBe(modalitySentence);
  });
});
