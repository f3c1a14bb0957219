// Reads the files a coordinator drops or picks, checks their size first, and parses them in a worker.
import { MAX_IMPORT_BYTES, parseImportText, type ParsedImport } from '../domain/importFile';
import type { ImportReply, ImportRequest } from './importWorker';

export interface ImportSource {
  name: string;
  size: number;
  text(): Promise<string>;
}

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (result: ParsedImport) => void>();

function getWorker(): Worker | null {
  if (worker) return worker;
  if (typeof Worker === 'undefined') return null;
  worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<ImportReply>) => {
    waiting.get(event.data.id)?.(event.data.result);
    waiting.delete(event.data.id);
  };
  return worker;
}

function parseInWorker(fileName: string, text: string): Promise<ParsedImport> {
  const target = getWorker();
  if (!target) return Promise.resolve(parseImportText(fileName, text));
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    const request: ImportRequest = { id, fileName, text };
    target.postMessage(request);
  });
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Refuses files over 50 MB before reading a byte of them; otherwise parses and validates the whole file. */
export async function readImportFile(source: ImportSource): Promise<ParsedImport> {
  const problem = (message: string): ParsedImport => ({ ok: false, problems: [{ file: source.name, record: '(file)', field: '(file)', message }] });
  if (source.size > MAX_IMPORT_BYTES) {
    return problem(`is ${megabytes(source.size)}; files over ${megabytes(MAX_IMPORT_BYTES)} are refused. Split it into several files.`);
  }
  let text: string;
  try {
    text = await source.text();
  } catch (error) {
    return problem(`could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
  return parseInWorker(source.name, text);
}
