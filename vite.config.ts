// Build, preview and test configuration; the deployment file is validated here so a bad one fails the build.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { firstScript } from './build/firstScript';
import { questionnaireModules } from './build/questionnaireModules';
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
  plugins: [
    react(),
    deploymentCheck(),
    questionnaireModules(),
    firstScript('src/firstDownloads.ts'),
    // Once opened, the app (questionnaire included) loads and runs with no network; a new deployment is offered, not forced.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Needs & Offers',
        short_name: 'Needs & Offers',
        description: 'Say what your organisation needs, what it can offer and where funding is, for exchanges between resettlement countries.',
        theme_color: '#1d4f91',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: './',
        scope: './',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
        // SurveyJS makes the main bundle about 2 MB; it must be cached for the questionnaire to work offline.
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        navigateFallback: 'index.html',
        // Respondents on poor connections never download the coordinator's code or the demo set: those are cached
        // when a coordinator first uses them (hashed file names, so cache-first is safe).
        globIgnores: ['**/CoordinatorApp-*.js', '**/importWorker-*.js', 'demo/**'],
        runtimeCaching: [
          { urlPattern: ({ url }) => url.pathname.includes('/assets/'), handler: 'CacheFirst', options: { cacheName: 'needs-offers-assets' } },
          { urlPattern: ({ url }) => url.pathname.includes('/demo/'), handler: 'NetworkFirst', options: { cacheName: 'needs-offers-demo' } },
        ],
      },
    }),
  ],
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
