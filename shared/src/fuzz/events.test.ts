import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEvents, parseArticle, tagTimexes } from '../index';
import type { Article } from '../types';
import { anyText, dateWordMix, htmlText, newsText, publicationDate, unicodeText } from './arbitraries';
import { articleProblems, eventProblems } from './invariants';

const article = (text: fc.Arbitrary<string>): fc.Arbitrary<Article> =>
  fc.record({ text, publicationDate: publicationDate(), source: fc.option(fc.constantFrom('Primepress', 'Reuters', 'Putin', ''), { nil: undefined }) }, { requiredKeys: ['text'] })
    .map(({ publicationDate: date, ...rest }) => (date ? { ...rest, publicationDate: date } : rest));

const extractsCleanly = (input: Article) => {
  const frozen = Object.freeze({ ...input });
  expect(eventProblems(input.text, extractEvents(frozen))).toEqual([]);
};

describe('extractEvents on random input', () => {
  it('gives verbatim quotes holding their dates, ISO starts before ends and unique ids on news sentences', () => {
    fc.assert(fc.property(article(newsText()), extractsCleanly), { seed: 6201, numRuns: 400 });
  });

  it('never throws on random mixes of date words and numbers, and its events hold', () => {
    fc.assert(fc.property(article(dateWordMix()), extractsCleanly), { seed: 6202, numRuns: 800 });
  });

  it('never throws on random Unicode and HTML, and its events hold', () => {
    fc.assert(fc.property(article(fc.oneof(unicodeText(), htmlText(), anyText())), extractsCleanly), { seed: 6203, numRuns: 300 });
  });

  it('gives the same ids when it parses the same text twice', () => {
    fc.assert(
      fc.property(article(newsText()), (input) => {
        expect(extractEvents(input).map((e) => e.id)).toEqual(extractEvents(input).map((e) => e.id));
      }),
      { seed: 6204, numRuns: 100 },
    );
  });
});

describe('parseArticle on random input', () => {
  const raw = fc.oneof(newsText(), anyText(), fc.tuple(htmlText(8), newsText(4), htmlText(8)).map((parts) => `<p>${parts.join('</p><p>')}</p>`));

  it('never throws, and gives a problem or an article whose events and text hold, as plain JSON', () => {
    fc.assert(
      fc.property(raw, publicationDate(), (input, date) => {
        const result = parseArticle(input, { publicationDate: date ?? undefined });
        if (!result.ok) {
          expect(result.problem.message.length).toBeGreaterThan(10);
          return;
        }
        const { parsed } = result;
        expect(articleProblems(parsed)).toEqual([]);
        expect(eventProblems(parsed.text, parsed.events)).toEqual([]);
        // What the CLI prints and the worker posts must survive JSON unchanged (no undefined, NaN or cycles).
        expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed);
      }),
      { seed: 6205, numRuns: 400 },
    );
  });
});
