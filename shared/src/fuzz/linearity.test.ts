import { describe, expect, it } from 'vitest';
import { adversarialOfLength, growth, newsOfLength } from '../../test/growth';
import { parseArticle, tagTimexes } from '../index';

// 100 times the text may take about 100 times as long, never 10,000 (quadratic). Only ratios are
// asserted, so a slow or busy machine passes as long as it is evenly slow.
const SMALL = 10_000;
const LARGE = 1_000_000;
const MAX_RATIO = 1_000;

describe('time grows linearly with the input', () => {
  const cases = [
    ['news', newsOfLength],
    // (A pasted article may have no line breaks at all: nothing may look back to the start of a line without bound.)
    ['news on one line', (length: number) => newsOfLength(length).replace(/\n/g, ' ')],
    ['adversarial runs', adversarialOfLength],
  ] as const;

  it.each(cases)('for the tagger on %s', (_, make) => {
    expect(growth(make(SMALL), make(LARGE), (text) => tagTimexes(text, { dct: '2021-11-19' }))).toBeLessThan(MAX_RATIO);
  }, 120_000);

  it.each(cases)('for parseArticle on %s', (_, make) => {
    expect(growth(make(SMALL), make(LARGE), (text) => parseArticle(text, { publicationDate: '2021-11-19' }))).toBeLessThan(MAX_RATIO);
  }, 120_000);
});
