import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recogniseTimexes } from './recognise/recogniseTimexes';
import { resolveTimexes } from './resolve/resolveTimexes';
import { tagTimexes } from './tagTimexes';
import { typeset } from '../test/typeset';

// The TempEval-3 dev set lives beside the project (../shared/eval), never in it: it is evaluation data.
const evalDir = new URL('../../../shared/eval/', import.meta.url);
const devSet = new URL('timeml-dev.json', evalDir);
const wikiWars = new URL('wikiwars.json', evalDir);

// Floors just under the scores reached (strict F1 90.25, relaxed F1 95.29, value F1 83.92): a change that
// loses accuracy fails. The targets are relaxed F1 93 and value F1 85; raise the floors as the tagger improves.
// (Value F1 was 83.68 until "the night of Oct. 23" became that night, as TimeML and WikiWars draw it, where two
// AQUAINT documents tag the day alone; fiscal quarters then brought it to 83.73, and a results report's own quarter to 83.99.
// "A year earlier" in a report of a month's figures as that month a year back took one: an AQUAINT wage report writes the year.
// "24 hours" written PT24H, as TimeML's guidelines, WikiWars and all 189 of the probes write it, lost the dev set's one "the last
// twenty four hours" P1D: 83.94. "The Communist Party daily Granma", a paper, no set, as the guidelines have it, lost one: two AQUAINT
// documents of the same story tag it and a third does not: 83.92.)
const STRICT_F1_FLOOR = 0.9;
const RELAXED_F1_FLOOR = 0.951;
const VALUE_F1_FLOOR = 0.839;
// WikiWars' narratives (value F1 89.52) pin the story's year through asides, flashbacks, glimpses ahead and the turn of the year.
const NARRATIVE_VALUE_F1_FLOOR = 0.894;

interface Scores {
  strict: { f1: number };
  relaxed: { f1: number };
  value: { f1: number };
}

/** The official TempEval-3 scores of the tagger on a corpus of ../shared/eval, as `npm run eval` prints them. */
async function scoresOn(corpus: URL, options: { genre?: 'narrative' } = {}): Promise<Scores> {
  const { scoreTimexes } = (await import(pathToFileURL(new URL('score.mjs', evalDir).pathname).href)) as {
    scoreTimexes: (gold: unknown[], system: unknown[]) => Scores;
  };
  const gold = JSON.parse(readFileSync(corpus, 'utf8')) as { id: string; dct: string | null; text: string }[];
  const system = gold.map((doc) => ({ id: doc.id, timexes: tagTimexes(doc.text, { dct: doc.dct ?? undefined, ...options }) }));
  return scoreTimexes(gold, system);
}

describe.skipIf(!existsSync(devSet))('the tagger on the TempEval-3 dev set', () => {
  it(`keeps strict F1 ≥ ${STRICT_F1_FLOOR}, relaxed F1 ≥ ${RELAXED_F1_FLOOR} and value F1 ≥ ${VALUE_F1_FLOOR}`, async () => {
    const score = await scoresOn(devSet);
    expect(score.strict.f1).toBeGreaterThanOrEqual(STRICT_F1_FLOOR);
    expect(score.relaxed.f1).toBeGreaterThanOrEqual(RELAXED_F1_FLOOR);
    expect(score.value.f1).toBeGreaterThanOrEqual(VALUE_F1_FLOOR);
  });
});

describe.skipIf(!existsSync(wikiWars))('the tagger on the WikiWars narratives', () => {
  it(`keeps value F1 ≥ ${NARRATIVE_VALUE_F1_FLOOR}`, async () => {
    expect((await scoresOn(wikiWars, { genre: 'narrative' })).value.f1).toBeGreaterThanOrEqual(NARRATIVE_VALUE_F1_FLOOR);
  });
});

describe.skipIf(!existsSync(devSet))('the tagger on the dev set typeset', () => {
  it('finds through the one-byte stand-in of each text what reading the text itself finds', () => {
    const docs = JSON.parse(readFileSync(devSet, 'utf8')) as { dct: string; text: string }[];
    for (const doc of docs) {
      const text = typeset(doc.text);
      expect(tagTimexes(text, { dct: doc.dct })).toEqual(resolveTimexes(text, recogniseTimexes(text), { dct: doc.dct }));
    }
  });
});
