// The recognisers' patterns as the tagger tries them: anchored at a place, after one filter test,
// and only those whose pattern can begin with the two characters there (firstCharacters.ts reads
// that from the pattern), as most recognisers cannot begin with a given pair of letters or digits.
import { openings, type Openings } from './firstCharacters';
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

const EVERY: readonly number[] = RECOGNISERS.map((_, i) => i);

/** How each recogniser's pattern can begin, read once, at the first tagging rather than at import. */
let openingsTable: { openings: readonly Openings[]; byFirst: readonly (readonly number[])[] } | null = null;
function table() {
  if (!openingsTable) {
    const all = RECOGNISERS.map((r) => openings(r.pattern.source));
    openingsTable = { openings: all, byFirst: Array.from({ length: 128 }, (_, code) => EVERY.filter((i) => all[i]!.first[code])) };
  }
  return openingsTable;
}
// Filled as pairs of characters turn up: most of the 16,384 never do.
const BY_PAIR: (readonly number[] | undefined)[] = new Array(128 * 128).fill(undefined);

/**
 * The recognisers (indices into RECOGNISERS, in order) whose pattern may match at text[start]: by
 * the two characters there when both are ASCII, else by the first, and past ASCII all of them.
 */
export function recognisersAt(text: string, start: number): readonly number[] {
  const first = text.charCodeAt(start);
  if (!(first < 128)) return EVERY;
  const second = text.charCodeAt(start + 1);
  const known = second < 128 ? BY_PAIR[first * 128 + second] : undefined;
  if (known) return known;
  const { openings: all, byFirst } = table();
  if (!(second < 128)) return byFirst[first]!;
  const pair = first * 128 + second;
  return (BY_PAIR[pair] = byFirst[first]!.filter((i) => all[i]!.single[first] || all[i]!.pairs.has(pair)));
}
