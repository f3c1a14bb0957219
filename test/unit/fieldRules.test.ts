// Field-level rules (src/domain/fieldRules.ts): e-mail, http(s) URL, month, date, month order, capacity.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDate, isEmail, isHttpUrl, isMonth, isMonthOrderValid, isWholeNumberAtLeastOne, LIMITS, withWebScheme } from '../../src/domain/fieldRules';

describe('isEmail', () => {
  it.each([
    ['name@example.org', true], ['first.last+tag@sub.example.co.uk', true], ['josé@exemple.fr', true],
    ['', false], ['name', false], ['name@', false], ['@example.org', false], ['name@example', false], ['a b@example.org', false],
    ['a@b@example.org', false], [`${'a'.repeat(LIMITS.shortText)}@example.org`, false],
  ])('%s → %s', (value, expected) => {
    expect(isEmail(value)).toBe(expected);
  });
});

describe('isHttpUrl', () => {
  const longUrl = (length: number) => `https://example.org/${'a'.repeat(length - 'https://example.org/'.length)}`;
  it.each([
    ['http://example.org', true], ['https://example.org/offer?id=3#top', true], ['HTTPS://EXAMPLE.ORG', true], ['http://[::1]:8080/', true],
    [longUrl(500), true],
    ['javascript:alert(1)', false], ['JavaScript:alert(1)', false], ['data:text/html,<script>alert(1)</script>', false],
    ['ftp://example.org/file', false], ['mailto:someone@example.org', false], ['file:///etc/passwd', false],
    ['/relative/path', false], ['example.org', false], ['http://', false], ['https:///', false], ['', false],
    [longUrl(501), false],
  ])('%s → %s', (value, expected) => {
    expect(isHttpUrl(value)).toBe(expected);
  });
});

describe('withWebScheme', () => {
  it.each([
    ['www.example.org', 'https://www.example.org'], ['example.org/offer?id=3#top', 'https://example.org/offer?id=3#top'],
    [' exemple.fr ', 'https://exemple.fr'], ['sub.example.co.uk/x', 'https://sub.example.co.uk/x'], ['ministère.gouv.fr', 'https://ministère.gouv.fr'],
    ['www.example.museum', 'https://www.example.museum'], ['www.refugees.example', 'https://www.refugees.example'], ['Refugee-Council.ORG', 'https://Refugee-Council.ORG'],
    // File names and names with a dot are not addresses: refused, not turned into https://brochure.pdf.
    ['brochure.pdf', 'brochure.pdf'], ['offre.docx', 'offre.docx'], ['Mr.Smith', 'Mr.Smith'], ['photo.jpeg', 'photo.jpeg'],
    // A port is rare enough to be typed with its scheme; left as typed (and refused) rather than half-fixed.
    ['example.org:99999', 'example.org:99999'],
    // Left as typed: already http(s), another scheme, not an address; the rules then say what is wrong.
    ['http://example.org', 'http://example.org'], ['https://example.org', 'https://example.org'], ['javascript:alert(1)', 'javascript:alert(1)'],
    ['ftp://example.org', 'ftp://example.org'], ['name@example.org', 'name@example.org'], ['example', 'example'], ['see our site', 'see our site'],
    ['example.org/a b', 'example.org/a b'], ['-bad.example.org', '-bad.example.org'], ['1.2', '1.2'], ['', ''],
  ])('%s → %s', (value, expected) => {
    expect(withWebScheme(value)).toBe(expected);
  });

  it('gives an address that isHttpUrl accepts, or the value unchanged', () => {
    fc.assert(fc.property(fc.oneof(fc.domain(), fc.webUrl().map((url) => url.replace(/^https?:\/\//, '')), fc.string()), (value) => {
      const result = withWebScheme(value);
      expect(result === value || (result.startsWith('https://') && (isHttpUrl(result) || result.length > LIMITS.url))).toBe(true);
    }));
  });
});

describe('isMonth', () => {
  it.each([
    ['2026-01', true], ['2026-12', true], ['1999-09', true],
    ['2026-13', false], ['2026-00', false], ['2026-1', false], ['26-01', false], ['2026/01', false], ['2026-01-01', false], [' 2026-01', false], ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isMonth(value)).toBe(expected);
  });
});

describe('isDate', () => {
  it.each([
    ['2026-02-28', true], ['2024-02-29', true], ['2000-02-29', true], ['2026-12-31', true], ['2026-04-30', true],
    ['2026-02-30', false], ['2025-02-29', false], ['1900-02-29', false], ['2026-04-31', false], ['2026-13-01', false], ['2026-00-10', false],
    ['2026-1-01', false], ['2026-01-1', false], ['2026-01-01T00:00:00Z', false], ['01/02/2026', false], ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isDate(value)).toBe(expected);
  });

  it('accepts every real calendar day of the years 1970–2100 (property)', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true }), (date) => {
      expect(isDate(date.toISOString().slice(0, 10))).toBe(true);
      expect(isMonth(date.toISOString().slice(0, 7))).toBe(true);
    }));
  });
});

describe('isMonthOrderValid', () => {
  it.each([
    ['2026-01', '2026-01', true], ['2026-01', '2026-02', true], ['2026-12', '2027-01', true],
    ['2026-02', '2026-01', false], ['2027-01', '2026-12', false],
  ])('from %s until %s → %s', (from, until, expected) => {
    expect(isMonthOrderValid(from, until)).toBe(expected);
  });

  it('agrees with calendar order (property)', () => {
    const month = fc.record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) });
    const text = ({ year, month: m }: { year: number; month: number }) => `${year}-${String(m).padStart(2, '0')}`;
    fc.assert(fc.property(month, month, (a, b) => {
      expect(isMonthOrderValid(text(a), text(b))).toBe(b.year * 12 + b.month >= a.year * 12 + a.month);
    }));
  });
});

describe('isWholeNumberAtLeastOne', () => {
  it.each<[unknown, boolean]>([
    [1, true], [20, true], ['3', true], [' 7 ', true], [1_000_000, true],
    [0, false], [-1, false], [1.5, false], ['1.5', false], ['0', false], ['-2', false], ['', false], ['abc', false], ['1e3', false],
    [Number.NaN, false], [Number.POSITIVE_INFINITY, false], [null, false], [undefined, false], [true, false], [[3], false],
  ])('%s → %s', (value, expected) => {
    expect(isWholeNumberAtLeastOne(value)).toBe(expected);
  });
});
