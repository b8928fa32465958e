// Words of the lines a page prints around an article (status lines, page footers) and of the
// compounds that a line break may split at their hyphen.

/** A live page's status, as a part of its status line: "Live · Updated 3 hours ago · 24 June 2023". */
export const STATUS_WORDS = ['live', 'live updates', 'breaking', 'breaking news', 'developing', 'developing story', 'as it happened'] as const;

/** Words that open the updated-time part of a status line: "Updated 3 hours ago", "Last updated: 14:05". */
export const UPDATE_WORDS = ['updated', 'last updated', 'last modified'] as const;

/** The word a page footer puts before its number: "Page 3 of 12". */
export const PAGE_WORDS = ['page', 'p.', 'pg.'] as const;

/**
 * Second halves of compounds that never end a plain English word, so "Vilnius-\nbased" broken at a
 * line end keeps its hyphen: "Kremlin-backed", "state-run", "re-elected". Words
 * that end plain words too ("stub-born", "Mon-day", "op-era") are left out.
 */
export const COMPOUND_HEADS = [
  'based', 'backed', 'led', 'run', 'owned', 'controlled', 'funded', 'linked', 'affiliated', 'allied', 'aligned', 'leaning',
  'speaking', 'oriented', 'inspired', 'style', 'wide', 'scale', 'term', 'year', 'month', 'level', 'ranking', 'occupied',
  'annexed', 'imposed', 'elected',
] as const;

/**
 * First halves that make compounds far more often than they open a word a line end may cut:
 * "well-\nknown", "non-\ngovernmental". ("pro-", "post-", "ex-" and "so-" are left out: "pro-test",
 * "post-pone", "ex-ample" and "so-ciety" are cuts of plain words.)
 */
export const COMPOUND_MODIFIERS = ['well', 'self', 'non', 'anti', 'half', 'vice'] as const;
