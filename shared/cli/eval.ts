// npm run eval [-- --file wikiwars.json] [-- --errors]
// Tags an evaluation corpus and prints the TempEval-3 scores (score.mjs), overall, per corpus and per type.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EVAL_DIR, readDocuments, tagDocuments, type EvalDocument } from './evalCorpus';
import { runCli } from './runCli';

interface Scorer {
  scoreTimexes(gold: EvalDocument[], system: ReturnType<typeof tagDocuments>): { errors: string[] };
  formatSummary(score: unknown): string;
}

runCli('eval', async (args) => {
  const fileFlag = args.indexOf('--file');
  const file = fileFlag >= 0 ? args[fileFlag + 1]! : 'timeml-dev.json';
  const documents = readDocuments(file.includes('/') ? file : join(EVAL_DIR, file));
  if (typeof documents === 'string') return { error: `${documents} (the evaluation data is expected in ../shared/eval)` };
  const scorer = (await import(pathToFileURL(join(EVAL_DIR, 'score.mjs')).href)) as Scorer;
  const started = performance.now();
  const system = tagDocuments(documents);
  const seconds = (performance.now() - started) / 1000;
  const lines: string[] = [];
  const overall = scorer.scoreTimexes(documents, system);
  if (args.includes('--errors')) lines.push(...overall.errors, '');
  lines.push(`all      ${scorer.formatSummary(overall)}`);
  const corpora = [...new Set(documents.map((d) => d.corpus ?? 'all'))];
  if (corpora.length > 1) {
    for (const corpus of corpora) {
      const gold = documents.filter((d) => d.corpus === corpus);
      const ids = new Set(gold.map((d) => d.id));
      lines.push(`${corpus.padEnd(8)} ${scorer.formatSummary(scorer.scoreTimexes(gold, system.filter((s) => ids.has(s.id))))}`);
    }
  }
  for (const type of ['DATE', 'TIME', 'DURATION', 'SET']) {
    const gold = documents.map((d) => ({ ...d, timexes: (d.timexes ?? []).filter((t) => t.type === type) }));
    const sys = system.map((d) => ({ ...d, timexes: d.timexes.filter((t) => t.type === type) }));
    lines.push(`${type.padEnd(8)} ${scorer.formatSummary(scorer.scoreTimexes(gold, sys))}`);
  }
  lines.push(`tagged ${documents.length} documents in ${seconds.toFixed(2)} s`);
  return { output: lines.join('\n') };
});
