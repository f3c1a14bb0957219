// Shared fixtures for the unit tests: a complete valid answer set, the pilot deployment and small narrowing helpers.
import { expect } from 'vitest';
import pilot from '../../surveys/pilot.json';
import { validateDeployment, type Deployment } from '../../src/domain/deployment';
import { isRecord } from '../../src/domain/result';

/** A full, valid set of answers: every question answered, 2 needs, 1 offer, 1 funding source, 1 past twinning. */
export function validAnswers(): Record<string, unknown> {
  return {
    org_name: 'Conseil québécois pour les réfugiés',
    org_type: 'other',
    org_type_other: 'Network of settlement agencies',
    country: 'CA',
    resettlement_status: 'established',
    continuum_roles: ['reception', 'integration'],
    working_languages: ['en', 'fr', 'other'],
    working_languages_other: 'Inuktitut',
    contact_name: 'Amélie Tremblay',
    contact_role: 'Programme officer',
    contact_email: 'amelie@example.org',
    contact_phone: '+1 514 555 0100',
    consent_share: 'share_org_only',
    refugee_involvement: 'partly',
    refugee_involvement_comment: 'Two former refugees sit on our programme committee.',
    has_needs: true,
    needs: [
      {
        id: 'need-1', theme: 'other', theme_other: 'Winter preparedness for new arrivals', title: 'Advice on winter orientation',
        description: 'How others prepare families arriving in winter.', modalities: ['study_visit', 'mentoring'], languages: ['en'],
        priority: 'high', start: '2026-09', funding: 'needs_funding', partner_types: ['government'], preferred_countries: ['CZ', 'BR'],
      },
      {
        id: 'need-2', theme: 'housing', title: 'Long-term housing models', description: 'Models that work in tight rental markets.',
        modalities: ['materials', 'expert_advice'], languages: ['fr'], priority: 'medium', start: '2027-01', funding: 'partial',
        partner_types: ['ngo', 'international'], preferred_countries: ['SE'],
      },
    ],
    has_offers: true,
    offers: [
      {
        id: 'offer-1', theme: 'language_training', title: 'Training for language teachers', description: 'A two-day workshop.',
        modalities: ['training', 'conference'], languages: ['en', 'fr'], capacity: 12, cost: 'cost_shared', available_from: '2026-10',
        available_until: '2027-03', event_name: 'Settlement Language Forum', event_date: '2026-11-18', url: 'https://example.org/forum',
        recipient_types: ['government', 'ngo'], recipient_regions: ['africa', 'europe'],
      },
    ],
    has_funding_sources: true,
    funding_sources: [
      {
        id: 'fund-1', name: 'Exchange Fund', funder_type: 'foundation', themes: ['housing', 'education'], modalities: ['study_visit'],
        eligible_regions: ['africa'], eligible_org_types: ['ngo'], amount: 'up to EUR 20,000', deadline: '2027-02-28',
        url: 'http://example.org/fund', notes: 'Applications in English or French.',
      },
    ],
    existing_mechanisms: 'The ATCR working group and a regional mailing list.',
    twinning_experience: true,
    past_twinning: [
      {
        id: 'twin-1', partner: 'Refugee Council of Brazil', years: '2006-2008', activity_types: ['study_visit', 'housing'],
        arrangement: 'continuous', outcome: 'A joint handbook.', worked: 'Regular calls.', did_not_work: 'Staff turnover.',
      },
    ],
    willing_to_twin: 'yes',
    twin_roles: ['mentor', 'peer'],
    mechanism_needed: 4,
    mechanism_gaps: 'Nothing connects small NGOs across regions.',
    heard_from: 'network',
  };
}

/** The entry at `index` of the list `name`, narrowed to a record (fails the test otherwise). */
export function entryOf(data: Record<string, unknown>, name: string, index: number): Record<string, unknown> {
  const list = data[name];
  if (!Array.isArray(list)) throw new Error(`${name} is not a list`);
  const entry: unknown = list[index];
  if (!isRecord(entry)) throw new Error(`${name}[${index}] is not an entry`);
  return entry;
}

/** The list `name` of `data`, narrowed to records. */
export function entriesOf(data: Record<string, unknown>, name: string): Record<string, unknown>[] {
  const list = data[name];
  if (!Array.isArray(list)) throw new Error(`${name} is not a list`);
  return list.filter(isRecord);
}

/** surveys/pilot.json, validated. */
export function pilotDeployment(): Deployment {
  const result = validateDeployment(pilot);
  expect(result.ok).toBe(true);
  if (!result.ok) throw new Error('surveys/pilot.json is invalid');
  return result.value;
}

/** A counter-based id source, so ids in tests are predictable. */
export function idSource(prefix = 'id'): () => string {
  let next = 0;
  return () => `${prefix}-${++next}`;
}

/** Narrows unknown to a record, failing the test otherwise. */
export function asRecord(value: unknown): Record<string, unknown> {
  expect(isRecord(value)).toBe(true);
  if (!isRecord(value)) throw new Error('not a record');
  return value;
}
