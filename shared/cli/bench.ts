// npm run bench
// Tags the dev set's texts, repeated to 25 MB, with our tagger and with chrono-node in the same run,
// three times each in turns after a first, cold run, and prints the median MB/s of each, their ratio, the cold runs' MB/s,
// and ours at 1 MB and 25 MB.
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { tagTimexes } from '../src/tagTimexes';
import { EVAL_DIR, readDocuments } from './evalCorpus';
import { runCli } from './runCli';

const MB = 1_000_000;

/** Documents cycled until their texts add up to `bytes` characters. */
function corpusOf(documents: { text: string; dct?: string }[], bytes: number) {
  const out: { text: string; dct?: string }[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const doc = documents[i % documents.length]!;
    out.push(doc);
    size += doc.text.length;
  }
  return { docs: out, size };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function speedOf(run: () => void, size: number): number {
  const started = performance.now();
  run();
  return size / MB / ((performance.now() - started) / 1000);
}

/**
 * The median MB/s of each run, taken in turns (ours, theirs, ours, …) so that a machine whose speed
 * drifts during the bench slows both alike, after a first run of each, timed apart (firsts): a first run pays
 * for compiling the code and growing the heap, and ours for building its prefix tables and compiling its patterns
 * (ours ran 11.6 MB/s cold, 15.4 warm; chrono-node 6.4 and 5.6).
 */
function medianSpeedsInTurn(runs: Array<() => void>, size: number, times = 3): { medians: number[]; firsts: number[] } {
  const speeds = runs.map(() => [] as number[]);
  const firsts = runs.map((run) => speedOf(run, size));
  for (let i = 0; i < times; i++) runs.forEach((run, which) => speeds[which]!.push(speedOf(run, size)));
  return { medians: speeds.map(median), firsts };
}

runCli('bench', (args) => {
  const documents = readDocuments(join(EVAL_DIR, 'timeml-dev.json'));
  if (typeof documents === 'string') return { error: documents };
  const target = Number(args[args.indexOf('--mb') + 1]) || 25;
  const big = corpusOf(documents, target * MB);
  const small = corpusOf(documents, MB);
  const ours = (docs: typeof big.docs) => () => { for (const d of docs) tagTimexes(d.text, { dct: d.dct }); };
  const theirs = (docs: typeof big.docs) => () => { for (const d of docs) chrono.parse(d.text, d.dct ? new Date(`${d.dct}T12:00:00Z`) : undefined); };
  const bigRuns = medianSpeedsInTurn([ours(big.docs), theirs(big.docs)], big.size);
  const [oursBig, chronoBig] = bigRuns.medians as [number, number];
  const [oursCold, chronoCold] = bigRuns.firsts as [number, number];
  const [oursSmall] = medianSpeedsInTurn([ours(small.docs)], small.size).medians as [number];
  const lines = [
    `corpus: the dev set's ${documents.length} texts repeated to ${(big.size / MB).toFixed(1)} MB; median of 3 runs each, taken in turns`,
    `dateline tagger  ${oursBig.toFixed(2)} MB/s`,
    `chrono-node      ${chronoBig.toFixed(2)} MB/s`,
    `ratio            ${(oursBig / chronoBig).toFixed(2)}x chrono-node`,
    `first, cold runs dateline ${oursCold.toFixed(2)} MB/s, chrono-node ${chronoCold.toFixed(2)} MB/s, ${(oursCold / chronoCold).toFixed(2)}x (they pay for building tables and compiling patterns)`,
    `dateline at 1 MB ${oursSmall.toFixed(2)} MB/s, at ${(big.size / MB).toFixed(0)} MB ${oursBig.toFixed(2)} MB/s (equal speeds mean cost grows linearly)`,
  ];
  return { output: lines.join('\n') };
});
