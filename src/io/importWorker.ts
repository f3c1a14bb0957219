// Web Worker: parses and validates import files off the main thread, so a large file never freezes the page.
import { parseImportText, type ParsedImport } from '../domain/importFile';

export interface ImportRequest {
  id: number;
  fileName: string;
  text: string;
}

export interface ImportReply {
  id: number;
  result: ParsedImport;
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { id, fileName, text } = event.data;
  let result: ParsedImport;
  try {
    result = parseImportText(fileName, text);
  } catch (error) {
    // Never leave the coordinator waiting: whatever happens, the file gets a report.
    result = { ok: false, problems: [{ file: fileName, record: '(file)', field: '(file)', message: `could not be checked (${error instanceof Error ? error.message : String(error)})` }] };
  }
  const reply: ImportReply = { id, result };
  self.postMessage(reply);
};
