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
  const reply: ImportReply = { id, result: parseImportText(fileName, text) };
  self.postMessage(reply);
};
