// The first few characters a match of a pattern can begin with, read from the pattern's source
// (openingsParser.ts) in a small alphabet: letters in lower case, every digit as "0", every
// whitespace character as " ". The tagger asks at a place only the recognisers whose pattern can begin
// with the eight characters there: "for the", "new rules", "45 percent", "45 cents" and "the thing" open no match,
// though "fo", "ne", "45 cent" and "the thi" open many. Over-approximations only: a prefix may be listed that no match
// has, never the other way round.
import { OpeningsParser, SPACES, type OpeningsAlgebra, type Ranges } from './openingsParser';

/**
 * How many characters of a place are looked at: eight rather than six cut the tries on the dev set from 22,553 to 13,159
 * a pass (2,614 match), for a pass about 8% faster. A place's key (prefixKeyAt) holds eight symbols of 6 bits exactly in a double.
 */
export const PREFIX_LENGTH = 8;
/** Past this many prefixes a pattern is read to fewer characters, as listing them costs more than it saves. */
const MOST_PREFIXES = 20_000;

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

function foldAscii(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 48 && c <= 57) return 48;
  if ((c >= 9 && c <= 13) || c === 32) return 32;
  return c < 32 || c === 127 ? OTHER : c;
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

/** Adds a prefix; throws past MOST_PREFIXES, as the pattern is then better read to fewer symbols. */
function add(prefixes: Set<string>, prefix: string): void {
  prefixes.add(prefix);
  if (prefixes.size > MOST_PREFIXES) throw new Error(`more than ${MOST_PREFIXES} prefixes`);
}

/** What a part of a pattern can begin with, part by part, each read to the symbols the parts before it leave room for. */
const PREFIX_ALGEBRA: OpeningsAlgebra<Prefixes> = {
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
      if (x.length >= room) add(out, x);
      else for (const y of cutTo(room - x.length)) add(out, x + y);
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
    let result = PREFIX_ALGEBRA.empty;
    for (let i = 0; i < Math.min(min, room); i++) result = PREFIX_ALGEBRA.followedBy(result, part, room);
    if (!more) return result;
    // Any number of copies: grown a copy at a time from the prefixes new in the last round only, until none is new.
    const any = new Set(PREFIX_ALGEBRA.empty);
    for (let added: Prefixes = any; added.size > 0;) {
      const newer = new Set<string>();
      for (const x of PREFIX_ALGEBRA.followedBy(added, part, room)) {
        if (!any.has(x)) {
          add(any, x);
          newer.add(x);
        }
      }
      added = newer;
    }
    return PREFIX_ALGEBRA.followedBy(result, any, room);
  },
};

/** How a pattern can begin: its prefixes of `length` symbols (or fewer, for whole matches). */
export interface OpeningPrefixes {
  length: number;
  prefixes: Prefixes;
}

/**
 * How a match of `source` (compiled with the `i` and `u` flags) can begin, to PREFIX_LENGTH symbols,
 * or fewer when that many have too many prefixes; length 0 (every place) when the parser cannot read it.
 */
export function openingPrefixes(source: string): OpeningPrefixes {
  for (let length = PREFIX_LENGTH; length > 0; length--) {
    try {
      return { length, prefixes: new OpeningsParser(source, PREFIX_ALGEBRA, length, GROUPS_READ).parse() };
    } catch {
      // Too many prefixes, or syntax the parser does not read: try fewer symbols, down to none.
    }
  }
  return { length: 0, prefixes: new Set(['']) };
}

/** The prefixes of the groups read so far, by room and source: the patterns share many (months, numbers, units). */
const GROUPS_READ = new Map<string, Prefixes>();

/** The first PREFIX_LENGTH symbols of the text at `start`, as one string. */
export function prefixAt(text: string, start: number): string {
  let prefix = '';
  for (let i = start; i < start + PREFIX_LENGTH; i++) prefix += String.fromCharCode(symbolAt(text, i));
  return prefix;
}

/** Each symbol as a 6-bit number (the alphabet has 62), so that a place's eight make one integer key (48 bits, exact in a double). */
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

// The ASCII codes as symbol indices, for the one lookup per character of prefixKeyAt.
const INDEX_OF_ASCII = Uint8Array.from({ length: 128 }, (_, c) => INDEX_OF_SYMBOL[foldAscii(c)]!);

/**
 * The first PREFIX_LENGTH symbols of the text at `start`, as a number: equal for equal prefixes.
 * Asked at every start word, so it reads codes straight into 6-bit indices (END, past the text, is 0).
 */
export function prefixKeyAt(text: string, start: number): number {
  let key = 0;
  const end = Math.min(text.length, start + PREFIX_LENGTH);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // Arithmetic rather than shifts, which would cut the key to 32 bits.
    key = key * 64 + (c < 128 ? INDEX_OF_ASCII[c]! : INDEX_OF_SYMBOL[wideSymbol(c)]!);
  }
  // (Near the text's end, END fills the missing symbols: a power only there, as Math.pow at every start word costs.)
  return end - start === PREFIX_LENGTH ? key : key * 64 ** (start + PREFIX_LENGTH - Math.max(end, start));
}

/** Whether a match can begin where the text begins with `prefix` (PREFIX_LENGTH symbols, as prefixAt reads them). */
export function mayBeginWith({ length, prefixes }: OpeningPrefixes, prefix: string): boolean {
  for (let i = 0; i <= length; i++) if (prefixes.has(prefix.slice(0, i))) return true;
  return false;
}
