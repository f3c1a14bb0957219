// Build, preview and test configuration; the deployment file is validated here so a bad one fails the build.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { validateDeployment } from './src/domain/deployment';

// One build per deployment: NEEDS_OFFERS_DEPLOYMENT names another deployment file (e.g. a meeting's shared tablet).
const deploymentPath = process.env['NEEDS_OFFERS_DEPLOYMENT']
  ? resolve(process.env['NEEDS_OFFERS_DEPLOYMENT'])
  : fileURLToPath(new URL('./surveys/pilot.json', import.meta.url));

/** Fails the build (and the dev server) with a readable message when surveys/pilot.json is invalid. */
function deploymentCheck(): Plugin {
  return {
    name: 'needs-offers-deployment-check',
    buildStart() {
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(deploymentPath, 'utf8'));
      } catch (error) {
        this.error(`${deploymentPath}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      }
      this.addWatchFile(deploymentPath);
      const result = validateDeployment(raw);
      if (!result.ok) {
        this.error(
          `${deploymentPath} is not a valid deployment file:\n${result.errors.map((e) => `  - ${e.path}: ${e.message}`).join('\n')}`,
        );
      }
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the built app works from any sub-path (e.g. /pilot/) with no rebuild.
  base: './',
  plugins: [react(), deploymentCheck()],
  resolve: { alias: [{ find: /^.*\/surveys\/pilot\.json$/, replacement: deploymentPath }] },
  build: { target: 'es2022', sourcemap: true },
  preview: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/support/unit-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/browser-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
