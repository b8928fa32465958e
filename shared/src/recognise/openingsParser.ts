// A small parser of the regular-expression grammar (as the recognisers' patterns use it) that reads
// what a match of a pattern can begin with, combining its parts in an algebra the caller gives
// (openingPrefixes.ts: its first few characters). It throws on syntax it does not know, which the
// caller turns into "anything", so a pattern is never skipped where it could match.

const DIGITS: Ranges = [[48, 57]];
export const SPACES: Ranges = [[9, 13], [32, 32], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]];
const WORD_CHARS: Ranges = [[48, 57], [65, 90], [95, 95], [97, 122], [0x17f, 0x17f], [0x212a, 0x212a]];
const CONTROL_ESCAPES: Readonly<Record<string, number>> = { n: 10, t: 9, r: 13, f: 12, v: 11, '0': 0 };

/**
 * Nothing but the ends of groups, with no quantifier after them, and negative lookarounds without groups of their own (which
 * consume nothing: "[1-9](?=\s+tonight)(?![\p{L}\p{N}])"): what stands after a part that ends every match it is in.
 */
const ONLY_CLOSING = /^(?:\)|\(\?<?![^()]*\))*$/;

/** Code-point ranges, as the parser reads a character, a class or an escape. */
export type Ranges = readonly (readonly [number, number])[];

const EVERY_CODE: Ranges = [[0, 0x10ffff]];

/**
 * How the parts of a pattern combine into what its matches can begin with (matched with the `i` and `u` flags), read to
 * some number of characters: `room` is how many of them a part can still decide, after what comes before it.
 */
export interface OpeningsAlgebra<T> {
  /** A part that consumes nothing: a lookaround, an anchor, an empty alternative. */
  empty: T;
  /** One character of the ranges. */
  characters(ranges: Ranges): T;
  followedBy(a: T, b: T, room: number): T;
  either(parts: readonly T[]): T;
  repeated(part: T, min: number, more: boolean, room: number): T;
  /** The room a part leaves for what follows it (0: nothing after it can change how its matches begin, and the parser reads on without combining). */
  roomAfter(part: T, room: number): number;
}

/** Reads a pattern source; throws on syntax it does not know, which callers turn into "any". */
export class OpeningsParser<T> {
  private at = 0;
  /** Inside a part read only to step over it, as what comes before it settles the openings. */
  private skipping = 0;

  /**
   * @param room how many characters the openings are read to
   * @param groups what the groups read so far came to, by their room and inner source: the patterns share their vocabulary's
   * alternations (months, numbers, units), which a caller reading many patterns with one algebra then reads once.
   */
  constructor(
    private readonly source: string,
    private readonly algebra: OpeningsAlgebra<T>,
    private readonly room: number,
    private readonly groups: Map<string, T> = new Map(),
  ) {}

  parse(): T {
    const first = this.disjunction(this.room);
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

  private disjunction(room: number): T {
    const alternatives = [this.alternative(room)];
    while (this.peek() === '|') {
      this.at++;
      alternatives.push(this.alternative(room));
    }
    return this.skipping ? this.algebra.empty : this.algebra.either(alternatives);
  }

  private alternative(room: number): T {
    let first = this.algebra.empty;
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      // A term is read only as far as what comes before it leaves room: "the\s+(?:next|past)" reads its group to two fewer.
      const termRoom = this.skipping ? 0 : this.algebra.roomAfter(first, room);
      if (this.skipping || termRoom > 0) {
        const term = this.term(termRoom);
        if (!this.skipping) first = this.algebra.followedBy(first, term, room);
        continue;
      }
      // The rest of the alternative is stepped over: "every" settles how "every\s+(?<n>…)…" begins.
      this.skipping++;
      this.term(0);
      this.skipping--;
    }
    return first;
  }

  private term(room: number): T {
    const atom = this.atom(room);
    const quantifier = this.quantifier();
    return quantifier && !this.skipping ? this.algebra.repeated(atom, quantifier.min, quantifier.more, room) : atom;
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

  private atom(room: number): T {
    const c = this.source[this.at]!;
    if (c === '(') return this.group(room);
    if (c === '[') return this.characterClass();
    if (c === '^' || c === '$') {
      this.at++;
      return this.algebra.empty;
    }
    if (c === '.') {
      this.at++;
      return this.algebra.characters(EVERY_CODE);
    }
    if (c === '\\') return this.atomEscape();
    if ('*+?{}])|'.includes(c)) throw new Error(`unexpected ${c} at ${this.at}`);
    const code = this.source.codePointAt(this.at)!;
    this.at += code > 0xffff ? 2 : 1;
    return this.algebra.characters([[code, code]]);
  }

  private group(room: number): T {
    const opener = this.read(/\((?:\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>))?/y)![0];
    this.at += opener.length;
    const inner = this.skipping ? this.disjunction(room) : this.innerOfGroup(room);
    if (this.peek() !== ')') throw new Error(`an unclosed group at ${this.at}`);
    this.at++;
    // A lookahead that ends the pattern ("10" of "10 and 11 November"), or the last alternative of groups that end it ("146" of
    // "146 to 140 BC"), tells what the text goes on with, as if read.
    if (opener === '(?=' && ONLY_CLOSING.test(this.source.slice(this.at))) return inner;
    // Any other lookaround consumes nothing: the match begins with what comes after it.
    const lookaround = opener === '(?=' || opener === '(?!' || opener === '(?<=' || opener === '(?<!';
    return lookaround ? this.algebra.empty : inner;
  }

  /** What the group whose inside starts here comes to, read once for every pattern with the same group in the same room. */
  private innerOfGroup(room: number): T {
    const end = closingParenthesis(this.source, this.at);
    // A lookahead inside reads as what follows it when it ends the pattern, which depends on where the group stands.
    const inside = end < 0 ? '' : this.source.slice(this.at, end);
    const key = end < 0 || inside.includes('(?=') ? null : `${room}:${inside}`;
    const known = key === null ? undefined : this.groups.get(key);
    if (known !== undefined) {
      this.at = end;
      return known;
    }
    const inner = this.disjunction(room);
    if (key !== null && this.at === end) this.groups.set(key, inner);
    return inner;
  }

  private atomEscape(): T {
    const c = this.source[this.at + 1];
    if (c === 'b' || c === 'B') {
      this.at += 2;
      return this.algebra.empty;
    }
    return this.algebra.characters(this.classEscape());
  }

  /** The ranges an escape (at `\`) stands for; a property or a negated class counts as every character. */
  private classEscape(): Ranges {
    const c = this.source[this.at + 1];
    if (c === undefined) throw new Error('a pattern that ends in \\');
    if (c === 'p' || c === 'P') {
      const property = this.read(/\\[pP]\{[^}]*\}/y);
      if (!property) throw new Error(`a property without braces at ${this.at}`);
      this.at += property[0].length;
      return EVERY_CODE;
    }
    this.at += 2;
    if (c === 'd') return DIGITS;
    if (c === 's') return SPACES;
    if (c === 'w') return WORD_CHARS;
    if (c === 'D' || c === 'S' || c === 'W') return EVERY_CODE;
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

  private characterClass(): T {
    this.at++;
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const ranges: (readonly [number, number])[] = [];
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
    return this.algebra.characters(negated ? EVERY_CODE : ranges);
  }

  private classAtom(): Ranges {
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

/** Where the group whose inside starts at source[from] closes: the index of its ")", -1 if it never does. */
function closingParenthesis(source: string, from: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && depth-- === 0) return i;
  }
  return -1;
}
