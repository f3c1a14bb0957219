// Vite plugin: a module that runs before the app's entry, as its own small async script at the top of index.html. Vite
// bundles every module script of a page into one entry, which runs only once all of it has arrived.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** `entry`: the module's source path, relative to the project root. */
export function firstScript(entry: string): Plugin {
  let base = './';
  let id = '';
  return {
    name: 'needs-offers-first-script',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      id = resolve(config.root, entry).replaceAll('\\', '/');
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunk = Object.values(context.bundle ?? {}).find((output) => output.type === 'chunk' && output.facadeModuleId?.replaceAll('\\', '/') === id);
        if (!chunk) throw new Error(`firstScript: no chunk for ${entry}`);
        const tag = `<script type="module" async crossorigin src="${base}${chunk.fileName}"></script>`;
        // After the page's Content-Security-Policy: a policy in a <meta> covers only what comes after it.
        const policy = /<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*>/i.exec(html);
        if (policy) return html.replace(policy[0], (meta) => `${meta}\n    ${tag}`);
        return html.replace(/<head>/i, (head) => `${head}\n    ${tag}`);
      },
    },
  };
}
