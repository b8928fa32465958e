import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../index';
import { hitsKnownTaggerBug } from './knownTaggerBugs';

// Each input shows a known bug today; when the tagger's owner fixes one, its test turns red here:
// delete the case, and the entry of knownTaggerBugs.ts once none of its cases is left.
const TODAY_BROKEN: [text: string, dct: string | undefined][] = [
  ['The city was founded 3000 years ago.', '2021-11-19'],
  ['It will be buried for 10000 years later.', '2021-11-19'],
  ['It happened 4348353504162365 weeks earlier.', '2021-11-19'],
  ['It lasted 18917662622956777233283425986773 days.', undefined],
  ['It happened last year.', '0000-01-01'],
  ['It happens next year.', '9999-12-30'],
];

describe('known tagger bugs', () => {
  it.each(TODAY_BROKEN)('are still there: %j with dct %s gives a malformed value', (text, dct) => {
    expect(hitsKnownTaggerBug(tagTimexes(text, { dct }))).toBe(true);
  });
});
