import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagTimexes } from './tagTimexes';

interface Annotated {
  id: string;
  dct: string;
  text: string;
  timexes: { start: number; end: number; type: string; value: string }[];
}

const probes = JSON.parse(readFileSync(new URL('../test/modern-news/probes.json', import.meta.url), 'utf8')) as Annotated[];

// Just under the scores reached (relaxed F1 99.35, value F1 96.97 on all 15,469 texts): a change that loses accuracy on modern news
// fails. Where the probes and the TempEval-3 corpora annotate differently (../test/modern-news/README.md), the tagger follows the corpora.
const RELAXED_F1_FLOOR = 0.992;
const VALUE_F1_FLOOR = 0.965;

/** TempEval-3's relaxed match (spans overlap, each used once) and, of the matches, those with the gold value. */
function scores(): { relaxed: number; value: number } {
  let gold = 0;
  let system = 0;
  let matched = 0;
  let rightValue = 0;
  for (const probe of probes) {
    const tagged = tagTimexes(probe.text, { dct: probe.dct });
    gold += probe.timexes.length;
    system += tagged.length;
    const used = new Set<number>();
    for (const want of probe.timexes) {
      const at = tagged.findIndex((got, i) => !used.has(i) && got.start < want.end && want.start < got.end);
      if (at < 0) continue;
      used.add(at);
      matched++;
      if (tagged[at]!.value === want.value) rightValue++;
    }
  }
  return { relaxed: (2 * matched) / (gold + system), value: (2 * rightValue) / (gold + system) };
}

describe('the tagger on modern news probes', () => {
  it(`keeps its relaxed and value F1 on ${probes.length.toLocaleString('en-US')} annotated texts of news (2013, and 1989-2000 as the dev set)`, () => {
    const { relaxed, value } = scores();
    expect(relaxed).toBeGreaterThanOrEqual(RELAXED_F1_FLOOR);
    expect(value).toBeGreaterThanOrEqual(VALUE_F1_FLOOR);
  });
});
