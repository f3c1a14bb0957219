// The demo response files under public/demo/, read and validated in Node, so tests can compute what the app should show.
import { readdirSync, readFileSync } from 'node:fs';
import { validateResponse, type ResponseFile } from '../../src/domain/responseFile';

export function demoResponses(): ResponseFile[] {
  return readdirSync('public/demo').filter((name) => name.endsWith('.needs-offers.json')).sort().flatMap((name) => {
    const parsed = validateResponse(JSON.parse(readFileSync(`public/demo/${name}`, 'utf8')));
    if (!parsed.ok) throw new Error(`public/demo/${name} is not a valid response file`);
    return [parsed.value];
  });
}
