// Serves the production build (dist/) once for all browser tests and hands its address to them.
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('No production build in dist/: run `npx vite build` first (npm run test:browser does).');
  server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report an address');
  project.provide('baseUrl', url);
}

export async function teardown(): Promise<void> {
  await new Promise<void>((resolve) => { server?.httpServer.close(() => resolve()); if (!server) resolve(); });
}
