// Build-time only (imported by vite.config.ts, never by the browser code): emits dist/embed.js, the
// loader, as its own classic script beside the pages, serves it in dev, and enforces the weight
// budget of the loader and of the embed page's JavaScript, printing the sizes.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { checkBudget, embedBudgets, formatKilobytes, type BudgetReport, type BundleFile } from './bundleBudget';
import { reachableFiles, type OutputFile } from './reachableFiles';

export interface EmbedBuildOptions {
  /** web/src/embed/loader.ts */
  loaderEntry: string;
  /** web/embed.html: the JavaScript it loads is what the page budget measures. */
  embedPage: string;
}

export const loaderFileName = 'embed.js';

export function embedBuildPlugins({ loaderEntry, embedPage }: EmbedBuildOptions): Plugin[] {
  let config: ResolvedConfig;
  let pageReport: BudgetReport | null = null;
  let failed = false;
  let workerLines: string[] = [];

  const pageBudget: Plugin = {
    name: 'dateline:embed-page-budget',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      const outputs: OutputFile[] = Object.values(bundle).flatMap((output): OutputFile[] => {
        if (output.type === 'chunk') {
          const { fileName, imports, dynamicImports, code } = output;
          return [{ fileName, imports, dynamicImports, code }];
        }
        // The parser worker is bundled apart and emitted as a .js asset, started by its URL.
        return output.fileName.endsWith('.js') ? [{ fileName: output.fileName, code: String(output.source) }] : [];
      });
      const entries = Object.values(bundle)
        .filter((output) => output.type === 'chunk' && output.isEntry && output.facadeModuleId === embedPage)
        .map((output) => output.fileName);
      const sources = new Map(outputs.map((output) => [output.fileName, output.code ?? '']));
      const measure = (fileName: string) => gzipped(fileName, sources.get(fileName) ?? '');
      const { chunks, workers } = reachableFiles(entries, outputs);
      pageReport = checkBudget(embedBudgets.page, chunks.map(measure));
      workerLines = workerSummary(pageReport, workers.map(measure));
      if (!pageReport.withinBudget) this.error(overBudget(pageReport));
    },
  };

  const loader: Plugin = {
    name: 'dateline:embed-loader',
    apply: 'build',
    buildStart() {
      failed = false;
    },
    buildEnd(error) {
      failed = error !== undefined;
    },
    // After the pages are written (emptyOutDir has run), so embed.js lands beside them and stays.
    async closeBundle() {
      if (failed) return;
      const outDir = config.build.outDir;
      await buildLoader(loaderEntry, outDir);
      const report = checkBudget(embedBudgets.loader, [
        gzipped(loaderFileName, await readFile(resolve(outDir, loaderFileName), 'utf8')),
      ]);
      const lines = [...report.lines, ...(pageReport?.lines ?? []), ...workerLines];
      config.logger.info(`\nDateline embed weight\n${lines.map((line) => `  ${line}`).join('\n')}`);
      if (!report.withinBudget) throw new Error(overBudget(report));
    },
  };

  const devLoader: Plugin = {
    name: 'dateline:embed-loader-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        if (request.url?.split('?')[0] !== `/${loaderFileName}`) return next();
        try {
          const code = await buildLoader(loaderEntry, null);
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.setHeader('Cache-Control', 'no-store');
          response.end(code);
        } catch (error) {
          next(error);
        }
      });
    },
  };

  return [pageBudget, loader, devLoader];
}

/** Bundles the loader into one minified IIFE; writes it to outDir, or returns it when outDir is null. */
async function buildLoader(entry: string, outDir: string | null): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: outDir ?? undefined,
      emptyOutDir: false,
      copyPublicDir: false,
      write: outDir !== null,
      minify: true,
      sourcemap: false,
      modulePreload: false,
      reportCompressedSize: false,
      // Host pages may be old: the loader keeps to syntax every browser with iframe[loading] reads.
      target: 'es2019',
      rolldownOptions: {
        input: entry,
        output: { format: 'iife', entryFileNames: loaderFileName },
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((file) => file.type === 'chunk' && file.fileName === loaderFileName);
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error(`The loader build emitted no ${loaderFileName}: check build.rolldownOptions in embedBuildPlugins.ts.`);
}

function gzipped(file: string, code: string): BundleFile {
  return { file, gzipBytes: gzipSync(code).length };
}

// The worker is bundled apart and starts after the page has drawn its frame; the budget measures the
// chunks the page itself runs, as issue 4.5 asks ("chunks reachable from embed.html"), and the
// worker is printed beside it so its weight is never hidden.
function workerSummary(page: BudgetReport, workers: BundleFile[]): string[] {
  if (workers.length === 0) return [];
  const workerBytes = workers.reduce((sum, file) => sum + file.gzipBytes, 0);
  return [
    `parser worker (started by the page, outside the budget above): ${formatKilobytes(workerBytes)} gzip`,
    ...workers.map((file) => `  ${formatKilobytes(file.gzipBytes).padStart(9)}  ${file.file}`),
    `embed page JavaScript with its worker: ${formatKilobytes(page.totalBytes + workerBytes)} gzip`,
  ];
}

function overBudget(report: BudgetReport): string {
  return `Over the embed weight budget (issue 4.5):\n${report.lines.join('\n')}`;
}
