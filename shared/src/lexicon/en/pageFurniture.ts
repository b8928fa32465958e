// Words of the lines a page prints around an article (status lines, page footers) and of the
// compounds that a line break may split at their hyphen.

/** A live page's status, as a part of its status line: "Live · Updated 3 hours ago · 24 June 2023". */
export const STATUS_WORDS = ['live', 'live updates', 'breaking', 'breaking news', 'developing', 'developing story', 'as it happened'] as const;

/** Words that open the updated-time part of a status line: "Updated 3 hours ago", "Last updated: 14:05". */
export const UPDATE_WORDS = ['updated', 'last updated', 'last modified'] as const;

/** Lines of a site's chrome, pasted with an article from a web page: "Skip to main content", "Share on X". */
export const SITE_CHROME_LINES = [
  'skip to main content', 'skip to content', 'menu', 'search', 'subscribe', 'log in', 'login', 'sign in', 'sign up',
  'register', 'share', 'share on facebook', 'share on x', 'share on twitter', 'share on linkedin', 'share by email',
  'share this article', 'copy link', 'advertisement', 'related stories', 'related articles', 'most read', 'comments',
  'newsletter', 'listen to this article', 'print', 'for immediate release',
] as const;

/** Openings of such lines that lead elsewhere or caption a picture: "Read more: …", "Photo: … (AP)". */
export const SITE_CHROME_OPENINGS = ['read more:', 'related:', 'see also:', 'photo:', 'photograph:', 'image:', 'watch:'] as const;

/**
 * Headings of what follows an article, on a page or in a press release: from one of them in the text's
 * second half on, nothing is the story's ("Comments (34)", "About NordPay" is a pattern of its own).
 */
export const TAIL_HEADINGS = [
  'comments', 'comment', 'related', 'related stories', 'related articles', 'related content', 'most read', 'more on this story',
  'forward-looking statements', 'cautionary statement regarding forward-looking statements', 'safe harbor statement',
  'safe harbour statement', 'media contact', 'media contacts', 'press contact', 'press contacts', 'investor contact',
  'investor contacts', 'contact', 'contacts', 'notes to editors', 'note to editors', 'about the author', '###', '-30-',
] as const;

/** Labels of an editor's note on the article itself: "Correction, 28 January 2025: …", "Editor's note: …". */
export const EDITORIAL_NOTE_LABELS = [
  'correction', 'corrections', 'clarification', 'clarifications', "editor's note", 'editor’s note', "editors' note", 'editors’ note',
  'editorial note', 'note to readers',
] as const;

/** What such a note calls the text it is about: "This article was updated on …", "An earlier version of this story …". */
export const EDITORIAL_NOTE_SUBJECTS = ['article', 'story', 'report', 'piece', 'post', 'page'] as const;

/** What a note says was done to the text: "This story has been amended …", "Last modified on …". */
export const EDITORIAL_NOTE_CHANGES = ['updated', 'amended', 'corrected', 'changed', 'edited', 'modified', 'clarified', 'revised'] as const;

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
