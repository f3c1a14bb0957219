// Serves the production builds (dist/, and dist-shared/ built for a shared device) for all browser tests.
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    sharedDeviceUrl: string;
  }
}

const servers: PreviewServer[] = [];

async function serve(outDir: string): Promise<string> {
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`No production build in ${outDir}/: run \`npm run test:browser\`, which builds it first.`);
  const server = await preview({ build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }, logLevel: 'warn' });
  servers.push(server);
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report an address');
  return url;
}

export async function setup(project: TestProject): Promise<void> {
  project.provide('baseUrl', await serve('dist'));
  project.provide('sharedDeviceUrl', await serve('dist-shared'));
}

export async function teardown(): Promise<void> {
  await Promise.all(servers.map((server) => server.close()));
}
