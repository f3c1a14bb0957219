// What the browser benches share: the app built into a temp dir, served by vite preview, and Debian's Chromium with a
// fresh profile per sample. Everything made here is removed by cleanUp().
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// Build warnings (config loader, chunk size) are the app's own business, not the benches' printout.
process.env['VITE_CONFIG_NATIVE_IGNORE_WARNING'] ??= 'true';

const temps: string[] = [];
const servers: PreviewServer[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** The app built with its own vite.config.ts into a temp outDir (dist/ untouched). */
export async function buildApp(): Promise<string> {
  const outDir = join(tempDir('needs-offers-bench-app-'), 'dist');
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
  return outDir;
}

export async function serve(outDir: string, root: string, configFile: string | false): Promise<string> {
  const server = await preview({ root, configFile, build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }, logLevel: 'warn' });
  servers.push(server);
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report an address');
  return url;
}

/** Runs `work` in a fresh Chromium profile, closed and removed afterwards. */
export async function withBrowser<T>(work: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const profileDir = mkdtempSync(join(tmpdir(), 'needs-offers-bench-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH, headless: true, args: ARGS, locale: 'en-GB', viewport: { width: 1100, height: 900 }, acceptDownloads: true,
  });
  try {
    context.setDefaultTimeout(30_000);
    const page = context.pages()[0] ?? (await context.newPage());
    return await work(page, context);
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

export async function cleanUp(): Promise<void> {
  await Promise.all(servers.map((server) => server.close()));
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? Number.NaN) + (sorted[mid] ?? Number.NaN)) / 2;
}
