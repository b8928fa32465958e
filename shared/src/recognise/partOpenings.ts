// What a part of a regular expression can begin with, in ASCII: its first characters, the pairs of
// first two characters, and the characters that are a whole match alone, combined part by part as
// the pattern is read (a part then another, one or another, a part repeated). Over-approximations
// only: a combination may add openings, never drop one.

const ASCII = 128;
export const none = () => new Array<boolean>(ASCII).fill(false);
export const all = () => new Array<boolean>(ASCII).fill(true);

/** What a part of a pattern can begin with; nullable: it may match the empty string, so what follows it may begin the match too. */
export interface PartOpenings {
  chars: boolean[];
  single: boolean[];
  pairs: Set<number>;
  nullable: boolean;
}

// Character sets are shared, never changed once made: the parts below return a set they were given where they can.
const NO_CHARACTERS: boolean[] = none();
export const EMPTY: PartOpenings = { chars: NO_CHARACTERS, single: NO_CHARACTERS, pairs: new Set(), nullable: true };
export const characters = (chars: boolean[]): PartOpenings => ({ chars, single: chars, pairs: EMPTY.pairs, nullable: false });
const isEmpty = (chars: boolean[]) => chars === NO_CHARACTERS || !chars.includes(true);
const or = (a: boolean[], b: boolean[]) => (isEmpty(b) ? a : isEmpty(a) ? b : a.map((x, i) => x || b[i]!));
const union = (a: Set<number>, b: Set<number>) => (b.size === 0 ? a : a.size === 0 ? b : new Set([...a, ...b]));

// Most of a pattern is literal letters: each is read once.
const LITERALS = new Map<number, PartOpenings>();
export function literal(code: number): PartOpenings {
  if (!LITERALS.has(code)) {
    const chars = none();
    addRange(chars, code, code);
    LITERALS.set(code, characters(chars));
  }
  return LITERALS.get(code)!;
}

/** A part and then another. (Not named `then`: a module exporting `then` is taken for a promise when imported dynamically.) */
export function followedBy(a: PartOpenings, b: PartOpenings): PartOpenings {
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
export function either(a: PartOpenings, b: PartOpenings): PartOpenings {
  return { chars: or(a.chars, b.chars), single: or(a.single, b.single), pairs: union(a.pairs, b.pairs), nullable: a.nullable || b.nullable };
}

/**
 * A part repeated at least `min` times, and more when `more`. Two copies tell all the first two
 * characters can be, so longer repeats count as two: that may only add openings, never drop one.
 */
export function repeated(part: PartOpenings, min: number, more: boolean): PartOpenings {
  let result = EMPTY;
  for (let i = 0; i < Math.min(min, 2); i++) result = followedBy(result, part);
  return more ? followedBy(result, either(EMPTY, either(part, followedBy(part, part)))) : result;
}

/** Under the `i` flag a letter matches both cases; under `u` so do "ſ" (s) and the Kelvin sign (k). */
export function addRange(chars: boolean[], from: number, to: number): void {
  for (let c = from; c <= Math.min(to, ASCII - 1); c++) {
    chars[c] = true;
    if (c >= 65 && c <= 90) chars[c + 32] = true;
    if (c >= 97 && c <= 122) chars[c - 32] = true;
  }
  if (from <= 0x17f && to >= 0x17f) addRange(chars, 115, 115);
  if (from <= 0x212a && to >= 0x212a) addRange(chars, 107, 107);
}
