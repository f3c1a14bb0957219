// Builds response files for tests from the unit fixtures: valid, revised, damaged and hostile ones.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildResponseFile, serializeResponseFile, type ResponseFile } from '../../src/domain/responseFile';
import { validAnswers } from '../unit/fixtures';

export function responseFile(responseId: string, revision: number, changes: Record<string, unknown> = {}): ResponseFile {
  return buildResponseFile({
    responseId, revision, round: '2026-Q4', language: 'en',
    startedAt: '2026-11-01T10:00:00.000Z', submittedAt: `2026-11-0${Math.min(revision + 1, 9)}T10:00:00.000Z`,
  }, { ...validAnswers(), ...changes });
}

/** Writes files into a fresh temporary folder and returns their paths by name. */
export function writeFiles(files: Record<string, string>): { dir: string; path: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'needs-offers-files-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, path: (name) => join(dir, name) };
}

export { serializeResponseFile };
