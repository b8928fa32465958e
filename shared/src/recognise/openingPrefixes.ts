// The first few characters a match of a pattern can begin with, read from the pattern's source
// (openingsParser.ts) in a small alphabet: letters in lower case, every digit as "0", every run of
// whitespace as one " ". The tagger asks at a place only the recognisers whose pattern can begin
// with the ten characters there: "for the", "new rules", "45 percent", "45 cents", "the thing" and "the first time" open no
// match, though "fo", "ne", "45 cent", "the thi" and "the first" open many. Over-approximations only: a prefix may be listed
// that no match has, never the other way round.
import { OpeningsParser, SPACES, type OpeningsAlgebra, type Ranges } from './openingsParser';

/**
 * How many characters of a place are looked at: eight rather than six cut the tries on the dev set from 22,553 to 13,159
 * a pass (2,614 match), for a pass about 8% faster; ten where a pattern allows (below), from 9,681 to 7,600 (2,249 match),
 * about 3% faster. A place's key (prefixKeyAt) holds its ten symbols exactly in a double.
 */
export const PREFIX_LENGTH = 10;
/** How many characters every pattern is read to first, and then to PREFIX_LENGTH only if its prefixes are few. */
const SHORT_PREFIX_LENGTH = 8;
/** Past this many prefixes a pattern is read to fewer characters, as listing them costs more than it saves. */
const MOST_PREFIXES = 20_000;
/**
 * The most prefixes of PREFIX_LENGTH a pattern is read to, and the most of SHORT_PREFIX_LENGTH it may have to be tried (more
 * would mostly pass the first, and trying them cost 60 ms at the first tag): 53 of the 69 recognisers are read to ten.
 */
const MOST_LONG_PREFIXES = 5_000;
const MOST_SHORT_PREFIXES_TO_LENGTHEN = MOST_LONG_PREFIXES / 3;

// The alphabet, as character codes: ASCII folded, and two more.
/** Past the end of the text: no pattern reads it. */
const END = 0;
/** Any other character: controls, and everything past ASCII but its spaces, "ſ" and the Kelvin sign, which match s and k. */
const OTHER = 127;

/** The characters past ASCII that are symbols of their own: as "\s" matches them, they are spaces; "ſ" and the Kelvin sign are s and k. */
const WIDE_SYMBOLS: readonly (readonly [number, number, number])[] = [
  ...SPACES.filter(([, to]) => to >= 128).map(([from, to]) => [from, to, 32] as const),
  [0x17f, 0x17f, 115],
  [0x212a, 0x212a, 107],
];

function wideSymbol(c: number): number {
  for (const [from, to, symbol] of WIDE_SYMBOLS) if (c >= from && c <= to) return symbol;
  return OTHER;
}

/**
 * The ASCII punctuation the recognisers' openings tell apart, as itself; ";", "!", "?" and ")", which they only ever
 * tell together, as ";". Any other folds into OTHER, which keeps the alphabet to 37 symbols, so few that a place's ten
 * make one integer below 2^53 (and folding two characters into one symbol only ever lets more places through).
 */
const OWN_PUNCTUATION = new Set([...'-./,\':;'].map((c) => c.charCodeAt(0)));
const AS_SEMICOLON = new Set([...'!?)'].map((c) => c.charCodeAt(0)));

function foldAscii(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 97 && c <= 122) return c;
  if (c >= 48 && c <= 57) return 48;
  if ((c >= 9 && c <= 13) || c === 32) return 32;
  if (OWN_PUNCTUATION.has(c)) return c;
  return AS_SEMICOLON.has(c) ? 59 : OTHER;
}

/** The symbols one character of the ranges can be, matched with the `i` and `u` flags. */
function symbolsOf(ranges: Ranges): Set<number> {
  const symbols = new Set<number>();
  for (const [from, to] of ranges) {
    for (let c = from; c <= Math.min(to, 127); c++) symbols.add(foldAscii(c));
    if (to < 128) continue;
    // Past ASCII: the symbols of its own the range holds, and OTHER if it holds anything else (as "\s" does not, which
    // keeps its runs from doubling the prefixes at every character).
    const wideFrom = Math.max(from, 128);
    let own = 0;
    for (const [ownFrom, ownTo, symbol] of WIDE_SYMBOLS) {
      const overlap = Math.min(to, ownTo) - Math.max(wideFrom, ownFrom) + 1;
      if (overlap > 0) {
        symbols.add(symbol);
        own += overlap;
      }
    }
    if (own < to - wideFrom + 1) symbols.add(OTHER);
  }
  return symbols;
}

/** The symbol the character text[i] is, END past the text. */
function symbolAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return FOLDED[c]!;
  return Number.isNaN(c) ? END : wideSymbol(c);
}
const FOLDED = Uint8Array.from({ length: 128 }, (_, c) => foldAscii(c));

/** What a part of a pattern can begin with: its matches cut to a number of symbols (a shorter string is a whole match). */
type Prefixes = ReadonlySet<string>;

/**
 * What a part of a pattern can begin with, part by part, each read to the symbols the parts before it leave room for, with
 * a run of spaces as one (as a place's prefix reads it). It throws past `most` prefixes, as the pattern is then better read to
 * fewer symbols.
 */
function prefixAlgebra(most: number): OpeningsAlgebra<Prefixes> {
  const add = (prefixes: Set<string>, prefix: string): void => {
    prefixes.add(prefix);
    if (prefixes.size > most) throw new Error(`more than ${most} prefixes`);
  };
  const algebra: OpeningsAlgebra<Prefixes> = {
    empty: new Set(['']),
    characters: (ranges) => new Set([...symbolsOf(ranges)].map((s) => String.fromCharCode(s))),
    // The room after a part is what its shortest prefix leaves: once `room` symbols are read, what follows cannot change how the match begins.
    roomAfter(part, room) {
      let shortest = room;
      for (const x of part) if (x.length < shortest) shortest = x.length;
      return room - shortest;
    },
    followedBy(a, b, room) {
      // What x + y keeps of y is y cut to what x leaves: b is cut once for each such room, and most cuts are far fewer than b.
      const cutsOfB = new Map<number, Prefixes>();
      const cutTo = (left: number): Prefixes => {
        let cut = cutsOfB.get(left);
        if (!cut) {
          cut = new Set([...b].map((y) => (y.length > left ? y.slice(0, left) : y)));
          cutsOfB.set(left, cut);
        }
        return cut;
      };
      const out = new Set<string>();
      for (const x of a) {
        if (x.length >= room) {
          add(out, x);
          continue;
        }
        // A space after a space joins its run: y keeps one more symbol, and the joined prefix is cut to the room.
        const spaceEnds = x.endsWith(' ');
        for (const y of cutTo(room - x.length + (spaceEnds ? 1 : 0))) {
          const joined = spaceEnds && y.startsWith(' ') ? x + y.slice(1) : x + y;
          add(out, joined.length > room ? joined.slice(0, room) : joined);
        }
      }
      return out;
    },
    either(parts) {
      if (parts.length === 1) return parts[0]!;
      const out = new Set<string>();
      for (const part of parts) for (const x of part) add(out, x);
      return out;
    },
    repeated(part, min, more, room) {
      // Past `room` copies every prefix is full: more copies change nothing.
      let result = algebra.empty;
      for (let i = 0; i < Math.min(min, room); i++) result = algebra.followedBy(result, part, room);
      if (!more) return result;
      // Any number of copies: grown a copy at a time from the prefixes new in the last round only, until none is new.
      const any = new Set(algebra.empty);
      for (let added: Prefixes = any; added.size > 0;) {
        const newer = new Set<string>();
        for (const x of algebra.followedBy(added, part, room)) {
          if (!any.has(x)) {
            add(any, x);
            newer.add(x);
          }
        }
        added = newer;
      }
      return algebra.followedBy(result, any, room);
    },
  };
  return algebra;
}
const SHORT_ALGEBRA = prefixAlgebra(MOST_PREFIXES);
const LONG_ALGEBRA = prefixAlgebra(MOST_LONG_PREFIXES);

/** How a pattern can begin: its prefixes of `length` symbols (or fewer, for whole matches). */
export interface OpeningPrefixes {
  length: number;
  prefixes: Prefixes;
}

/**
 * How a match of `source` (compiled with the `i` and `u` flags) can begin, to PREFIX_LENGTH symbols where they are few,
 * else to SHORT_PREFIX_LENGTH, or fewer when that many have too many prefixes; length 0 (every place) when the parser
 * cannot read it.
 */
export function openingPrefixes(source: string): OpeningPrefixes {
  for (let length = SHORT_PREFIX_LENGTH; length > 0; length--) {
    const prefixes = prefixesOf(source, length, SHORT_ALGEBRA);
    // Too many prefixes, or syntax the parser does not read: try fewer symbols, down to none.
    if (!prefixes) continue;
    const longer = length === SHORT_PREFIX_LENGTH && prefixes.size <= MOST_SHORT_PREFIXES_TO_LENGTHEN ? prefixesOf(source, PREFIX_LENGTH, LONG_ALGEBRA) : null;
    return longer ? { length: PREFIX_LENGTH, prefixes: longer } : { length, prefixes };
  }
  return { length: 0, prefixes: new Set(['']) };
}

function prefixesOf(source: string, length: number, algebra: OpeningsAlgebra<Prefixes>): Prefixes | null {
  try {
    return new OpeningsParser(source, algebra, length, GROUPS_READ).parse();
  } catch {
    return null;
  }
}

/** The prefixes of the groups read so far, by room and source: the patterns share many (months, numbers, units). */
const GROUPS_READ = new Map<string, Prefixes>();

/** The first PREFIX_LENGTH symbols of the text at `start`, a run of spaces as one, as one string (END past the text). */
export function prefixAt(text: string, start: number): string {
  let prefix = '';
  for (let i = start; prefix.length < PREFIX_LENGTH; i++) {
    const symbol = symbolAt(text, i);
    if (symbol === 32 && prefix.endsWith(' ')) continue;
    prefix += String.fromCharCode(symbol);
  }
  return prefix;
}

/** Each symbol as a number below the alphabet's size, END as 0. */
function symbolIndices(): Int8Array {
  const indices = new Int8Array(128).fill(-1);
  let next = 0;
  for (let c = 0; c < 128; c++) {
    const symbol = c === END ? END : foldAscii(c);
    if (indices[symbol] === -1) indices[symbol] = next++;
  }
  return indices;
}
const INDEX_OF_SYMBOL = symbolIndices();
/** How many symbols the alphabet has: the radix of a place's key. */
export const ALPHABET_SIZE = Math.max(...INDEX_OF_SYMBOL) + 1;
const SPACE_INDEX = INDEX_OF_SYMBOL[32]!;

// The ASCII codes as symbol indices, for the one lookup per character of prefixKeyAt.
const INDEX_OF_ASCII = Uint8Array.from({ length: 128 }, (_, c) => INDEX_OF_SYMBOL[foldAscii(c)]!);

/**
 * The first PREFIX_LENGTH symbols of the text at `start`, as prefixAt reads them, as a number: equal for equal prefixes.
 * Asked at every start word, so it reads codes straight into symbol indices (END, past the text, is 0).
 */
export function prefixKeyAt(text: string, start: number): number {
  let key = 0;
  let read = 0;
  let afterSpace = false;
  for (let i = start; read < PREFIX_LENGTH && i < text.length; i++) {
    const c = text.charCodeAt(i);
    const index = c < 128 ? INDEX_OF_ASCII[c]! : INDEX_OF_SYMBOL[wideSymbol(c)]!;
    const space = index === SPACE_INDEX;
    if (space && afterSpace) continue;
    afterSpace = space;
    // Arithmetic rather than shifts, which would cut the key to 32 bits.
    key = key * ALPHABET_SIZE + index;
    read++;
  }
  // (Near the text's end, END fills the missing symbols: a power only there, as Math.pow at every start word costs.)
  return read === PREFIX_LENGTH ? key : key * ALPHABET_SIZE ** (PREFIX_LENGTH - read);
}

/** Whether a match can begin where the text begins with `prefix` (PREFIX_LENGTH symbols, as prefixAt reads them). */
export function mayBeginWith({ length, prefixes }: OpeningPrefixes, prefix: string): boolean {
  for (let i = 0; i <= length; i++) if (prefixes.has(prefix.slice(0, i))) return true;
  return false;
}
