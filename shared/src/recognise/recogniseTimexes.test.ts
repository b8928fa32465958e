import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recogniseEverywhere, recogniseTimexes } from './recogniseTimexes';
import { RECOGNISERS } from './recognisers';

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

  it('finds what asking everywhere finds with patterns that look back at another find, tried only right after one', () => {
    const text = 'On April 24 and 25, from May 3 through 7, 1998, in 1915-17 and the 2012/13 season, 45 to 50 people; 1915 - 17 is not one.';
    expect(recogniseTimexes(text)).toEqual(recogniseEverywhere(text));
    expect(recogniseTimexes(text).map(({ start, end }) => text.slice(start, end))).toEqual(expect.arrayContaining(['25', '7, 1998', '17']));
  });

  it('has every pattern that is tried only after another find look back at one', () => {
    for (const { name, pattern, afterFind } of RECOGNISERS) if (afterFind !== undefined) expect(pattern.source.startsWith('(?<='), name).toBe(true);
  });

  it.skipIf(!existsSync(devSet))('finds what asking every recogniser everywhere finds, on the whole dev set', () => {
    // A new recogniser that opens with a word START_WORDS lacks fails here: add the word to startWords.ts.
    const documents = JSON.parse(readFileSync(devSet, 'utf8')) as { id: string; text: string }[];
    for (const { id, text } of documents) expect(recogniseTimexes(text), id).toEqual(recogniseEverywhere(text));
  });
});
