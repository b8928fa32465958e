import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../index';
import type { TagOptions } from '../types';
import { recogniseTimexes } from '../recognise/recogniseTimexes';
import { resolveTimexes } from '../resolve/resolveTimexes';
import { anyText, dateWordMix, htmlText, newsText, publicationDate, typesetText, unicodeText } from './arbitraries';
import { timexProblems } from './invariants';

const tagOptions: fc.Arbitrary<TagOptions> = fc.record(
  { dct: publicationDate().map((d) => d ?? undefined), genre: fc.constantFrom('news' as const, 'narrative' as const) },
  { requiredKeys: [] },
);

const tagsCleanly = (text: string, options: TagOptions) => {
  const timexes = tagTimexes(text, options);
  expect(timexProblems(text, timexes)).toEqual([]);
};

describe('tagTimexes on random input', () => {
  it('never throws on random Unicode and gives verbatim, disjoint, sorted timexes with TimeML values', () => {
    fc.assert(fc.property(unicodeText(), tagOptions, tagsCleanly), { seed: 6101, numRuns: 300 });
  });

  it('never throws on random HTML and gives well-formed timexes', () => {
    fc.assert(fc.property(htmlText(), tagOptions, tagsCleanly), { seed: 6102, numRuns: 300 });
  });

  it('never throws on random mixes of date words and numbers and gives well-formed timexes', () => {
    fc.assert(fc.property(dateWordMix(), tagOptions, tagsCleanly), { seed: 6103, numRuns: 1500 });
  });

  it('never throws on mixed input with any publication date', () => {
    fc.assert(fc.property(anyText(), tagOptions, tagsCleanly), { seed: 6104, numRuns: 300 });
  });

  it('never throws on news sentences with dates in many shapes and gives well-formed timexes', () => {
    fc.assert(fc.property(newsText(), tagOptions, tagsCleanly), { seed: 6107, numRuns: 300 });
  });

  it('gives the same timexes when it tags the same text twice', () => {
    fc.assert(
      fc.property(dateWordMix(), tagOptions, (text, options) => {
        expect(tagTimexes(text, options)).toEqual(tagTimexes(text, options));
      }),
      { seed: 6105, numRuns: 200 },
    );
  });

  it('finds in a typeset text, read through its one-byte stand-in, what reading the text itself finds', () => {
    fc.assert(
      fc.property(typesetText(), tagOptions, (text, options) => {
        expect(tagTimexes(text, options)).toEqual(resolveTimexes(text, recogniseTimexes(text), options));
      }),
      { seed: 6108, numRuns: 1500 },
    );
  });

  it('does not mutate its options', () => {
    fc.assert(
      fc.property(dateWordMix(), tagOptions, (text, options) => {
        const copy = { ...options };
        tagTimexes(text, Object.freeze(options));
        expect(options).toEqual(copy);
      }),
      { seed: 6106, numRuns: 100 },
    );
  });
});
