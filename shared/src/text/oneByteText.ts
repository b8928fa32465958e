// V8 keeps a string whose characters all fit in a byte (Latin-1) at one byte a character, and the tagger reads it about a
// quarter faster than a string of two bytes a character (its scan, its regular expressions, its words' lower-casing). One “ ” ’ or – makes a text two-byte, and
// typeset news has them in every paragraph. So the tagger reads a stand-in: a text of the same length in which each character
// past Latin-1 is a Latin-1 code that the tagger's patterns and code treat as they treat that character. Offsets carry over.

/**
 * The characters past Latin-1 that the tagger's patterns and code name, each with the Latin-1 code that stands in for it: codes
 * no pattern names and news hardly writes. They are C1 controls that windows-1252 leaves undefined, and symbols, as a
 * TextDecoder for "latin1" decodes windows-1252, which maps the other C1 codes to characters past Latin-1. A text that writes
 * one of them gets no stand-in, and its "¤" reads as "€" does, its "¦" as "—": the patterns match stand-ins in any text.
 */
const NAMED_STAND_INS: ReadonlyMap<number, number> = new Map([
  [0x2018, 0x8f], // ‘
  [0x2019, 0x90], // ’
  [0x201c, 0x8d], // “
  [0x201d, 0x9d], // ”
  [0x2013, 0x81], // –
  [0x2014, 0xa6], // — as ¦
  [0x2010, 0xa8], // ‐ (hyphen) as ¨
  [0x20ac, 0xa4], // € as ¤
  [0x2022, 0xb8], // • as ¸
]);

/** What the tagger can ask of a character: the classes its patterns use, what its code tests, how it changes case. */
const ASKED: readonly ((ch: string) => boolean)[] = [
  (ch) => /\p{L}/u.test(ch),
  (ch) => /\p{Lu}/u.test(ch),
  (ch) => /\p{Ll}/u.test(ch),
  (ch) => /\p{N}/u.test(ch),
  (ch) => /\p{M}/u.test(ch),
  (ch) => /\s/u.test(ch),
  // A line terminator, which "." does not match.
  (ch) => !/./u.test(ch),
  // A letter that may open a sentence (text/sentences.ts).
  (ch) => /[\u00C0-\u024F\u0400-\u04FF]/.test(ch),
  (ch) => ch.toLowerCase() !== ch,
  (ch) => ch.toUpperCase() !== ch,
  // "İ" lower-cases to two characters, "ŉ" upper-cases to two: a word's length changes with its case.
  (ch) => ch.toLowerCase().length !== 1 || ch.toUpperCase().length !== 1,
  // "ſ" and the Kelvin sign match "s" and "k" without regard to case.
  (ch) => /[sk]/iu.test(ch),
];

const answersOf = (ch: string) => ASKED.map((ask) => (ask(ch) ? '1' : '0')).join('');

/**
 * Latin-1 codes that no pattern names, one for each set of answers a character past Latin-1 commonly gives: other
 * punctuation and symbols ("…", "™", zero-width characters: "¯"), spaces (a thin space: "\f"), capital and small letters of
 * Latin and Cyrillic ("Ł", "ж": "À", "à"), small Greek letters ("µ"), letters without case (Chinese, Arabic: "ª"), digits of
 * other scripts ("²").
 */
const GENERIC_STAND_INS: ReadonlyMap<string, number> = new Map(
  [0xaf, 0x0c, 0xc0, 0xe0, 0xb5, 0xaa, 0xb2].map((code) => [answersOf(String.fromCharCode(code)), code]),
);

/** By code: 0 not asked yet, 1 for a character nothing stands in for, else the code that stands in. */
const STAND_IN = new Uint8Array(0x10000);
const NONE = 1;

function standInFor(code: number): number {
  if (STAND_IN[code] === 0) {
    // Surrogate halves: a character beyond the BMP, which the tagger reads as a pair.
    const surrogate = code >= 0xd800 && code <= 0xdfff;
    STAND_IN[code] = NAMED_STAND_INS.get(code) ?? (surrogate ? NONE : GENERIC_STAND_INS.get(answersOf(String.fromCharCode(code))) ?? NONE);
  }
  return STAND_IN[code]!;
}

/** The characters past Latin-1 that have a stand-in of their own: every one the tagger's patterns and code name. */
export const NAMED_CHARACTERS: readonly string[] = [...NAMED_STAND_INS.keys()].map((code) => String.fromCharCode(code));

const IS_NAMED_STAND_IN = Uint8Array.from({ length: 0x100 }, (_, code) => ([...NAMED_STAND_INS.values()].includes(code) ? 1 : 0));

// Part of every engine the tagger runs in (browsers, workers, Node), though not of the ECMAScript library shared/ is checked with.
declare const TextDecoder: new (label: string) => { decode(bytes: Uint8Array): string };
const LATIN1 = new TextDecoder('latin1');
const PAST_LATIN1 = /[^\x00-\xff]/;
const MOST_KEPT = 1 << 20;
/** The codes of the last text read, kept for the next: a text's worth of garbage less each time, for texts up to a megabyte. */
let scratch = new Uint8Array(0);

/**
 * The text with each character past Latin-1 replaced by its stand-in, so that V8 holds it at one byte a character; the text
 * itself when it has no such character, or when one of them has no stand-in (a surrogate pair, a Greek capital) or the text
 * writes a stand-in as itself.
 */
export function oneByteText(text: string): string {
  // On a one-byte text V8 answers this without reading it, where a loop over it would cost a tenth of tagging it.
  if (!PAST_LATIN1.test(text)) return text;
  if (scratch.length < text.length && text.length <= MOST_KEPT) scratch = new Uint8Array(MOST_KEPT);
  const codes = text.length <= MOST_KEPT ? scratch.subarray(0, text.length) : new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) codes[i] = c;
    else if (c > 0xff) {
      const standIn = standInFor(c);
      if (standIn === NONE) return text;
      codes[i] = standIn;
    } else if (IS_NAMED_STAND_IN[c] === 1) return text;
    else codes[i] = c;
  }
  return LATIN1.decode(codes);
}

const hex2 = (code: number) => `\\x${code.toString(16).padStart(2, '0')}`;
/** The stand-ins for the named characters in [from, to]. */
const standInsWithin = (from: number, to: number) => [...NAMED_STAND_INS].filter(([code]) => code >= from && code <= to).map(([, standIn]) => standIn);

/** An escape in a pattern's source: a code by its hex digits, a class ("\s", "\p{L}"), a control, or the character escaped. */
const ESCAPE = /\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|[pP]\{[^}]*\}|([dDsSwWbBnrtfv0])|(.))/suy;

/** One character of a pattern's source at `at`, as written, and the code it stands for (undefined for "\s", "\p{L}" and the like). */
function atomAt(source: string, at: number): { written: string; code: number | undefined } {
  if (source[at] !== '\\') {
    const code = source.codePointAt(at)!;
    return { written: String.fromCodePoint(code), code };
  }
  ESCAPE.lastIndex = at;
  const [written, braced, four, two, , other] = ESCAPE.exec(source)!;
  const digits = braced ?? four ?? two;
  return { written, code: digits !== undefined ? Number.parseInt(digits, 16) : other?.codePointAt(0) };
}

/** Whether a pattern's source names a character past Latin-1, as such or by an escape: most do not. */
const NAMES_PAST_LATIN1 = /[^\x00-\xff]|\\u/;

/**
 * A pattern's source that matches each named character's stand-in wherever it matches the character: inside a class the
 * stand-ins join the class ("[’']" → "[’'\x90]"; a range adds those of the characters it spans), outside one the character
 * becomes a class of it and its stand-in.
 */
export function withStandIns(source: string): string {
  if (!NAMES_PAST_LATIN1.test(source)) return source;
  let out = '';
  let classStandIns: number[] | null = null;
  for (let at = 0; at < source.length; ) {
    if (classStandIns === null && source[at] === '[') {
      classStandIns = [];
      const opening = source[at + 1] === '^' ? '[^' : '[';
      out += opening;
      at += opening.length;
      continue;
    }
    if (classStandIns !== null && source[at] === ']') {
      // A "-" that ended the class would open a range to the stand-ins: it is escaped.
      if (classStandIns.length > 0 && out.endsWith('-') && source[at - 2] !== '\\') out = `${out.slice(0, -1)}\\-`;
      out += `${[...new Set(classStandIns)].map(hex2).join('')}]`;
      classStandIns = null;
      at++;
      continue;
    }
    const atom = atomAt(source, at);
    at += atom.written.length;
    if (classStandIns !== null) {
      out += atom.written;
      let to = atom.code;
      if (atom.code !== undefined && source[at] === '-' && source[at + 1] !== ']') {
        const last = atomAt(source, at + 1);
        out += `-${last.written}`;
        at += 1 + last.written.length;
        to = last.code;
      }
      if (atom.code !== undefined && to !== undefined) classStandIns.push(...standInsWithin(atom.code, to));
    } else {
      const standIn = atom.code === undefined ? undefined : NAMED_STAND_INS.get(atom.code);
      out += standIn === undefined ? atom.written : `[${atom.written}${hex2(standIn)}]`;
    }
  }
  return out;
}

/** The pattern, matching each named character's stand-in wherever it matches the character. */
export const withStandInsOf = (pattern: RegExp) => new RegExp(withStandIns(pattern.source), pattern.flags);

const APOSTROPHE_STAND_IN = NAMED_STAND_INS.get(0x2019)!;
/** Whether the code is an apostrophe: "'", "’" or the stand-in for "’". */
export const isApostropheCode = (c: number) => c === 39 || c === 0x2019 || c === APOSTROPHE_STAND_IN;

/** The word with the named characters in it as their stand-ins: "won’t" as a stand-in text spells it. */
const standingIn = (word: string) => word.replace(/[^\x00-\xff]/gu, (ch) => String.fromCharCode(NAMED_STAND_INS.get(ch.codePointAt(0)!) ?? ch.codePointAt(0)!));

/** The words, and those with a named character as a stand-in text spells them ("won’t"), for a table a text's words are looked up in. */
export const withStandInSpellings = (words: readonly string[]) => [...new Set(words.flatMap((word) => [word, standingIn(word)]))];
