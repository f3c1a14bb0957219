// The demo set: response files shipped under public/demo/, fetched from the app's own origin.
import { isRecord } from '../domain/result';
import type { ImportSource } from './readImportFiles';

export async function demoSources(baseUrl: string): Promise<ImportSource[]> {
  const indexResponse = await fetch(new URL('demo/index.json', baseUrl));
  if (!indexResponse.ok) throw new Error(`demo/index.json: HTTP ${indexResponse.status}`);
  const index: unknown = await indexResponse.json();
  const files = isRecord(index) && Array.isArray(index['files']) ? index['files'].filter((name): name is string => typeof name === 'string') : [];
  return Promise.all(files.map(async (name) => {
    const response = await fetch(new URL(`demo/${name}`, baseUrl));
    if (!response.ok) throw new Error(`demo/${name}: HTTP ${response.status}`);
    const text = await response.text();
    return { name, size: text.length, text: async () => text };
  }));
}

/** The six twinning arrangements of the guidelines' Annex C, as demo register entries (validated by the caller). */
export async function demoRegister(baseUrl: string): Promise<unknown[]> {
  const response = await fetch(new URL('demo/register.json', baseUrl));
  if (!response.ok) throw new Error(`demo/register.json: HTTP ${response.status}`);
  const body: unknown = await response.json();
  return isRecord(body) && Array.isArray(body['entries']) ? body['entries'] : [];
}
