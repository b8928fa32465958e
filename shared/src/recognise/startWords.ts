// The words a temporal expression can begin with. Most of a news text holds no date: the tagger
// asks its recognisers only where one of these words (or a digit) starts. recogniseTimexes.test.ts
// checks on the dev set that this finds exactly what asking everywhere finds.
import { DATE_MODIFIERS, MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS } from '../lexicon/en/calendar';
import { HOLIDAYS } from '../lexicon/en/holidays';
import { CARDINALS, ORDINALS, VAGUE_QUANTITIES } from '../lexicon/en/numbers';
import { REFERENCE_WORDS, RELATIVE_OFFSETS, SET_WORDS } from '../lexicon/en/references';
import { UNIT_WORDS } from '../lexicon/en/units';

/** Openers that live in recognisers' patterns rather than in the vocabulary tables. */
const PATTERN_OPENERS = [
  'the', 'every', 'each', 'once', 'twice', 'for', 'over', 'in', 'within', 'around', 'fiscal', 'early', 'late', 'mid',
  'today', 'yesterday', 'tomorrow', 'tonight', 'noon', 'midnight', 'earlier', 'later', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2',
  'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties', 'eighteen', 'nineteen',
  'prior', 'comparable', 'corresponding', 'same', 'year', 'a', 'an', 'that', 'on', 'about', 'almost', 'nearly', 'more',
  'less', 'at', 'some', 'from', 'right', 'end', 'beginning', 'start', 'middle', 'close', 'turn', 'coming', 'recent',
  'future', 'latest', 'full', 'additional', 'calendar', 'near', 'most', 'just', 'final', 'half', 'period', 'ended', 'ago',
  'midday', 'midyear', 'trading', 'business', 'working', 'upcoming', 'latter', 'w', 'week', 'overnight', 'weekdays', 'succeeding',
  'ensuing', 'intervening', 'subsequent',
] as const;

/** Common words that open an expression only before another start word: "the past", "a year", "on Friday". */
const LEADING_WORDS = ['the', 'a', 'an', 'in', 'for', 'that', 'on', 'from', 'at', 'about', 'more', 'less', 'around', 'over', 'within', 'almost', 'nearly', 'some', 'right', 'this', 'last', 'next', 'past', 'early', 'late', 'each', 'once', 'twice', 'one', 'same', 'another'] as const;

// Every word of a phrase: "the near future" may start at "the", and "the" counts only before "near".
// The text's words end at an apostrophe, so "valentine's" is looked up as "valentine".
const wordsOf = (phrase: string) => phrase.toLowerCase().split(/[\s-]+/).map((w) => w.replace(/\.$/, '').replace(/['’].*$/, '')).filter(Boolean);

export type StartKind = 'no' | 'yes' | 'leading';

/** The letters and digits a start word is spelt with: a–z (either case) are 0–25, 0–9 are 26–35. */
const SYMBOLS = 36;
const symbolOf = (c: number) => (c >= 97 && c <= 122 ? c - 97 : c >= 65 && c <= 90 ? c - 65 : c >= 48 && c <= 57 ? c - 22 : -1);

/**
 * The start words as a trie over case-folded letters, so a word of the text is looked up where it
 * stands, without slicing it out: NEXT[node * SYMBOLS + symbol] is the next node (0: none, as no
 * edge leads back to the root), KIND[node] the kind of the word ending there.
 */
function trieOf(kinds: ReadonlyMap<string, StartKind>): { next: Uint16Array; kind: StartKind[] } {
  // Words with an apostrophe or a full stop inside ("year's") never stand alone in the text's words.
  const words = [...kinds.keys()].filter((w) => /^[a-z0-9]+$/.test(w));
  const next = new Uint16Array((1 + words.reduce((sum, w) => sum + w.length, 0)) * SYMBOLS);
  const kind: StartKind[] = ['no'];
  for (const word of words) {
    let node = 0;
    for (const ch of word) {
      const at = node * SYMBOLS + symbolOf(ch.charCodeAt(0));
      if (!next[at]) {
        next[at] = kind.length;
        kind.push('no');
      }
      node = next[at]!;
    }
    kind[node] = kinds.get(word)!;
  }
  // Two bytes a link, and only the nodes made: the table is read at every letter of every word, so the smaller the better it caches.
  if (kind.length > 0xffff) throw new Error('too many start words for 16-bit links');
  return { next: next.slice(0, kind.length * SYMBOLS), kind };
}

const START_WORDS = [
  // "on Sundays": a weekday in the plural opens a set.
  ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...Object.keys(WEEKDAYS).map((d) => `${d}s`), ...Object.keys(SEASONS), ...Object.keys(PARTS_OF_DAY), ...DATE_MODIFIERS,
  ...Object.keys(HOLIDAYS), ...Object.keys(CARDINALS), ...Object.keys(ORDINALS), ...VAGUE_QUANTITIES,
  ...Object.keys(REFERENCE_WORDS), ...Object.keys(SET_WORDS), ...Object.keys(RELATIVE_OFFSETS), ...Object.keys(UNIT_WORDS),
  ...PATTERN_OPENERS,
].flatMap(wordsOf);
// A leading word is leading even where it could start an expression by itself ("early", "last").
const TRIE = trieOf(new Map<string, StartKind>([...START_WORDS.map((w) => [w, 'yes'] as const), ...LEADING_WORDS.map((w) => [w, 'leading'] as const)]));

/**
 * How the word text[start, end) may begin a temporal expression: not, by itself, or only before
 * another start word. Words are looked up as they stand: news writes them lower case, capitalised
 * or in capitals ("march", "March", "MARCH"), and any other mix ("mArch") is not a start word.
 */
export function startKindAt(text: string, start: number, end: number): StartKind {
  const first = text.charCodeAt(start);
  if ((first >= 48 && first <= 57) || first === 39 || first === 0x2019) return 'yes';
  let node = 0;
  let lowerSeen = false;
  let upperAfterFirst = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const symbol = symbolOf(c);
    if (symbol < 0) return 'no';
    if (c >= 97) lowerSeen = true;
    else if (c >= 65 && c <= 90 && i > start) upperAfterFirst = true;
    node = TRIE.next[node * SYMBOLS + symbol]!;
    if (node === 0) return 'no';
  }
  return lowerSeen && upperAfterFirst ? 'no' : TRIE.kind[node]!;
}

// A table answers for the codes below 0xC0 in one load, as the scan asks it of every character.
const WORD_CODES = Uint8Array.from({ length: 0xc0 }, (_, c) => ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0));
// NaN (before the text or past it) is no word code, and never indexes the table.
export const isWordCode = (c: number) => (c < 0xc0 ? WORD_CODES[c] === 1 : isWideWordCode(c));

/** Past Latin-1, what is a letter, digit or mark, looked up once per code: typeset news is full of ’ – — “ ” …, which end a word. */
const wideWordCodes = new Uint8Array(0x10000);
const WIDE_WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
function isWideWordCode(c: number): boolean {
  // Beyond the BMP (surrogate halves): letters of other scripts and emoji alike count as word, as before.
  if (c > 0xffff || (c >= 0xd800 && c <= 0xdfff)) return true;
  if (wideWordCodes[c] === 0) wideWordCodes[c] = WIDE_WORD_CHARACTER.test(String.fromCharCode(c)) ? 1 : 2;
  return wideWordCodes[c] === 1;
}

// The ASCII codes as trie symbols (-1: none), for the scan's one lookup per character.
const SYMBOL_OF_ASCII = Int8Array.from({ length: 128 }, (_, c) => symbolOf(c));

/** A word of the text as the scan reads it: where it ends, and how it may begin an expression. */
export interface ScannedWord {
  end: number;
  kind: StartKind;
}

/**
 * Reads the word that starts at text[start] (a letter, digit or opening apostrophe) into `word`: its
 * end, and its kind as startKindAt tells it, walking the trie as the characters are read, so that
 * each is read once, as the scan asks this of every word of the text.
 */
export function scanWordAt(text: string, start: number, word: ScannedWord): void {
  const first = text.charCodeAt(start);
  let i = start + 1;
  if ((first >= 48 && first <= 57) || first === 39 || first === 0x2019) word.kind = 'yes';
  else {
    let kind: StartKind = 'no';
    let node = 0;
    let lowerSeen = false;
    let upperAfterFirst = false;
    for (i = start; ; i++) {
      // Past the end, the code is NaN: no symbol and no word code, so the word ends there.
      const c = text.charCodeAt(i);
      const symbol = c < 128 ? SYMBOL_OF_ASCII[c]! : -1;
      if (symbol < 0) {
        // A letter or mark past ASCII inside the word makes it no start word ("café").
        if (!isWordCode(c)) kind = lowerSeen && upperAfterFirst ? 'no' : TRIE.kind[node]!;
        break;
      }
      if (c >= 97) lowerSeen = true;
      else if (c <= 90 && c >= 65 && i > start) upperAfterFirst = true;
      node = TRIE.next[node * SYMBOLS + symbol]!;
      if (node === 0) {
        i++;
        break;
      }
    }
    word.kind = kind;
  }
  while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
  word.end = i;
}

/** How a word (as it stands in the text) may begin a temporal expression. */
export const startKind = (word: string): StartKind => startKindAt(word, 0, word.length);
