import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../index';
import { hitsKnownTaggerBug } from './knownTaggerBugs';

// Each input shows a known bug today; when the tagger's owner fixes one, its test turns red here:
// delete the case, and the entry of knownTaggerBugs.ts once none of its cases is left.
const TODAY_BROKEN: [text: string, dct: string | undefined][] = [
  ['It happens next year.', '9999-12-30'],
];

describe('known tagger bugs', () => {
  it.each(TODAY_BROKEN)('are still there: %j with dct %s gives a malformed value', (text, dct) => {
    expect(hitsKnownTaggerBug(tagTimexes(text, { dct }))).toBe(true);
  });
});
