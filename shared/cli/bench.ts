// npm run bench
// Tags the dev set's texts, repeated to 25 MB, with our tagger and with chrono-node in the same run,
// three times each in turns after a warm-up run, and prints the median MB/s of each, their ratio, and ours at 1 MB and 25 MB.
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
 * drifts during the bench slows both alike, after one untimed run of each: a first run pays for
 * compiling the code and growing the heap (ours ran 21 MB/s cold, 33 warm; chrono-node 10.1 and 10.9).
 */
function medianSpeedsInTurn(runs: Array<() => void>, size: number, times = 3): number[] {
  const speeds = runs.map(() => [] as number[]);
  for (const run of runs) run();
  for (let i = 0; i < times; i++) runs.forEach((run, which) => speeds[which]!.push(speedOf(run, size)));
  return speeds.map(median);
}

runCli('bench', (args) => {
  const documents = readDocuments(join(EVAL_DIR, 'timeml-dev.json'));
  if (typeof documents === 'string') return { error: documents };
  const target = Number(args[args.indexOf('--mb') + 1]) || 25;
  const big = corpusOf(documents, target * MB);
  const small = corpusOf(documents, MB);
  const ours = (docs: typeof big.docs) => () => { for (const d of docs) tagTimexes(d.text, { dct: d.dct }); };
  const theirs = (docs: typeof big.docs) => () => { for (const d of docs) chrono.parse(d.text, d.dct ? new Date(`${d.dct}T12:00:00Z`) : undefined); };
  const [oursBig, chronoBig] = medianSpeedsInTurn([ours(big.docs), theirs(big.docs)], big.size) as [number, number];
  const [oursSmall] = medianSpeedsInTurn([ours(small.docs)], small.size) as [number];
  const lines = [
    `corpus: the dev set's ${documents.length} texts repeated to ${(big.size / MB).toFixed(1)} MB; median of 3 runs each, taken in turns`,
    `dateline tagger  ${oursBig.toFixed(2)} MB/s`,
    `chrono-node      ${chronoBig.toFixed(2)} MB/s`,
    `ratio            ${(oursBig / chronoBig).toFixed(2)}x chrono-node`,
    `dateline at 1 MB ${oursSmall.toFixed(2)} MB/s, at ${(big.size / MB).toFixed(0)} MB ${oursBig.toFixed(2)} MB/s (equal speeds mean cost grows linearly)`,
  ];
  return { output: lines.join('\n') };
});
