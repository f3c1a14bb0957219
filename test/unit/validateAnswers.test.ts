// Checking a response's answers (src/domain/validateAnswers.ts): one case per rule, each naming the exact field.
import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../src/domain/validateAnswers';
import { entriesOf, entryOf, validAnswers } from './fixtures';

type Change = (answers: Record<string, unknown>) => void;

const need = (a: Record<string, unknown>, index: number) => entryOf(a, 'needs', index);
const offer = (a: Record<string, unknown>) => entryOf(a, 'offers', 0);
const manyNeeds = (count: number) => Array.from({ length: count }, (_, i) => ({ ...need(validAnswers(), 1), id: `need-${i}` }));

describe('validateAnswers', () => {
  it('finds no problem in a complete valid answer set', () => {
    expect(validateAnswers(validAnswers())).toEqual([]);
  });

  it.each<[string, Change]>([
    ['only required answers, nothing optional', (a) => {
      const optional = new Set(['org_type_other', 'working_languages_other', 'contact_role', 'contact_phone', 'refugee_involvement',
        'refugee_involvement_comment', 'existing_mechanisms', 'past_twinning', 'twin_roles', 'mechanism_gaps', 'heard_from', 'needs', 'offers',
        'funding_sources']);
      const kept = Object.entries(a).filter(([key]) => !optional.has(key));
      for (const key of Object.keys(a)) Reflect.deleteProperty(a, key);
      Object.assign(a, Object.fromEntries(kept));
      Object.assign(a, { org_type: 'ngo', working_languages: ['en'], has_needs: false, has_offers: false, has_funding_sources: false });
    }],
    ['a title of exactly 120 characters', (a) => { need(a, 0)['title'] = 'x'.repeat(120); }],
    ['a description of exactly 2000 characters', (a) => { offer(a)['description'] = 'x'.repeat(2000); }],
    ['available_until equal to available_from', (a) => { Object.assign(offer(a), { available_from: '2027-01', available_until: '2027-01' }); }],
    ['capacity given as digits', (a) => { offer(a)['capacity'] = '3'; }],
    ['exactly 20 needs', (a) => { a['needs'] = manyNeeds(20); }],
    ['twinning experience with no past twinning listed', (a) => { delete a['past_twinning']; }],
    ['twin_roles when willing_to_twin is maybe', (a) => { a['willing_to_twin'] = 'maybe'; }],
    ['event fields with training only', (a) => { offer(a)['modalities'] = ['training']; }],
    ['null for an optional answer', (a) => { a['heard_from'] = null; }],
    // Only spaces is no answer, as the questionnaire treats it (SurveyJS trims before its required check).
    ['only spaces for an optional answer', (a) => { a['contact_role'] = '   '; }],
    ['only spaces in a question not asked', (a) => { need(a, 1)['theme_other'] = ' '; }],
  ])('accepts %s', (_, change) => {
    const answers = validAnswers();
    change(answers);
    expect(validateAnswers(answers)).toEqual([]);
  });

  it.each<[string, Change, string, string]>([
    ['missing required top-level answer', (a) => { delete a['org_name']; }, 'org_name', 'is required'],
    ['blank required top-level answer', (a) => { a['contact_name'] = ''; }, 'contact_name', 'is required'],
    ['only spaces for a required answer', (a) => { a['contact_name'] = '   '; }, 'contact_name', 'is required'],
    ['only a tab and a line break for a required answer in an entry', (a) => { need(a, 0)['title'] = '\t\n'; }, 'needs[0].title', 'is required'],
    ['empty required multi-select', (a) => { a['continuum_roles'] = []; }, 'continuum_roles', 'is required'],
    ['missing required answer in an entry', (a) => { delete need(a, 1)['title']; }, 'needs[1].title', 'is required'],
    ['missing modalities in a need', (a) => { delete need(a, 0)['modalities']; }, 'needs[0].modalities', 'is required'],
    ['missing partner in a past twinning', (a) => { delete entryOf(a, 'past_twinning', 0)['partner']; }, 'past_twinning[0].partner', 'is required'],
    ['unknown code in a single choice', (a) => { need(a, 1)['theme'] = 'hosing'; }, 'needs[1].theme', '"hosing" is not a theme code'],
    ['unknown code in a top-level choice', (a) => { a['consent_share'] = 'share_some'; }, 'consent_share', 'not a consent_share code'],
    ['unknown code in a multi choice', (a) => { offer(a)['modalities'] = ['training', 'teleport']; }, 'offers[0].modalities[1]', '"teleport" is not a modality code'],
    ['duplicate code in a multi choice', (a) => { a['continuum_roles'] = ['reception', 'reception']; }, 'continuum_roles[1]', 'chosen twice'],
    ['multi choice given as one string', (a) => { a['continuum_roles'] = 'reception'; }, 'continuum_roles', 'must be a list of codes'],
    ['unknown country', (a) => { a['country'] = 'XX'; }, 'country', '"XX" is not a country code'],
    ['lower-case country', (a) => { a['country'] = 'ca'; }, 'country', 'not a country code'],
    ['unknown country in a list', (a) => { need(a, 0)['preferred_countries'] = ['CZ', 'ZZ']; }, 'needs[0].preferred_countries[1]', 'not a country code'],
    ['unknown region', (a) => { offer(a)['recipient_regions'] = ['antarctica']; }, 'offers[0].recipient_regions[0]', 'not a region code'],
    ['unknown top-level key', (a) => { a['favourite_colour'] = 'blue'; }, 'favourite_colour', 'is not a question of this questionnaire'],
    ['unknown key inside an entry', (a) => { need(a, 0)['budget'] = 100; }, 'needs[0].budget', 'is not a question of this questionnaire'],
    ['number for text', (a) => { a['org_name'] = 42; }, 'org_name', 'must be text'],
    ['string for boolean', (a) => { a['has_offers'] = 'yes'; delete a['offers']; }, 'has_offers', 'must be true or false'],
    ['title over 120 characters', (a) => { need(a, 0)['title'] = 'x'.repeat(121); }, 'needs[0].title', 'is 121 characters long; the limit is 120'],
    ['description over 2000 characters', (a) => { offer(a)['description'] = 'x'.repeat(2001); }, 'offers[0].description', 'the limit is 2000'],
    ['bad e-mail', (a) => { a['contact_email'] = 'amelie@'; }, 'contact_email', 'is not an e-mail address'],
    ['javascript: url', (a) => { offer(a)['url'] = 'javascript:alert(1)'; }, 'offers[0].url', 'is not an http(s) address'],
    ['data: url in a funding source', (a) => { entryOf(a, 'funding_sources', 0)['url'] = 'data:text/html,x'; }, 'funding_sources[0].url', 'http(s)'],
    ['month in a bad format', (a) => { need(a, 0)['start'] = '2026-9'; }, 'needs[0].start', 'is not a month (YYYY-MM)'],
    ['date that is not a date', (a) => { entryOf(a, 'funding_sources', 0)['deadline'] = '2027-02-30'; }, 'funding_sources[0].deadline', 'is not a date'],
    ['available_until before available_from', (a) => { Object.assign(offer(a), { available_from: '2027-03', available_until: '2026-10' }); },
      'offers[0].available_until', 'is before available_from'],
    ['capacity 0', (a) => { offer(a)['capacity'] = 0; }, 'offers[0].capacity', 'whole number of at least 1'],
    ['capacity 1.5', (a) => { offer(a)['capacity'] = 1.5; }, 'offers[0].capacity', 'whole number of at least 1'],
    ['event_date without conference or training', (a) => { offer(a)['modalities'] = ['materials']; delete offer(a)['event_name']; },
      'offers[0].event_date', 'is answered but the question is not asked'],
    ['theme other without theme_other', (a) => { delete need(a, 0)['theme_other']; }, 'needs[0].theme_other', 'is required'],
    ['theme_other when the theme is not other', (a) => { need(a, 1)['theme_other'] = 'x'; }, 'needs[1].theme_other', 'is not asked'],
    ['org_type_other when org_type is not other', (a) => { a['org_type'] = 'ngo'; }, 'org_type_other', 'is not asked'],
    ['has_needs true with no needs', (a) => { delete a['needs']; }, 'needs', 'is required: add at least 1'],
    ['has_needs true with an empty list', (a) => { a['needs'] = []; }, 'needs', 'is required'],
    ['has_needs false with needs present', (a) => { a['has_needs'] = false; }, 'needs', 'is answered but the question is not asked'],
    ['more than 20 needs', (a) => { a['needs'] = manyNeeds(21); }, 'needs', 'has 21 entries; at most 20'],
    ['more than 10 past twinnings', (a) => {
      a['past_twinning'] = Array.from({ length: 11 }, (_, i) => ({ id: `t${i}`, partner: 'P' }));
    }, 'past_twinning', 'at most 10'],
    ['needs that are not a list', (a) => { a['needs'] = { theme: 'housing' }; }, 'needs', 'must be a list of entries'],
    ['an entry that is not an object', (a) => { a['needs'] = [need(a, 0), 'housing']; }, 'needs[1]', 'must be an object'],
    ['duplicate entry ids', (a) => { need(a, 1)['id'] = 'need-1'; }, 'needs[1].id', 'is used by another entry'],
    ['an entry id shared across lists', (a) => { offer(a)['id'] = 'need-2'; }, 'offers[0].id', 'is used by another entry'],
    ['an entry without id', (a) => { delete offer(a)['id']; }, 'offers[0].id', 'is required'],
    ['an entry id with spaces', (a) => { offer(a)['id'] = 'offer 1'; }, 'offers[0].id', 'is not an entry id'],
    ['rating 6', (a) => { a['mechanism_needed'] = 6; }, 'mechanism_needed', 'is not a rating from 1 to 5'],
    ['rating 0', (a) => { a['mechanism_needed'] = 0; }, 'mechanism_needed', 'rating from 1 to 5'],
    ['rating given as text', (a) => { a['mechanism_needed'] = '4'; }, 'mechanism_needed', 'rating from 1 to 5'],
    ['twin_roles when willing_to_twin is no', (a) => { a['willing_to_twin'] = 'no'; }, 'twin_roles', 'is answered but the question is not asked'],
    ['past twinning without twinning experience', (a) => { a['twinning_experience'] = false; }, 'past_twinning', 'is not asked'],
  ])('rejects %s, naming the field', (_, change, path, fragment) => {
    const answers = validAnswers();
    change(answers);
    expect(validateAnswers(answers)).toEqual([{ path, message: expect.stringContaining(fragment) }]);
  });

  it.each([null, [], 'answers', 3])('rejects %j as answers', (data) => {
    expect(validateAnswers(data)).toEqual([{ path: 'data', message: expect.stringContaining('object') }]);
  });

  it('reports every problem at once, in questionnaire order', () => {
    const answers = validAnswers();
    delete answers['org_name'];
    answers['mechanism_needed'] = 9;
    need(answers, 1)['theme'] = 'hosing';
    offer(answers)['url'] = 'ftp://example.org';
    expect(validateAnswers(answers).map((problem) => problem.path)).toEqual(['org_name', 'mechanism_needed', 'needs[1].theme', 'offers[0].url']);
  });

  it('quotes long bad values shortly', () => {
    const answers = validAnswers();
    need(answers, 0)['theme'] = 'y'.repeat(500);
    const [problem] = validateAnswers(answers);
    expect(problem?.message.length).toBeLessThan(100);
  });

  it('does not change the answers it checks', () => {
    const answers = validAnswers();
    entriesOf(answers, 'needs').forEach((entry) => { entry['theme'] = 'hosing'; });
    const copy = structuredClone(answers);
    validateAnswers(answers);
    expect(answers).toEqual(copy);
  });
});
