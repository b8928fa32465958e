// The ASCII characters a match of a pattern can begin with, read from the pattern's source by a
// small parser of the regular-expression grammar: the tagger asks at a word only the recognisers
// that can begin with its first character. Anything the parser does not know counts as "any
// character", so a pattern is at worst asked everywhere, never skipped where it could match.

/** For each ASCII code, whether a match can begin with it. */
export type FirstCharacters = readonly boolean[];

const ASCII = 128;
const none = () => new Array<boolean>(ASCII).fill(false);
const all = () => new Array<boolean>(ASCII).fill(true);

interface First {
  chars: boolean[];
  /** The part may match the empty string, so what follows it may begin the match too. */
  nullable: boolean;
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

  private peek(offset = 0): string | undefined {
    return this.source[this.at + offset];
  }

  private disjunction(): First {
    const first = this.alternative();
    while (this.peek() === '|') {
      this.at++;
      const next = this.alternative();
      next.chars.forEach((c, i) => { if (c) first.chars[i] = true; });
      first.nullable ||= next.nullable;
    }
    return first;
  }

  private alternative(): First {
    const chars = none();
    let nullable = true;
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const term = this.term();
      if (nullable) term.chars.forEach((c, i) => { if (c) chars[i] = true; });
      nullable &&= term.nullable;
    }
    return { chars, nullable };
  }

  private term(): First {
    const atom = this.atom();
    const min = this.quantifierMin();
    return min === null ? atom : { chars: atom.chars, nullable: atom.nullable || min === 0 };
  }

  /** The least count of a quantifier after an atom, or null when there is none. */
  private quantifierMin(): number | null {
    const c = this.peek();
    let min: number | null = null;
    if (c === '*' || c === '?') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{') {
      const quantifier = /^\{(\d+)(?:,\d*)?\}/.exec(this.source.slice(this.at));
      if (!quantifier) throw new Error(`a lone { at ${this.at}`);
      this.at += quantifier[0].length - 1;
      min = Number(quantifier[1]);
    }
    if (min === null) return null;
    this.at++;
    if (this.peek() === '?') this.at++;
    return min;
  }

  private atom(): First {
    const c = this.source[this.at]!;
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '^' || c === '$') {
      this.at++;
      return { chars: none(), nullable: true };
    }
    if (c === '.') {
      this.at++;
      return { chars: all(), nullable: false };
    }
    if (c === '\\') return this.atomEscape();
    if ('*+?{}])|'.includes(c)) throw new Error(`unexpected ${c} at ${this.at}`);
    const code = this.source.codePointAt(this.at)!;
    this.at += code > 0xffff ? 2 : 1;
    const chars = none();
    addRange(chars, code, code);
    return { chars, nullable: false };
  }

  private group(): First {
    const opener = /^\((?:\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>))?/.exec(this.source.slice(this.at))![0];
    this.at += opener.length;
    const inner = this.disjunction();
    if (this.peek() !== ')') throw new Error(`an unclosed group at ${this.at}`);
    this.at++;
    // A lookaround consumes nothing: the match begins with what comes after it.
    const lookaround = opener === '(?=' || opener === '(?!' || opener === '(?<=' || opener === '(?<!';
    return lookaround ? { chars: none(), nullable: true } : inner;
  }

  private atomEscape(): First {
    const c = this.source[this.at + 1];
    if (c === 'b' || c === 'B') {
      this.at += 2;
      return { chars: none(), nullable: true };
    }
    const chars = none();
    for (const [from, to] of this.classEscape()) addRange(chars, from, to);
    return { chars, nullable: false };
  }

  /** The ranges an escape (at `\`) stands for; a property or a negated class counts as every character. */
  private classEscape(): readonly [number, number][] {
    const c = this.source[this.at + 1];
    if (c === undefined) throw new Error('a pattern that ends in \\');
    if (c === 'p' || c === 'P') {
      const property = /^\\[pP]\{[^}]*\}/.exec(this.source.slice(this.at));
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
      const hex = /^(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))/.exec(this.source.slice(this.at));
      const pair = c === 'x' ? /^[0-9a-fA-F]{2}/.exec(this.source.slice(this.at)) : null;
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
    return { chars, nullable: false };
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

/** The ASCII characters a match of `source` (compiled with the `i` and `u` flags) can begin with. */
export function firstCharacters(source: string): FirstCharacters {
  try {
    const first = new Parser(source).parse();
    // A pattern that can match the empty string begins with anything.
    return first.nullable ? all() : first.chars;
  } catch {
    return all();
  }
}
