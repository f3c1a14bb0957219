// Vite plugin: index.html asks for the questionnaire screen's chunks (SurveyJS) at once, alongside the entry, so
// their download overlaps the landing page instead of starting only after the app's code has run.
import type { Plugin } from 'vite';

/** `entries`: source paths (relative to the project root) of dynamically imported modules to preload. */
export function preloadChunks(entries: readonly string[]): Plugin {
  return {
    name: 'needs-offers-preload-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const chunks = new Map<string, { imports: string[] }>();
        for (const output of Object.values(bundle)) if (output.type === 'chunk') chunks.set(output.fileName, output);
        const wanted = new Set<string>();
        const visit = (fileName: string) => {
          if (wanted.has(fileName)) return;
          wanted.add(fileName);
          for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
        };
        for (const output of Object.values(bundle)) {
          if (output.type !== 'chunk' || !output.facadeModuleId) continue;
          const id = output.facadeModuleId.replaceAll('\\', '/');
          if (entries.some((entry) => id.endsWith(`/${entry}`))) visit(output.fileName);
        }
        if (wanted.size === 0) throw new Error(`preloadChunks: no chunk for ${entries.join(', ')}`);
        const already = (fileName: string) => html.includes(`/${fileName}"`);
        return [...wanted].sort().filter((fileName) => !already(fileName)).map((fileName) => ({
          tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` }, injectTo: 'head' as const,
        }));
      },
    },
  };
}
