// The recognisers' patterns as the tagger tries them: anchored at a place, after one filter test,
// and only those whose pattern can begin with the first five characters there (openingPrefixes.ts
// reads that from the pattern), as most recognisers cannot begin with a given few letters or digits.
import { mayBeginWith, openingPrefixes, prefixAt, prefixKeyAt, type OpeningPrefixes } from './openingPrefixes';
import { ListsByKey } from './listsByKey';
import { B } from './patterns';
import { RECOGNISERS } from './recognisers';

const sticky = (source: string) => new RegExp(source, 'yiu');

/** Each recogniser's pattern, anchored where it is tried. */
export const STICKY: readonly RegExp[] = RECOGNISERS.map((r) => sticky(r.pattern.source));

/**
 * The same, without the "not after a letter or digit" lookbehind a pattern opens with: tried only
 * where the character before is known to be none, it answers alike, and each try skips a Unicode
 * class test (most tries fail, so that test is a good part of their cost).
 */
export const STICKY_AFTER_NON_WORD: readonly RegExp[] = RECOGNISERS.map((r) =>
  sticky(r.pattern.source.startsWith(B) ? r.pattern.source.slice(B.length) : r.pattern.source));

/** Whether text[start] follows no letter or digit, told from ASCII alone: elsewhere it answers false, and the full pattern is tried. */
export function followsAsciiNonWord(text: string, start: number): boolean {
  if (start === 0) return true;
  const before = text.charCodeAt(start - 1);
  return before < 128 && !((before >= 48 && before <= 57) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122));
}

/**
 * A pattern source without its negative lookbehinds ("(?<!…)", with all they hold): the pattern then
 * matches wherever it did, and more. Inside a negative lookaround they stay, as dropping them there
 * would make the whole match less. Escapes and character classes are stepped over.
 */
export function withoutNegativeLookbehinds(source: string): string {
  let kept = '';
  let inClass = false;
  // For each group open at this point, whether it is a negative lookaround.
  const negative: boolean[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      kept += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') {
      const lookbehind = source.startsWith('(?<!', i);
      if (lookbehind && !negative.includes(true)) {
        i = closingParenthesis(source, i);
        continue;
      }
      negative.push(lookbehind || source.startsWith('(?!', i));
    } else if (c === ')') negative.pop();
    kept += c;
  }
  return kept;
}

/** Where the group opened at source[open] closes. */
function closingParenthesis(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return source.length;
}

// The patterns loosened for the filter: no negative lookbehinds, as each tests a Unicode class
// before the pattern reads a character, at every place the filter is tried (at word starts, the
// "not after a letter" ones hold anyway); no named groups. Looser alternatives only let more
// places through to the recognisers' own patterns, which decide.
const LOOSE = RECOGNISERS.map((r) => withoutNegativeLookbehinds(r.pattern.source).replace(/\(\?<([A-Za-z]\w*)>/g, '(?:'));

/**
 * All patterns in one, each alternative followed by an empty group that marks it: where it fails, no
 * recogniser can match, so most places cost one test; where it matches, the first alternative
 * matching is the first recogniser that can, as a loosened pattern matches wherever its own does.
 */
// One filter for all does better than one per first character: V8 runs the one big pattern faster.
const FILTER = sticky(LOOSE.map((source) => `(?:${source})()`).join('|'));

/** How many capture groups a pattern source opens: "(" or "(?<name>", unescaped and outside a class. */
export function groupsOf(source: string): number {
  let groups = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!'))) groups++;
  }
  return groups;
}

/** The recogniser each capture group of FILTER belongs to: the groups a pattern keeps, then its mark. Read at the first tagging. */
let recogniserOfGroup: readonly number[] | null = null;

/**
 * The first recogniser (an index into RECOGNISERS) whose pattern may match at text[start], or -1
 * when none can: the recognisers before it need not be asked there.
 */
export function firstPossibleAt(text: string, start: number): number {
  FILTER.lastIndex = start;
  const match = FILTER.exec(text);
  if (!match) return -1;
  // Only the alternative that matched sets groups: its first set one tells which it is.
  let group = 1;
  while (match[group] === undefined) group++;
  recogniserOfGroup ??= [-1, ...LOOSE.flatMap((source, order) => new Array<number>(groupsOf(source) + 1).fill(order))];
  return recogniserOfGroup[group]!;
}

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
  const shared = LISTS.get(list.join()) ?? list;
  LISTS.set(list.join(), shared);
  BY_PREFIX.set(key, shared);
  return shared;
}
