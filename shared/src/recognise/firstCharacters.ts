// The ASCII characters, and pairs of them, a match of a pattern can begin with, read from the
// pattern's source by a small parser of the regular-expression grammar: the tagger asks at a word
// only the recognisers that can begin with its first two characters. Anything the parser does not
// know counts as "any character", so a pattern is at worst asked everywhere, never skipped where it could match.

/** For each ASCII code, whether a match can begin with it. */
export type FirstCharacters = readonly boolean[];

/** How a match of a pattern can begin, in ASCII: its first character, or its first two. */
export interface Openings {
  first: FirstCharacters;
  /** The characters that are a whole match by themselves: any character may follow them. */
  single: FirstCharacters;
  /** first * 128 + second, for the first two characters of the longer matches. */
  pairs: ReadonlySet<number>;
  /** Whether the pattern can match the empty string, which opens with anything. */
  nullable: boolean;
}

const ASCII = 128;
const none = () => new Array<boolean>(ASCII).fill(false);
const all = () => new Array<boolean>(ASCII).fill(true);

/** What a part of a pattern can begin with; nullable: it may match the empty string, so what follows it may begin the match too. */
interface First {
  chars: boolean[];
  single: boolean[];
  pairs: Set<number>;
  nullable: boolean;
}

// Character sets are shared, never changed once made: the parts below return a set they were given where they can.
const NO_CHARACTERS: boolean[] = none();
const EMPTY: First = { chars: NO_CHARACTERS, single: NO_CHARACTERS, pairs: new Set(), nullable: true };
const characters = (chars: boolean[]): First => ({ chars, single: chars, pairs: EMPTY.pairs, nullable: false });
const isEmpty = (chars: boolean[]) => chars === NO_CHARACTERS || !chars.includes(true);
const or = (a: boolean[], b: boolean[]) => (isEmpty(b) ? a : isEmpty(a) ? b : a.map((x, i) => x || b[i]!));
const union = (a: Set<number>, b: Set<number>) => (b.size === 0 ? a : a.size === 0 ? b : new Set([...a, ...b]));

// Most of a pattern is literal letters: each is read once.
const LITERALS = new Map<number, First>();
function literal(code: number): First {
  if (!LITERALS.has(code)) {
    const chars = none();
    addRange(chars, code, code);
    LITERALS.set(code, characters(chars));
  }
  return LITERALS.get(code)!;
}

/** A part and then another. */
function then(a: First, b: First): First {
  // Once two characters are read, what follows cannot change how the match begins.
  if (!a.nullable && isEmpty(a.single)) return a;
  const following = new Set<number>();
  a.single.forEach((one, c1) => { if (one) b.chars.forEach((two, c2) => { if (two) following.add(c1 * ASCII + c2); }); });
  return {
    chars: a.nullable ? or(a.chars, b.chars) : a.chars,
    single: or(b.nullable ? a.single : NO_CHARACTERS, a.nullable ? b.single : NO_CHARACTERS),
    pairs: union(union(a.pairs, following), a.nullable ? b.pairs : EMPTY.pairs),
    nullable: a.nullable && b.nullable,
  };
}

/** One part or another. */
function either(a: First, b: First): First {
  return { chars: or(a.chars, b.chars), single: or(a.single, b.single), pairs: union(a.pairs, b.pairs), nullable: a.nullable || b.nullable };
}

/**
 * A part repeated at least `min` times, and more when `more`. Two copies tell all the first two
 * characters can be, so longer repeats count as two: that may only add openings, never drop one.
 */
function repeated(part: First, min: number, more: boolean): First {
  let result = EMPTY;
  for (let i = 0; i < Math.min(min, 2); i++) result = then(result, part);
  return more ? then(result, either(EMPTY, either(part, then(part, part)))) : result;
}

/** Under the `i` flag a letter matches both cases; under `u` so do "ſ" (s) and the Kelvin sign (k). */
function addRange(chars: boolean[], from: number, to: number): void {
  for (let c = from; c <= Math.min(to, ASCII - 1); c++) {
    chars[c] = true;
    if (c >= 65 && c <= 90) chars[c + 32] = true;
    if (c >= 97 && c <= 122) chars[c - 32] = true;
  }
  if (from <= 0x17f && to >= 0x17f) addRange(chars, 115, 115);
  if (from <= 0x212a && to >= 0x212a) addRange(chars, 107, 107);
}

const DIGITS: readonly [number, number][] = [[48, 57]];
const SPACES: readonly [number, number][] = [[9, 13], [32, 32], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]];
const WORD_CHARS: readonly [number, number][] = [[48, 57], [65, 90], [95, 95], [97, 122], [0x17f, 0x17f], [0x212a, 0x212a]];
const CONTROL_ESCAPES: Readonly<Record<string, number>> = { n: 10, t: 9, r: 13, f: 12, v: 11, '0': 0 };

/** Reads a pattern source; throws on syntax it does not know, which firstCharacters turns into "any". */
class Parser {
  private at = 0;

  constructor(private readonly source: string) {}

  parse(): First {
    const first = this.disjunction();
    if (this.at !== this.source.length) throw new Error(`unexpected ${this.source[this.at]} at ${this.at}`);
    return first;
  }

  /** The match of a sticky `pattern` where the parser stands, without slicing the rest of the source. */
  private read(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.at;
    return pattern.exec(this.source);
  }

  private peek(offset = 0): string | undefined {
    return this.source[this.at + offset];
  }

  private disjunction(): First {
    let first = this.alternative();
    while (this.peek() === '|') {
      this.at++;
      first = either(first, this.alternative());
    }
    return first;
  }

  private alternative(): First {
    let first = EMPTY;
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') first = then(first, this.term());
    return first;
  }

  private term(): First {
    const atom = this.atom();
    const quantifier = this.quantifier();
    return quantifier ? repeated(atom, quantifier.min, quantifier.more) : atom;
  }

  /** The least count of a quantifier after an atom and whether it allows more, or null when there is none. */
  private quantifier(): { min: number; more: boolean } | null {
    const c = this.peek();
    let quantifier: { min: number; more: boolean } | null = null;
    if (c === '*') quantifier = { min: 0, more: true };
    else if (c === '?') quantifier = { min: 0, more: true };
    else if (c === '+') quantifier = { min: 1, more: true };
    else if (c === '{') {
      const braces = this.read(/\{(\d+)(,(\d*))?\}/y);
      if (!braces) throw new Error(`a lone { at ${this.at}`);
      this.at += braces[0].length - 1;
      quantifier = { min: Number(braces[1]), more: braces[2] !== undefined && braces[3] !== braces[1] };
    }
    if (quantifier === null) return null;
    this.at++;
    if (this.peek() === '?') this.at++;
    return quantifier;
  }

  private atom(): First {
    const c = this.source[this.at]!;
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '^' || c === '$') {
      this.at++;
      return EMPTY;
    }
    if (c === '.') {
      this.at++;
      return characters(all());
    }
    if (c === '\\') return this.atomEscape();
    if ('*+?{}])|'.includes(c)) throw new Error(`unexpected ${c} at ${this.at}`);
    const code = this.source.codePointAt(this.at)!;
    this.at += code > 0xffff ? 2 : 1;
    return literal(code);
  }

  private group(): First {
    const opener = this.read(/\((?:\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>))?/y)![0];
    this.at += opener.length;
    const inner = this.disjunction();
    if (this.peek() !== ')') throw new Error(`an unclosed group at ${this.at}`);
    this.at++;
    // A lookaround consumes nothing: the match begins with what comes after it.
    const lookaround = opener === '(?=' || opener === '(?!' || opener === '(?<=' || opener === '(?<!';
    return lookaround ? EMPTY : inner;
  }

  private atomEscape(): First {
    const c = this.source[this.at + 1];
    if (c === 'b' || c === 'B') {
      this.at += 2;
      return EMPTY;
    }
    const chars = none();
    for (const [from, to] of this.classEscape()) addRange(chars, from, to);
    return characters(chars);
  }

  /** The ranges an escape (at `\`) stands for; a property or a negated class counts as every character. */
  private classEscape(): readonly [number, number][] {
    const c = this.source[this.at + 1];
    if (c === undefined) throw new Error('a pattern that ends in \\');
    if (c === 'p' || c === 'P') {
      const property = this.read(/\\[pP]\{[^}]*\}/y);
      if (!property) throw new Error(`a property without braces at ${this.at}`);
      this.at += property[0].length;
      return [[0, 0x10ffff]];
    }
    this.at += 2;
    if (c === 'd') return DIGITS;
    if (c === 's') return SPACES;
    if (c === 'w') return WORD_CHARS;
    if (c === 'D' || c === 'S' || c === 'W') return [[0, 0x10ffff]];
    if (c in CONTROL_ESCAPES && !(c === '0' && /\d/.test(this.peek() ?? ''))) return [[CONTROL_ESCAPES[c]!, CONTROL_ESCAPES[c]!]];
    if (c === 'x' || c === 'u') {
      const hex = this.read(/(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))/y);
      const pair = c === 'x' ? this.read(/[0-9a-fA-F]{2}/y) : null;
      const digits = c === 'x' ? pair?.[0] : hex?.[1] ?? hex?.[2];
      if (!digits) throw new Error(`a bad \\${c} escape at ${this.at}`);
      this.at += c === 'x' ? 2 : hex![0].length;
      const code = Number.parseInt(digits, 16);
      return [[code, code]];
    }
    // Back references, control letters and digits: not worth reading, so any character.
    if (/[1-9kc]/.test(c)) throw new Error(`an escape \\${c} this parser does not read`);
    // Any other escape stands for its character: \. \- \/ \( \\ and the like.
    const code = c.codePointAt(0)!;
    return [[code, code]];
  }

  private characterClass(): First {
    this.at++;
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const ranges: [number, number][] = [];
    while (this.peek() !== ']') {
      if (this.at >= this.source.length) throw new Error('an unclosed character class');
      const from = this.classAtom();
      if (this.peek() === '-' && this.peek(1) !== ']' && from.length === 1 && from[0]![0] === from[0]![1]) {
        this.at++;
        const to = this.classAtom();
        if (to.length !== 1 || to[0]![0] !== to[0]![1]) throw new Error(`a range to a class at ${this.at}`);
        ranges.push([from[0]![0], to[0]![0]]);
      } else ranges.push(...from);
    }
    this.at++;
    const chars = negated ? all() : none();
    if (!negated) for (const [from, to] of ranges) addRange(chars, from, to);
    return characters(chars);
  }

  private classAtom(): readonly [number, number][] {
    if (this.peek() === '\\') {
      // Inside a class \b is the backspace character.
      if (this.peek(1) === 'b') {
        this.at += 2;
        return [[8, 8]];
      }
      return this.classEscape();
    }
    const code = this.source.codePointAt(this.at)!;
    this.at += code > 0xffff ? 2 : 1;
    return [[code, code]];
  }
}

const EVERYTHING: Openings = { first: all(), single: all(), pairs: new Set(), nullable: true };

/** How a match of `source` (compiled with the `i` and `u` flags) can begin. */
export function openings(source: string): Openings {
  try {
    const { chars, single, pairs, nullable } = new Parser(source).parse();
    return nullable ? EVERYTHING : { first: chars, single, pairs, nullable };
  } catch {
    return EVERYTHING;
  }
}

/** The ASCII characters a match of `source` (compiled with the `i` and `u` flags) can begin with. */
export const firstCharacters = (source: string): FirstCharacters => openings(source).first;
