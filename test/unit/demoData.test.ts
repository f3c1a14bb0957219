// The demo set under public/demo/ is what "Load demo data" imports: every listed file must pass the real import.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../src/domain/importFile';
import { isRecord } from '../../src/domain/result';

const dir = 'public/demo';
const index: unknown = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8'));
const listed = isRecord(index) && Array.isArray(index['files']) ? index['files'].filter((name): name is string => typeof name === 'string') : [];

describe('demo data', () => {
  it('lists every response file in the folder, sorted', () => {
    const present = readdirSync(dir).filter((name) => name.endsWith('.needs-offers.json')).sort();
    expect(listed).toEqual(present);
    expect(listed.length).toBeGreaterThanOrEqual(25);
  });

  it.each(listed)('%s imports without a problem', (name) => {
    const parsed = parseImportText(name, readFileSync(`${dir}/${name}`, 'utf8'));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('covers every resettlement status and all four languages', () => {
    const files = listed.map((name) => parseImportText(name, readFileSync(`${dir}/${name}`, 'utf8')));
    const responses = files.flatMap((file) => (file.ok ? file.revisions.map((revision) => revision.response) : []));
    expect(new Set(responses.map((response) => response.data['resettlement_status']))).toEqual(new Set(['established', 'new', 'emerging', 'considering', 'other']));
    expect(new Set(responses.map((response) => response.language))).toEqual(new Set(['en', 'fr', 'es', 'pt']));
  });
});
