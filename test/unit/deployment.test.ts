// The deployment file (src/domain/deployment.ts) and rounds (src/domain/round.ts): validation, roundFor, quarterOf.
import { describe, expect, it } from 'vitest';
import pilot from '../../surveys/pilot.json';
import { roundFor, validateDeployment, type Deployment } from '../../src/domain/deployment';
import { isRound, quarterOf } from '../../src/domain/round';

const valid = () => ({
  coordinatingOrganisation: 'Canadian Council for Refugees', coordinatorName: 'Pilot coordinator', coordinatorEmail: 'coord@example.org',
  round: '2026-Q4', privacyContact: 'privacy@example.org', sharedDevice: true,
});

describe('validateDeployment', () => {
  it('accepts surveys/pilot.json', () => {
    const result = validateDeployment(pilot);
    expect(result).toMatchObject({ ok: true, value: { coordinatingOrganisation: 'Canadian Council for Refugees', round: null, sharedDevice: false } });
  });

  it('accepts a complete deployment and trims text', () => {
    expect(validateDeployment({ ...valid(), coordinatingOrganisation: '  CCR  ' })).toEqual({ ok: true, value: { ...valid(), coordinatingOrganisation: 'CCR' } });
  });

  it.each<[string, Record<string, unknown>, Partial<Deployment>]>([
    ['round left out', { round: undefined }, { round: null }],
    ['round null', { round: null }, { round: null }],
    ['round empty', { round: '' }, { round: null }],
    ['sharedDevice left out', { sharedDevice: undefined }, { sharedDevice: false }],
    ['coordinatorName left out', { coordinatorName: undefined }, { coordinatorName: '' }],
  ])('accepts %s', (_, change, expected) => {
    expect(validateDeployment({ ...valid(), ...change })).toEqual({ ok: true, value: { ...valid(), ...expected } });
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['missing organisation', { coordinatingOrganisation: undefined }, 'coordinatingOrganisation', 'required'],
    ['blank organisation', { coordinatingOrganisation: '   ' }, 'coordinatingOrganisation', 'required'],
    ['missing e-mail', { coordinatorEmail: undefined }, 'coordinatorEmail', 'required'],
    ['bad e-mail', { coordinatorEmail: 'coordinator.example.org' }, 'coordinatorEmail', 'not an e-mail address'],
    ['missing privacy contact', { privacyContact: undefined }, 'privacyContact', 'required'],
    ['bad round', { round: '2026-Q5' }, 'round', 'YYYY-Qn'],
    ['round as a number', { round: 2026 }, 'round', 'YYYY-Qn'],
    ['unknown key', { coordinatorPhone: '+1 555' }, 'coordinatorPhone', 'not a deployment setting'],
    ['sharedDevice not boolean', { sharedDevice: 'yes' }, 'sharedDevice', 'true or false'],
  ])('rejects %s, naming the field', (_, change, path, fragment) => {
    const result = validateDeployment({ ...valid(), ...change });
    expect(result).toEqual({ ok: false, errors: [{ path, message: expect.stringContaining(fragment) }] });
  });

  it.each([null, [], 'pilot', 3])('rejects %j as a file', (raw) => {
    expect(validateDeployment(raw)).toEqual({ ok: false, errors: [{ path: '(file)', message: expect.any(String) }] });
  });
});

describe('roundFor', () => {
  const deployment = (round: string | null): Deployment => ({ ...valid(), round });

  it('uses the round set in the deployment', () => {
    expect(roundFor(deployment('2027-Q2'), new Date('2026-11-21T15:40:55Z'))).toBe('2027-Q2');
  });

  it('uses the quarter of the submission when no round is set', () => {
    expect(roundFor(deployment(null), new Date('2026-11-21T15:40:55Z'))).toBe('2026-Q4');
  });
});

describe('quarterOf', () => {
  it.each([
    ['2026-01-01T00:00:00.000Z', '2026-Q1'], ['2026-03-31T23:59:59.999Z', '2026-Q1'], ['2026-04-01T00:00:00.000Z', '2026-Q2'],
    ['2026-06-30T12:00:00.000Z', '2026-Q2'], ['2026-07-01T00:00:00.000Z', '2026-Q3'], ['2026-10-01T00:00:00.000Z', '2026-Q4'],
    ['2026-12-31T23:59:59.999Z', '2026-Q4'], ['2027-01-01T00:00:00.000Z', '2027-Q1'],
  ])('%s → %s (UTC)', (instant, quarter) => {
    expect(quarterOf(new Date(instant))).toBe(quarter);
    expect(isRound(quarter)).toBe(true);
  });

  it.each([['2026-Q1', true], ['2026-Q4', true], ['2026-Q0', false], ['2026-Q5', false], ['26-Q1', false], ['2026Q1', false], ['2026-q1', false]])(
    'isRound(%s) → %s', (value, expected) => {
      expect(isRound(value)).toBe(expected);
    });
});
