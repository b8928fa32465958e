import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagTexts, tagTimexes, type TextToTag } from './tagTimexes';

const TEXTS: TextToTag[] = [
  { text: 'The strike began on Monday and ended two weeks later.', options: { dct: '2021-11-19' } },
  { text: '' },
  // Typeset: read through its one-byte stand-in, quoted as written.
  { text: 'It “ended” on Friday – the minister’s second week – and resumes next month.', options: { dct: '1998-03-04' } },
  { text: 'The army crossed the river on 12 May 1940. Two days later it reached the coast.', options: { genre: 'narrative' } },
  { text: 'Last week the council met; it meets again next week.' },
  { text: 'The plan, announced Tuesday, takes effect in the third quarter.', options: { dct: '1989-11-02' } },
];

const alone = (texts: readonly TextToTag[]) => texts.map(({ text, options }) => tagTimexes(text, options));

describe('tagTexts', () => {
  it('tags each text as tagTimexes tags it alone, wherever its batches end', () => {
    for (const batchCharacters of [1, 60, 150, 256 * 1024]) expect(tagTexts(TEXTS, batchCharacters)).toEqual(alone(TEXTS));
  });

  it('returns nothing for no texts', () => {
    expect(tagTexts([])).toEqual([]);
  });
});

// The TempEval-3 dev set lives beside the project (../shared/eval), never in it: it is evaluation data.
const devSet = new URL('../../../shared/eval/timeml-dev.json', import.meta.url);

describe.skipIf(!existsSync(devSet))('tagTexts on the dev set', () => {
  it('finds in each document what tagging it alone finds', () => {
    const docs = JSON.parse(readFileSync(devSet, 'utf8')) as { dct: string; text: string }[];
    const texts = docs.map(({ text, dct }) => ({ text, options: { dct } }));
    // Batches of about 50 kB: the dev set's 529 kB fall into several, ending inside it.
    expect(tagTexts(texts, 50_000)).toEqual(alone(texts));
  });
});
