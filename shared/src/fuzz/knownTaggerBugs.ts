// Tagger bugs found by the fuzz suite and reported to the tagger's owner, not fixed yet. The fuzz
// properties pass over inputs that hit them (so they keep finding new bugs), and
// knownTaggerBugs.test.ts pins each with an input that fails today: when a fix lands, that test
// turns red and the entry here is to be removed.
import type { Timex } from '../types';

export interface KnownTaggerBug {
  /** What goes wrong, as reported. */
  name: string;
  hits(timex: Timex): boolean;
}

export const KNOWN_TAGGER_BUGS: readonly KnownTaggerBug[] = [
  {
    // "next year" with a dct of 9999-12-30 → "10000"
    name: 'years after 9999 give five-digit values',
    hits: (timex) => /NaN|e\+|^-|^\d{5}|^\d{2}-\d/.test(timex.value),
  },
];

/** True when a timex shows one of the known tagger bugs. */
export const hitsKnownTaggerBug = (timexes: readonly Timex[]): boolean => timexes.some((timex) => KNOWN_TAGGER_BUGS.some((bug) => bug.hits(timex)));
