// The words a temporal expression can begin with. Most of a news text holds no date: the tagger
// asks its recognisers only where one of these words (or a digit) starts. recogniseTimexes.test.ts
// checks on the dev set that this finds exactly what asking everywhere finds.
import { DATE_MODIFIERS, MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS } from '../lexicon/en/calendar';
import { HOLIDAYS } from '../lexicon/en/holidays';
import { CARDINALS, ORDINALS, VAGUE_QUANTITIES } from '../lexicon/en/numbers';
import { REFERENCE_WORDS, RELATIVE_OFFSETS, SET_WORDS } from '../lexicon/en/references';
import { UNIT_WORDS } from '../lexicon/en/units';
import { isApostropheCode } from '../text/oneByteText';

/** Openers that live in recognisers' patterns rather than in the vocabulary tables. */
const PATTERN_OPENERS = [
  'the', 'every', 'each', 'once', 'twice', 'for', 'over', 'in', 'within', 'around', 'fiscal', 'financial', 'early', 'late', 'mid',
  'today', 'yesterday', 'tomorrow', 'tonight', 'noon', 'midnight', 'earlier', 'later', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2',
  'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties', 'eighteen', 'nineteen',
  'prior', 'comparable', 'corresponding', 'same', 'year', 'a', 'an', 'that', 'on', 'about', 'almost', 'nearly', 'more',
  'less', 'at', 'some', 'from', 'right', 'end', 'beginning', 'start', 'middle', 'close', 'turn', 'coming', 'recent', 'extra',
  'future', 'latest', 'full', 'additional', 'calendar', 'near', 'most', 'just', 'final', 'half', 'period', 'ended', 'ago', 'single',
  'midday', 'midyear', 'trading', 'business', 'working', 'upcoming', 'latter', 'w', 'week', 'overnight', 'weekdays', 'succeeding',
  'ensuing', 'intervening', 'subsequent', 'while', 'daytime', 'nighttime',
  // "a yearlong trek", "a weeklong strike": a unit and "long" written as one word.
  'hourlong', 'daylong', 'weeklong', 'monthlong', 'yearlong', 'decadelong',
  // "the holiday weekend".
  'holiday',
  // "last season", "this season": a leading word counts before it (sportsSeasons.ts).
  'season',
] as const;

/**
 * "FY2024", "FY24", "CY2025": abbreviated fiscal and calendar years are one word with their digits, which the scan reads as it
 * reads a number (a word of every such year would grow the scan's table by two thirds).
 */
const OPEN_BEFORE_DIGITS = ['fy', 'cy'] as const;

/**
 * Common words that open an expression only before another start word: "the past", "a year", "on Friday". ("one" is not
 * one: "one and a half years" goes on with "and".)
 */
const LEADING_WORDS = ['the', 'a', 'an', 'in', 'for', 'that', 'on', 'from', 'at', 'about', 'more', 'less', 'around', 'over', 'within', 'almost', 'nearly', 'some', 'right', 'this', 'last', 'next', 'past', 'early', 'late', 'each', 'once', 'twice', 'same', 'another'] as const;

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
function trieOf(kinds: ReadonlyMap<string, StartKind>): { next: Uint16Array; kind: StartKind[]; length: number[] } {
  // Words with an apostrophe or a full stop inside ("year's") never stand alone in the text's words.
  const words = [...kinds.keys()].filter((w) => /^[a-z0-9]+$/.test(w));
  const next = new Uint16Array((1 + words.reduce((sum, w) => sum + w.length, 0)) * SYMBOLS);
  const kind: StartKind[] = ['no'];
  // How many letters lead to each node: the length of the word that ends there.
  const length = [0];
  for (const word of words) {
    let node = 0;
    for (const ch of word) {
      const at = node * SYMBOLS + symbolOf(ch.charCodeAt(0));
      if (!next[at]) {
        next[at] = kind.length;
        kind.push('no');
        length.push(length[node]! + 1);
      }
      node = next[at]!;
    }
    kind[node] = kinds.get(word)!;
  }
  // Two bytes a link, and only the nodes made: the table is read at every letter of every word, so the smaller the better it caches.
  if (kind.length > 0xffff) throw new Error('too many start words for 16-bit links');
  return { next: next.slice(0, kind.length * SYMBOLS), kind, length };
}

const START_WORDS = [
  // "on Sundays": a weekday in the plural opens a set.
  ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...Object.keys(WEEKDAYS).map((d) => `${d}s`), ...Object.keys(SEASONS), ...Object.keys(PARTS_OF_DAY), ...DATE_MODIFIERS,
  ...Object.keys(HOLIDAYS), ...Object.keys(CARDINALS), ...Object.keys(ORDINALS), ...VAGUE_QUANTITIES,
  ...Object.keys(REFERENCE_WORDS), ...Object.keys(SET_WORDS), ...Object.keys(RELATIVE_OFFSETS), ...Object.keys(UNIT_WORDS),
  ...PATTERN_OPENERS, ...OPEN_BEFORE_DIGITS,
].flatMap(wordsOf);
// A leading word is leading even where it could start an expression by itself ("early", "last").
const TRIE = trieOf(new Map<string, StartKind>([...START_WORDS.map((w) => [w, 'yes'] as const), ...LEADING_WORDS.map((w) => [w, 'leading'] as const)]));

/** The trie node a start word ends at. */
function nodeOf(word: string): number {
  let node = 0;
  for (const ch of word) node = TRIE.next[node * SYMBOLS + symbolOf(ch.charCodeAt(0))]!;
  return node;
}
const DIGITS_AFTER: ReadonlySet<number> = new Set(OPEN_BEFORE_DIGITS.map(nodeOf));

/**
 * How the word text[start, end) may begin a temporal expression: not, by itself, or only before
 * another start word. Words are looked up as they stand: news writes them lower case, capitalised
 * or in capitals ("march", "March", "MARCH"), and any other mix ("mArch") is not a start word.
 */
export function startKindAt(text: string, start: number, end: number): StartKind {
  const first = text.charCodeAt(start);
  if ((first >= 48 && first <= 57) || isApostropheCode(first)) return 'yes';
  let node = 0;
  let lowerSeen = false;
  let upperAfterFirst = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const symbol = symbolOf(c);
    if (symbol < 0) return 'no';
    if (c >= 97) lowerSeen = true;
    else if (c >= 65 && c <= 90 && i > start) upperAfterFirst = true;
    // "FY2024": digits written onto "FY" make a start word, whatever follows.
    if (symbol >= 26 && DIGITS_AFTER.has(node)) return 'yes';
    node = TRIE.next[node * SYMBOLS + symbol]!;
    if (node === 0) return 'no';
  }
  return lowerSeen && upperAfterFirst ? 'no' : TRIE.kind[node]!;
}

/** A letter, digit or mark of any script: what words are made of. */
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
// A table answers for the codes below 0xC0 in one load, as the scan asks it of every character: ASCII's letters and
// digits, and Latin-1's "ª", "µ", "º", "²", "½", letters and numbers as the patterns' word-start check reads them ("µ1998" is no year).
const WORD_CODES = Uint8Array.from({ length: 0xc0 }, (_, c) => (WORD_CHARACTER.test(String.fromCharCode(c)) ? 1 : 0));
// NaN (before the text or past it) is no word code, and never indexes the table.
export const isWordCode = (c: number) => (c < 0xc0 ? WORD_CODES[c] === 1 : isWideWordCode(c));

/** Past Latin-1, what is a letter, digit or mark, looked up once per code: typeset news is full of ’ – — “ ” …, which end a word. */
const wideWordCodes = new Uint8Array(0x10000);
function isWideWordCode(c: number): boolean {
  // Beyond the BMP (surrogate halves): letters of other scripts and emoji alike count as word, as before.
  if (c > 0xffff || (c >= 0xd800 && c <= 0xdfff)) return true;
  if (wideWordCodes[c] === 0) wideWordCodes[c] = WORD_CHARACTER.test(String.fromCharCode(c)) ? 1 : 2;
  return wideWordCodes[c] === 1;
}

/** A word of the text that may begin an expression: where it starts and ends, and how. */
export interface StartWord {
  start: number;
  end: number;
  kind: StartKind;
  /** The word's node in the trie of start words, the same for every spelling of one word; 0 for numbers and quoted words. */
  node: number;
}

// The scan reads the text as one automaton over character classes: outside a word, in a word that
// is on its way through the trie of start words, in a word that is none, so that each character
// costs two table loads and stops the scan only where a start word ends. Its classes: the trie's
// 36 symbols, then these.
const OTHER_WORD_CHARACTER = SYMBOLS;
const APOSTROPHE = SYMBOLS + 1;
const NON_WORD_CHARACTER = SYMBOLS + 2;
const CLASSES = SYMBOLS + 3;

// Its states; a trie node n is state FIRST_NODE + n - 1 (the root is OUTSIDE).
const OUTSIDE = 0;
/** Right after a word that may start an expression: where the scan stops. Otherwise as OUTSIDE. */
const START_WORD_ENDED = 1;
/** After an apostrophe that follows no word: the word after it starts at it ("'90s"). */
const AFTER_APOSTROPHE = 2;
/** A word that starts with a digit: a start word whatever follows ("1998", "9/11"). */
const NUMBER = 3;
/** A word that starts with an opening apostrophe: a start word too ("'90s"). */
const QUOTED = 4;
const NO_START_WORD = 5;
const FIRST_NODE = 6;

const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) =>
  symbolOf(c) >= 0 ? symbolOf(c) : c === 39 ? APOSTROPHE : NON_WORD_CHARACTER);

function wideClassOf(c: number): number {
  return isApostropheCode(c) ? APOSTROPHE : isWordCode(c) ? OTHER_WORD_CHARACTER : NON_WORD_CHARACTER;
}

/** SCAN_NEXT[state + class]: the state after reading a character of the class, a state being its row's offset (state number × CLASSES). */
const SCAN_NEXT = (() => {
  const nodes = TRIE.kind.length;
  if ((FIRST_NODE + nodes - 1) * CLASSES > 0xffff) throw new Error('too many start words for 16-bit scan states');
  const next = new Uint16Array((FIRST_NODE + nodes - 1) * CLASSES);
  const stateOfNode = (node: number) => (node === 0 ? NO_START_WORD : FIRST_NODE + node - 1);
  const row = (state: number, classState: (cls: number) => number) => {
    for (let cls = 0; cls < CLASSES; cls++) next[state * CLASSES + cls] = classState(cls) * CLASSES;
  };
  const outside = (cls: number) =>
    cls === APOSTROPHE ? AFTER_APOSTROPHE : cls === NON_WORD_CHARACTER ? OUTSIDE
      : cls === OTHER_WORD_CHARACTER ? NO_START_WORD : cls >= 26 ? NUMBER : stateOfNode(TRIE.next[cls]!);
  row(OUTSIDE, outside);
  row(START_WORD_ENDED, outside);
  row(AFTER_APOSTROPHE, (cls) => (cls === APOSTROPHE ? AFTER_APOSTROPHE : cls === NON_WORD_CHARACTER ? OUTSIDE : QUOTED));
  // An apostrophe after a word ends it and opens none ("March's").
  const inWord = (self: number, ended: number) => (cls: number) => (cls >= APOSTROPHE ? ended : self);
  row(NUMBER, inWord(NUMBER, START_WORD_ENDED));
  row(QUOTED, inWord(QUOTED, START_WORD_ENDED));
  row(NO_START_WORD, inWord(NO_START_WORD, OUTSIDE));
  for (let node = 1; node < nodes; node++) {
    const ended = TRIE.kind[node] === 'no' ? OUTSIDE : START_WORD_ENDED;
    const digitsAfter = DIGITS_AFTER.has(node);
    row(FIRST_NODE + node - 1, (cls) =>
      cls >= APOSTROPHE ? ended : cls === OTHER_WORD_CHARACTER ? NO_START_WORD : digitsAfter && cls >= 26 ? NUMBER : stateOfNode(TRIE.next[node * SYMBOLS + cls]!));
  }
  return next;
})();

// The scan, a step per character, inlined where it runs (recogniseTimexes): a call per word cost more than the steps.
/** The scan's state before the text. */
export const SCAN_START = OUTSIDE * CLASSES;
/** The state in which a word that may start an expression has just ended, at the character read last. */
export const START_WORD_ENDED_STATE = START_WORD_ENDED * CLASSES;

/** The scan's state after reading the character `c` in `state`. */
export const scanStep = (state: number, c: number) => SCAN_NEXT[state + (c < 128 ? ASCII_CLASS[c]! : wideClassOf(c))]!;

/** The scan's state after the end of the text, which ends a word as any character outside words does. */
export const scanEnd = (state: number) => SCAN_NEXT[state + NON_WORD_CHARACTER]!;

/**
 * Reads the word that ends at text[end], which the scan read in `state` before it ended there,
 * into `word`; whether it may begin an expression (a start word in a mix of cases may not).
 */
export function readStartWord(text: string, end: number, state: number, word: StartWord): boolean {
  const stateNumber = state / CLASSES;
  word.end = end;
  if (stateNumber === NUMBER || stateNumber === QUOTED) {
    let start = end;
    while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
    // An opening apostrophe belongs to its word.
    word.start = stateNumber === QUOTED ? start - 1 : start;
    word.kind = 'yes';
    word.node = 0;
    return true;
  }
  const node = stateNumber - FIRST_NODE + 1;
  word.start = end - TRIE.length[node]!;
  word.kind = mixesCase(text, word.start, end) ? 'no' : TRIE.kind[node]!;
  word.node = node;
  return word.kind !== 'no';
}

/** Whether a word mixes cases otherwise than capitalised or in capitals ("mArch", "MArch"). */
function mixesCase(text: string, start: number, end: number): boolean {
  let lowerSeen = false;
  let upperAfterFirst = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97) lowerSeen = true;
    else if (c >= 65 && c <= 90 && i > start) upperAfterFirst = true;
  }
  return lowerSeen && upperAfterFirst;
}

/** How a word (as it stands in the text) may begin a temporal expression. */
export const startKind = (word: string): StartKind => startKindAt(word, 0, word.length);
