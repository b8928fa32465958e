import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tagTimexes } from './tagTimexes';

// The TempEval-3 dev set lives beside the project (../shared/eval), never in it: it is evaluation data.
const evalDir = new URL('../../../shared/eval/', import.meta.url);
const devSet = new URL('timeml-dev.json', evalDir);

// Floors just under the scores reached (strict F1 89.47, relaxed F1 94.94, value F1 82.54): a change that
// loses accuracy fails. The targets are relaxed F1 93 and value F1 85; raise the floors as the tagger improves.
const STRICT_F1_FLOOR = 0.897;
const RELAXED_F1_FLOOR = 0.949;
const VALUE_F1_FLOOR = 0.825;

describe.skipIf(!existsSync(devSet))('the tagger on the TempEval-3 dev set', () => {
  it(`keeps strict F1 ≥ ${STRICT_F1_FLOOR}, relaxed F1 ≥ ${RELAXED_F1_FLOOR} and value F1 ≥ ${VALUE_F1_FLOOR}`, async () => {
    const { scoreTimexes } = (await import(pathToFileURL(new URL('score.mjs', evalDir).pathname).href)) as {
      scoreTimexes: (gold: unknown[], system: unknown[]) => { strict: { f1: number }; relaxed: { f1: number }; value: { f1: number } };
    };
    const gold = JSON.parse(readFileSync(devSet, 'utf8')) as { id: string; dct: string; text: string }[];
    const system = gold.map((doc) => ({ id: doc.id, timexes: tagTimexes(doc.text, { dct: doc.dct }) }));
    const score = scoreTimexes(gold, system);
    expect(score.strict.f1).toBeGreaterThanOrEqual(STRICT_F1_FLOOR);
    expect(score.relaxed.f1).toBeGreaterThanOrEqual(RELAXED_F1_FLOOR);
    expect(score.value.f1).toBeGreaterThanOrEqual(VALUE_F1_FLOOR);
  });
});
