// The recognisers' patterns as the tagger tries them: anchored at a place, and only those whose
// pattern can begin with the first eight characters there (openingPrefixes.ts reads that from the
// pattern), as most recognisers cannot begin with a given few letters or digits. That leaves a few
// patterns at most places: a filter of all patterns in one cost more to compile (130 ms at the first
// tag) than it saved.
import { PREFIX_LENGTH, openingPrefixes, prefixAt, prefixKeyAt } from './openingPrefixes';
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

/** A set of recognisers as bits, 32 to a word. */
type Bits = Uint32Array;
const BIT_WORDS = Math.ceil(RECOGNISERS.length / 32);

/**
 * Every prefix any pattern can begin with (openingPrefixes.ts), with the recognisers that can: a place's recognisers are
 * those of its first characters cut to each length, 0 to PREFIX_LENGTH, found in PREFIX_LENGTH + 1 look-ups. Read once, at
 * the first tagging rather than at import. (Asking each pattern's own prefixes in turn cost 30 µs at each new place, and a new
 * text brings thousands.) The sets of recognisers are rows of one array, as tens of thousands of small arrays cost more to make.
 */
interface PrefixTable {
  rowOf: ReadonlyMap<string, number>;
  /** The recognisers of row r: bits[r * BIT_WORDS, (r + 1) * BIT_WORDS). */
  bits: Bits;
}
let prefixTable: PrefixTable | null = null;

function readPrefixes(): PrefixTable {
  const prefixesOf = RECOGNISERS.map((r) => openingPrefixes(r.pattern.source).prefixes);
  const rowOf = new Map<string, number>();
  for (const prefixes of prefixesOf) for (const prefix of prefixes) if (!rowOf.has(prefix)) rowOf.set(prefix, rowOf.size);
  const bits = new Uint32Array(rowOf.size * BIT_WORDS);
  prefixesOf.forEach((prefixes, order) => {
    for (const prefix of prefixes) bits[rowOf.get(prefix)! * BIT_WORDS + (order >>> 5)]! |= 1 << (order & 31);
  });
  return { rowOf, bits };
}

/** The words of letters and digits that some prefix goes on from with a character that ends a word ("may" of "may 5"). */
let wordsOpening: ReadonlySet<string> | null = null;

function readWordsOpening({ rowOf }: PrefixTable): ReadonlySet<string> {
  const words = new Set<string>();
  for (const prefix of rowOf.keys()) {
    const word = /^[a-z0]*/.exec(prefix)![0];
    if (word.length < prefix.length) words.add(word);
  }
  return words;
}

/**
 * Whether any recogniser may begin at a word of letters and digits, standing alone: not so "of", "after" or "end", which come
 * into the start words from phrases ("the end of", "the day after tomorrow") but open none themselves. It may if a prefix is
 * the word's beginning (all letters and digits, whatever follows) or the word and then a character that ends it.
 */
export function mayBeginWithWord(word: string): boolean {
  const table = (prefixTable ??= readPrefixes());
  const folded = prefixAt(word, 0).slice(0, word.length);
  if ((wordsOpening ??= readWordsOpening(table)).has(folded)) return true;
  for (let length = 0; length <= folded.length; length++) if (table.rowOf.has(folded.slice(0, length))) return true;
  return false;
}

// The recognisers to ask by a place's first characters (prefixKeyAt), filled as places turn up.
const BY_PREFIX = new ListsByKey();
// One list of each set, as many places share one.
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
  const table = (prefixTable ??= readPrefixes());
  const bits = new Uint32Array(BIT_WORDS);
  for (let length = 0; length <= PREFIX_LENGTH; length++) {
    const row = table.rowOf.get(prefix.slice(0, length));
    if (row !== undefined) for (let w = 0; w < BIT_WORDS; w++) bits[w]! |= table.bits[row * BIT_WORDS + w]!;
  }
  const id = bits.join();
  let list = LISTS.get(id);
  if (!list) {
    list = RECOGNISERS.flatMap((_, order) => (bits[order >>> 5]! & (1 << (order & 31)) ? [order] : []));
    LISTS.set(id, list);
  }
  BY_PREFIX.set(key, list);
  return list;
}
