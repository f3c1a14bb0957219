// Launches Debian's Chromium through playwright-core with a fresh profile, and watches for requests leaving the app.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  profileDir: string;
  /** Every request whose origin is not the app's. */
  foreignRequests: string[];
  /** Every request's URL, in order. */
  requests: string[];
  pageErrors: string[];
  /** Content-Security-Policy violations reported by Chromium. */
  cspViolations: string[];
  close(): Promise<void>;
}

export async function openBrowser(baseUrl: string, options: { profileDir?: string; locale?: string } = {}): Promise<BrowserSession> {
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'needs-offers-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    acceptDownloads: true,
    locale: options.locale ?? 'en-GB',
    viewport: { width: 1100, height: 900 },
  });
  const appOrigin = new URL(baseUrl).origin;
  const foreignRequests: string[] = [];
  const requests: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    requests.push(url);
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== appOrigin) foreignRequests.push(url);
  });
  // Fail fast on a missing element instead of waiting out the whole test timeout.
  context.setDefaultTimeout(10_000);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const cspViolations: string[] = [];
  context.on('console', (message) => { if (message.text().includes('Content Security Policy')) cspViolations.push(message.text()); });
  return {
    context,
    page,
    profileDir,
    foreignRequests,
    requests,
    pageErrors,
    cspViolations,
    async close() {
      await context.close();
      if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
