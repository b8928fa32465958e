// Build-time only (imported by vite.config.ts): adds to each page's HTML the hints that start the
// download of the React tree its entry imports later (see treePreloads.ts).
import type { HtmlTagDescriptor, Plugin, ResolvedConfig } from 'vite';
import { treePreloads, type BuiltChunk } from './treePreloads';

export function preloadTreePlugin(): Plugin {
  let base = './';
  return {
    name: 'dateline:preload-tree',
    apply: 'build',
    configResolved(config: ResolvedConfig) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }) {
        if (!bundle || !chunk) return [];
        const chunks = Object.values(bundle).flatMap((output): BuiltChunk[] =>
          output.type === 'chunk'
            ? [
                {
                  fileName: output.fileName,
                  imports: output.imports,
                  dynamicImports: output.dynamicImports,
                  css: [...(output.viteMetadata?.importedCss ?? [])],
                },
              ]
            : [],
        );
        const entry = chunks.find((built) => built.fileName === chunk.fileName);
        if (!entry) return [];
        const { scripts, styles } = treePreloads(entry, chunks);
        const link = (rel: string, fileName: string): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel, crossorigin: true, href: base + fileName },
          injectTo: 'head',
        });
        return [...scripts.map((name) => link('modulepreload', name)), ...styles.map((name) => link('stylesheet', name))];
      },
    },
  };
}
