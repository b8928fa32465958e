// node shared/cli/run.mjs COMMAND [ARGS…]: runs shared/cli/COMMAND.ts, as `npm run timex` and the other commands do.
// Plain Node cannot run TypeScript (Node 20), and tsx, which can, takes 0.6 s to start each time (a loader thread, and a
// transform per file): most of tagging a small file, and a tenth of a 27 MB one. So the command is bundled into one ES module
// with esbuild, which takes 0.1 s, kept in node_modules/.cache and bundled again only when one of its sources has changed.
// The npm scripts start Node with --no-regexp-tier-up: V8 runs a pattern's first match in its interpreter and compiles it to machine
// code only at the second, so the tagger's hundreds of patterns, nearly all used many times, were compiled twice; compiled once, a cold
// tag of the dev set took 0.82 s instead of 0.91 s, and of 27 MB 3.27 s instead of 3.42 s (medians of 7 runs). (Set from here, after
// V8 had started, as Node warns against, the flag let a command die now and then with no word, under the load of the test suite.)
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const LAUNCHER = fileURLToPath(import.meta.url);
const CLI_DIR = fileURLToPath(new URL('.', import.meta.url));
const ROOT = resolve(CLI_DIR, '../..');
const CACHE_DIR = join(ROOT, 'node_modules/.cache/dateline-cli');

const command = process.argv[2];
if (!command || !/^[a-z]+$/.test(command)) {
  process.stderr.write('usage: node shared/cli/run.mjs COMMAND [ARGS…] (COMMAND: a script of shared/cli, as timex)\n');
  process.exit(2);
}
const entry = join(CLI_DIR, `${command}.ts`);
const bundle = join(CACHE_DIR, `${command}.mjs`);
const sourcesFile = join(CACHE_DIR, `${command}.sources.json`);

const modifiedAt = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return Infinity;
  }
};

/** Whether the bundle is older than a source it was made of, this launcher included, or was made in another checkout. */
function isStale() {
  const builtAt = modifiedAt(bundle);
  if (builtAt === Infinity) return true;
  let made;
  try {
    made = JSON.parse(readFileSync(sourcesFile, 'utf8'));
  } catch {
    return true;
  }
  if (made.root !== ROOT) return true;
  return [LAUNCHER, ...made.sources].some((source) => modifiedAt(resolve(ROOT, source)) >= builtAt);
}

if (modifiedAt(entry) === Infinity) {
  process.stderr.write(`${command}: no such command (shared/cli/${command}.ts)\n`);
  process.exit(2);
}
if (isStale()) {
  const { build } = await import('esbuild');
  // esbuild says what it cannot bundle (a syntax error in a source) on stderr itself.
  const { outputFiles, metafile } = await build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // The sources' own folder, which the bundle does not stand in.
    define: { 'import.meta.dirname': JSON.stringify(resolve(CLI_DIR)) },
    write: false,
    metafile: true,
    logLevel: 'error',
  }).catch((error) => {
    // esbuild has said on stderr what it could not bundle; a failure of its own (its service) is said here, so that no run ends in silence.
    if (!error?.errors?.length) process.stderr.write(`${command}: could not bundle shared/cli/${command}.ts (${error?.message ?? error})\n`);
    process.exit(1);
  });
  mkdirSync(CACHE_DIR, { recursive: true });
  // Written aside and renamed into place, so that a command started meanwhile never reads half a bundle.
  const aside = `${bundle}.${process.pid}`;
  writeFileSync(aside, outputFiles[0].contents);
  writeFileSync(`${sourcesFile}.${process.pid}`, JSON.stringify({ root: ROOT, sources: Object.keys(metafile.inputs) }));
  renameSync(`${sourcesFile}.${process.pid}`, sourcesFile);
  renameSync(aside, bundle);
}

// The command reads its arguments from process.argv.slice(2), as it would run by itself.
process.argv.splice(2, 1);
await import(pathToFileURL(bundle).href);
