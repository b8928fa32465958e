// npm run bench
// Tags the dev set's texts, repeated to 25 MB, with our tagger (in batches, as `npm run timex` tags a corpus, and a text at a time,
// as the app tags an article) and with chrono-node in the same run,
// three times each after a first, cold run, taking turns a megabyte at a time, and prints the median MB/s of each, their
// ratios, each run's ratio, the same on the texts typeset with curly quotes and dashes (10 MB) and on the modern-news probes (each
// text once), the cold runs' MB/s, and ours
// on one text of 1 MB and one of 25 MB.
import { join, resolve } from 'node:path';
import * as chrono from 'chrono-node';
import { tagTexts, tagTimexes } from '../src/tagTimexes';
import { EVAL_DIR, readDocuments } from './evalCorpus';
import { runCli } from './runCli';
import { typeset } from '../test/typeset';

const MB = 1_000_000;
const MODERN_NEWS = resolve(import.meta.dirname, '../test/modern-news/probes.json');

type Documents = { text: string; dct?: string }[];

/** Documents cycled until their texts add up to `bytes` characters. */
function corpusOf(documents: Documents, bytes: number) {
  const out: Documents = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const doc = documents[i % documents.length]!;
    out.push(doc);
    size += doc.text.length;
  }
  return { docs: out, size };
}

/** The documents' texts joined, in turn and over again, into one text of at least `bytes` characters. */
function oneTextOf(documents: Documents, bytes: number): string {
  return corpusOf(documents, bytes).docs.map((d) => d.text).join('\n\n');
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The documents cut into runs of about `bytes` characters each. */
function chunksOf(documents: Documents, bytes: number): Documents[] {
  const chunks: Documents[] = [[]];
  let size = 0;
  for (const doc of documents) {
    if (size >= bytes) {
      chunks.push([]);
      size = 0;
    }
    chunks[chunks.length - 1]!.push(doc);
    size += doc.text.length;
  }
  return chunks;
}

/**
 * The MB/s of each tagger over all the chunks, taking turns chunk by chunk (ours, theirs, ours, …): a shared machine's speed
 * drifts within a minute, and turns a second apart let the drift slow both alike, where whole runs of 1 and 4 seconds did not.
 */
function speedsInTurns(taggers: Array<(documents: Documents) => void>, chunks: Documents[], size: number): number[] {
  const seconds = taggers.map(() => 0);
  for (const chunk of chunks) {
    taggers.forEach((tag, which) => {
      const started = performance.now();
      tag(chunk);
      seconds[which]! += (performance.now() - started) / 1000;
    });
  }
  return seconds.map((s) => size / MB / s);
}

/**
 * Each tagger's MB/s in its first run (which pays for compiling the code and growing the heap, and ours for building its prefix
 * tables and compiling its patterns) and the median of the `times` runs after it.
 */
function medianSpeeds(taggers: Array<(documents: Documents) => void>, chunks: Documents[], size: number, times = 3) {
  const firsts = speedsInTurns(taggers, chunks, size);
  const runs = Array.from({ length: times }, () => speedsInTurns(taggers, chunks, size));
  return { firsts, runs, medians: taggers.map((_, which) => median(runs.map((run) => run[which]!))) };
}

runCli('bench', (args) => {
  const documents = readDocuments(join(EVAL_DIR, 'timeml-dev.json'));
  if (typeof documents === 'string') return { error: documents };
  const target = Number(args[args.indexOf('--mb') + 1]) || 25;
  const big = corpusOf(documents, target * MB);
  // A corpus is tagged in batches (tagTexts: each batch's texts recognised, then resolved, which keeps each half's tables and
  // patterns in the processor's caches); an article alone, a text at a time. chrono-node has no other way than a text at a time.
  const ours = (docs: Documents) => { tagTexts(docs.map((d) => ({ text: d.text, options: { dct: d.dct } }))); };
  const oursByText = (docs: Documents) => { for (const d of docs) tagTimexes(d.text, { dct: d.dct }); };
  const theirs = (docs: Documents) => { for (const d of docs) chrono.parse(d.text, d.dct ? new Date(`${d.dct}T12:00:00Z`) : undefined); };
  const bigRuns = medianSpeeds([ours, theirs, oursByText], chunksOf(big.docs, MB), big.size);
  const [oursBig, chronoBig, oursByTextBig] = bigRuns.medians as [number, number, number];
  const [oursCold, chronoCold] = bigRuns.firsts as [number, number];
  // The same texts as modern news sets them (curly quotes, dashes): two bytes a character, which costs every tagger more.
  const typesetDocs = documents.map((d) => ({ ...d, text: typeset(d.text) }));
  const typesetBig = corpusOf(typesetDocs, (target * MB) / 2.5);
  const [oursTypeset, chronoTypeset] = medianSpeeds([ours, theirs], chunksOf(typesetBig.docs, MB), typesetBig.size).medians as [number, number];
  // Modern news as this project's probes hold it (shared/test/modern-news): each text once, with three to four times the dev set's
  // expressions a kilobyte, and the tagger's cost goes by the expression more than chrono-node's does.
  const modern = readDocuments(MODERN_NEWS);
  const modernSize = typeof modern === 'string' ? 0 : modern.reduce((size, d) => size + d.text.length, 0);
  const [oursModern, chronoModern] = typeof modern === 'string' ? [NaN, NaN] : medianSpeeds([ours, theirs], chunksOf(modern, MB), modernSize).medians as [number, number];
  // One document each, so that the length of a text, not the number of texts, grows: what a recogniser that backtracked or
  // looked back without bound would pay for. The short text is timed more often, as a run of it takes a twentieth as long.
  const [oneSmall, oneBig] = [oneTextOf(documents, MB), oneTextOf(documents, target * MB)];
  const oneTextSpeed = (text: string, times: number) =>
    medianSpeeds([ours], [[{ text, dct: '1998-06-15' }]], text.length, times).medians[0]!;
  const [oursSmall, oursOneBig] = [oneTextSpeed(oneSmall, 9), oneTextSpeed(oneBig, 3)];
  const lines = [
    `corpus: the dev set's ${documents.length} texts repeated to ${(big.size / MB).toFixed(1)} MB; median of 3 runs each, taking turns a megabyte at a time`,
    `dateline tagger  ${oursBig.toFixed(2)} MB/s (a corpus, in batches, as npm run timex tags it)`,
    `chrono-node      ${chronoBig.toFixed(2)} MB/s`,
    `ratio            ${(oursBig / chronoBig).toFixed(2)}x chrono-node`,
    `ratio by run     ${bigRuns.runs.map(([o, c]) => `${(o! / c!).toFixed(2)}x`).join(' ')}`,
    `a text at a time dateline ${oursByTextBig.toFixed(2)} MB/s, ${(oursByTextBig / chronoBig).toFixed(2)}x chrono-node (as the app tags one article)`,
    `typeset          dateline ${oursTypeset.toFixed(2)} MB/s, chrono-node ${chronoTypeset.toFixed(2)} MB/s, ${(oursTypeset / chronoTypeset).toFixed(2)}x on the texts with curly quotes and dashes, as modern news sets them (${(typesetBig.size / MB).toFixed(0)} MB)`,
    typeof modern === 'string' ? `modern news      not timed: ${modern}`
      : `modern news      dateline ${oursModern.toFixed(2)} MB/s, chrono-node ${chronoModern.toFixed(2)} MB/s, ${(oursModern / chronoModern).toFixed(2)}x on the modern-news probes, each text once (${(modernSize / MB).toFixed(1)} MB, about 12 expressions a kB against the dev set's 3.5)`,
    `first, cold runs dateline ${oursCold.toFixed(2)} MB/s, chrono-node ${chronoCold.toFixed(2)} MB/s, ${(oursCold / chronoCold).toFixed(2)}x (they pay for building tables and compiling patterns)`,
    `dateline on one text of 1 MB ${oursSmall.toFixed(2)} MB/s, of ${(oneBig.length / MB).toFixed(0)} MB ${oursOneBig.toFixed(2)} MB/s (the texts joined into one; equal speeds mean cost grows linearly with a text's length)`,
  ];
  return { output: lines.join('\n') };
});
