// The recognisers' patterns as the tagger tries them: anchored at a place, and only those whose
// pattern can begin with the first six characters there (openingPrefixes.ts reads that from the
// pattern), as most recognisers cannot begin with a given few letters or digits. That leaves a few
// patterns at most places: a filter of all patterns in one cost more to compile (130 ms at the first
// tag) than it saved.
import { mayBeginWith, openingPrefixes, prefixAt, prefixKeyAt, type OpeningPrefixes } from './openingPrefixes';
import { ListsByKey } from './listsByKey';
import { B } from './patterns';
import { RECOGNISERS } from './recognisers';

const sticky = (source: string) => new RegExp(source, 'yiu');

/**
 * Each recogniser's pattern, anchored where it is tried, without the "not after a letter or digit"
 * lookbehind a pattern opens with: the scan tries them only where a word starts, after a character
 * that is no letter, digit or mark (startWords.ts), where that lookbehind always holds. So each try
 * skips a Unicode class test (most tries fail, so that test is a good part of their cost), and no
 * second set of patterns is compiled for the places past ASCII (80 ms at the first tag).
 */
export const STICKY: readonly RegExp[] = RECOGNISERS.map((r) =>
  sticky(r.pattern.source.startsWith(B) ? r.pattern.source.slice(B.length) : r.pattern.source));

const EVERY: readonly number[] = RECOGNISERS.map((_, i) => i);

/** How each recogniser's pattern can begin, read once, at the first tagging rather than at import. */
let prefixesTable: readonly OpeningPrefixes[] | null = null;

// The recognisers to ask by a place's first characters (prefixKeyAt), filled as places turn up.
const BY_PREFIX = new ListsByKey();
// One list of each, as many places share one.
const LISTS = new Map<string, readonly number[]>();

/**
 * The recognisers (indices into RECOGNISERS, in order) whose pattern may match at text[start], by
 * its first PREFIX_LENGTH characters as openingPrefixes.ts reads them.
 */
export function recognisersAt(text: string, start: number): readonly number[] {
  const key = prefixKeyAt(text, start);
  return BY_PREFIX.get(key) ?? listAt(key, prefixAt(text, start));
}

function listAt(key: number, prefix: string): readonly number[] {
  prefixesTable ??= RECOGNISERS.map((r) => openingPrefixes(r.pattern.source));
  const list = EVERY.filter((i) => mayBeginWith(prefixesTable![i]!, prefix));
  const id = list.join();
  const shared = LISTS.get(id) ?? list;
  LISTS.set(id, shared);
  BY_PREFIX.set(key, shared);
  return shared;
}
