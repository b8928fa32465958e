import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recogniseEverywhere, recogniseTimexes } from './recogniseTimexes';

const devSet = new URL('../../../../shared/eval/timeml-dev.json', import.meta.url);

describe('recogniseTimexes', () => {
  it('finds what asking every recogniser everywhere finds, on sample sentences', () => {
    const text = "On Friday, 9 August 2020, and last week, two years ago, in the '90s, mid-1996, Q3 1998, at 10:30 a.m., year-end, the year-earlier quarter, nineteen ninety-six, every Monday, daily, now.";
    expect(recogniseTimexes(text)).toEqual(recogniseEverywhere(text));
  });

  it('finds what asking everywhere finds where finds overlap, though it tries no place inside a find it keeps', () => {
    const text = 'From 10 to 12 November 1998, the 1998-99 season, the three years to 2001, Tuesday, March 10, 1998 at 5 p.m. EST, the first half of 1999 and 2000, 9/11, two weeks later, late last year.';
    expect(recogniseTimexes(text)).toEqual(recogniseEverywhere(text));
  });

  it.skipIf(!existsSync(devSet))('finds what asking every recogniser everywhere finds, on the whole dev set', () => {
    // A new recogniser that opens with a word START_WORDS lacks fails here: add the word to startWords.ts.
    const documents = JSON.parse(readFileSync(devSet, 'utf8')) as { id: string; text: string }[];
    for (const { id, text } of documents) expect(recogniseTimexes(text), id).toEqual(recogniseEverywhere(text));
  });
});
