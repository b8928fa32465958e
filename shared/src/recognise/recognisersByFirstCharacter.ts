// The recognisers' patterns as the tagger tries them: anchored at a place, after one filter test,
// and only those whose pattern can begin with the character there (firstCharacters.ts reads that
// from the pattern), as most recognisers cannot begin with a given letter or digit.
import { firstCharacters } from './firstCharacters';
import { B } from './patterns';
import { RECOGNISERS } from './recognisers';

const sticky = (source: string) => new RegExp(source, 'yiu');

/** Each recogniser's pattern, anchored where it is tried. */
export const STICKY: readonly RegExp[] = RECOGNISERS.map((r) => sticky(r.pattern.source));

/** All patterns in one: where it fails, no recogniser can match, so most places cost one test. */
// It only filters, so it may be looser than the patterns: it is tried at word starts, where the
// patterns' opening "not after a letter" lookbehind holds anyway, and dropping it makes the test cheap.
// One filter for all does better than one per first character: V8 runs the one big pattern faster.
export const FILTER = sticky(
  RECOGNISERS.map((r) => `(?:${r.pattern.source.split(B).join('').replace(/\(\?<([A-Za-z]\w*)>/g, '(?:')})`).join('|'),
);

const FIRST = RECOGNISERS.map((r) => firstCharacters(r.pattern.source));
const EVERY: readonly number[] = RECOGNISERS.map((_, i) => i);
const BY_ASCII: readonly (readonly number[])[] = Array.from({ length: 128 }, (_, code) => EVERY.filter((i) => FIRST[i]![code]));

/** The recognisers (indices into RECOGNISERS, in order) that may match where the text has the UTF-16 code `code`; past ASCII, all. */
export const recognisersAt = (code: number): readonly number[] => (code < 128 ? BY_ASCII[code]! : EVERY);
