// The ASCII characters, and pairs of them, a match of a pattern can begin with, read from the
// pattern's source (openingsParser.ts): the tagger asks at a word only the recognisers that can
// begin with its first two characters. Anything the parser does not know counts as "any
// character", so a pattern is at worst asked everywhere, never skipped where it could match.
import { OpeningsParser } from './openingsParser';
import { all } from './partOpenings';

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

const EVERYTHING: Openings = { first: all(), single: all(), pairs: new Set(), nullable: true };

/** How a match of `source` (compiled with the `i` and `u` flags) can begin. */
export function openings(source: string): Openings {
  try {
    const { chars, single, pairs, nullable } = new OpeningsParser(source).parse();
    return nullable ? EVERYTHING : { first: chars, single, pairs, nullable };
  } catch {
    return EVERYTHING;
  }
}

/** The ASCII characters a match of `source` (compiled with the `i` and `u` flags) can begin with. */
export const firstCharacters = (source: string): FirstCharacters => openings(source).first;
