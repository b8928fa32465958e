// Lines a page prints around an article, never its text: page footers of a PDF copy ("Page 3 of 12
// hrw.org", "3 | Human Rights Watch"), a live page's status line ("Live · Updated 3 hours ago ·
// 24 June 2023") and editors' notes on the article ("Correction, 28 January 2025: …"). Bylines are byline.ts's.
import {
  EDITORIAL_NOTE_CHANGES, EDITORIAL_NOTE_LABELS, EDITORIAL_NOTE_SUBJECTS, PAGE_WORDS, SITE_CHROME_LINES, SITE_CHROME_OPENINGS,
  STATUS_WORDS, TAIL_HEADINGS, UPDATE_WORDS,
} from '../lexicon/en/pageFurniture';
import { alternation } from '../recognise/patterns';
import { tagTimexes } from '../tagTimexes';

/** Furniture is short: a longer line is text, whatever it opens with. */
const MAX_FURNITURE = 80;


// The publication beside a page number: a name ("Human Rights Watch") or a web address ("hrw.org"), not a sentence.
const PUBLICATION = String.raw`(?:\p{Lu}[^.!?|]{0,50}|[\w-]+(?:\.[\w-]+)*\.\p{Ll}{2,}(?:/\S*)?)`;
const PAGE_FOOTERS = [
  // "Page 3 of 12", "Page 3 of 12   hrw.org", "p. 3/12"
  new RegExp(`^(?:${alternation(PAGE_WORDS)})\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?(?:\\s+${PUBLICATION})?$`, 'iu'),
  // "3 | Human Rights Watch", "Human Rights Watch | 3"
  new RegExp(`^\\d{1,4}\\s*[|·•]\\s*${PUBLICATION}$`, 'u'),
  new RegExp(`^${PUBLICATION}\\s*[|·•]\\s*\\d{1,4}$`, 'u'),
  // "3", "- 3 -": a lone number of up to three digits (four could be a year heading a chronology).
  /^[-–—]?\s*\d{1,3}\s*[-–—]?$/,
];

/** True for a folded line that is a page's footer or header. */
export function isPageFooter(line: string): boolean {
  return line.length <= MAX_FURNITURE && PAGE_FOOTERS.some((footer) => footer.test(line));
}

const STATUS_PART = new RegExp(`^(?:${alternation(STATUS_WORDS)})$`, 'i');
const UPDATE_PART = new RegExp(`^(?:${alternation(UPDATE_WORDS)})\\b`, 'i');

/** True for a live page's status line: its parts, between "·" or "|", are a status, an update time or a date. */
export function isStatusLine(line: string): boolean {
  if (line.length > MAX_FURNITURE) return false;
  const parts = line.split(/\s*[·|•]\s*/).filter(Boolean);
  const isStatus = (part: string) => STATUS_PART.test(part) || UPDATE_PART.test(part);
  return parts.some(isStatus) && parts.every((part) => isStatus(part) || isDateOrTime(part));
}

function isDateOrTime(part: string): boolean {
  const covered = tagTimexes(part).reduce((sum, t) => sum + t.end - t.start, 0);
  return covered > 0 && covered >= part.length * 0.5;
}

const CHROME_LINE = new RegExp(`^(?:${alternation(SITE_CHROME_LINES)})$|^(?:${alternation(SITE_CHROME_OPENINGS)})\\s`, 'iu');

/** True for a line of a site's chrome: a link to skip, share or log in, a "Read more: …" or a photo caption. */
export function isSiteChrome(line: string): boolean {
  return line.length <= 240 && CHROME_LINE.test(line);
}

/**
 * The lines without the site's menu that a page pasted whole opens with: a run of three or more
 * lines of one or two words ("Menu", "News", "World", "Business") among its first twenty.
 */
export function withoutMenu(lines: string[]): string[] {
  const short = (line: string) => /^\S+(?:\s\S+)?$/.test(line) && !/[.!?:;,]$/.test(line);
  for (let start = 0; start < Math.min(lines.length, 20); start++) {
    let end = start;
    while (end < lines.length && short(lines[end]!)) end++;
    if (end - start >= 3) return [...lines.slice(0, start), ...lines.slice(end)];
    start = end;
  }
  return lines;
}

// What follows the article on a page or in a press release: comments, links to other stories, the
// boilerplate about the company, contacts and the copyright line.
const TAIL_OPENERS = [
  // "Comments (34)", "Related stories", "Forward-looking statements", "Media contact:", "###"
  new RegExp(`^(?:${alternation(TAIL_HEADINGS)})(?:\\s*\\(\\d+\\))?:?$`, 'iu'),
  // "About NordPay", "About Baltic Growth Partners" (capitalised: "About 200 people were detained." is text)
  /^About\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&.'’-]*|of|and|&)){0,5}:?$/u,
  // "SOURCE NordPay": the sign-off of a PR Newswire release (in capitals: "Source: Reuters" credits a quote).
  /^SOURCE\s+\p{Lu}[^.!?]{0,60}$/u,
  // "This press release contains forward-looking statements, …": safe-harbour boilerplate without its heading.
  /^(?:this|the)\s+(?:press\s+|news\s+)?release\s+(?:contains|includes|may\s+contain)\s+forward-looking\s+statements\b/i,
];

/** The lines without what follows the article: from a tail heading in the text's second half ("Comments", "About NordPay"), and "© 2023 …". */
export function withoutPageTail(lines: string[]): string[] {
  const tail = lines.findIndex((line, i) => i >= lines.length / 2 && TAIL_OPENERS.some((opener) => opener.test(line)));
  return (tail < 0 ? lines : lines.slice(0, tail)).filter((line) => !/^(?:©|\(c\)\s|copyright\s)/i.test(line));
}

const NOTE_LABEL = new RegExp(`^(?:${alternation(EDITORIAL_NOTE_LABELS)})(?:\\s*[,(–—]\\s*(?<when>[^:()]{1,40}?)\\s*\\)?)?\\s*:\\s`, 'iu');
const NOTE_SUBJECT = `this\\s+(?:${alternation(EDITORIAL_NOTE_SUBJECTS)})`;
const NOTE_CHANGE = `(?:${alternation(EDITORIAL_NOTE_CHANGES)})`;
const NOTE_SENTENCE = new RegExp(
  // "This article was updated on …", "This story has been amended …", "This article was also amended …"
  `^${NOTE_SUBJECT}\\s+(?:was|has\\s+been)\\s+(?:\\p{L}+ly\\s+|also\\s+|last\\s+)?${NOTE_CHANGE}\\b` +
  // "An earlier version of this story misstated …"
  `|^an?\\s+(?:earlier|previous)\\s+version\\s+of\\s+${NOTE_SUBJECT}\\b` +
  // "Last updated on 2 February 2022", "Updated: 14:10" (not "Updated 3 hours ago", a live page's status line)
  `|^(?:${alternation(UPDATE_WORDS)})(?:\\s+on\\s|\\s+at\\s|\\s*:)`,
  'iu',
);

/** How many paragraphs at each end of a text an editor's note may stand in. */
const NOTE_REACH = 3;

/**
 * True for an editor's note on the article: a label ("Correction:", "Correction, 28 January 2025:",
 * "Editor's note:") or a sentence about the text itself ("This article was updated on …"). Its dates
 * are the newsroom's, and the date it says was wrong is worse than none. "Correction officers said …" is text.
 */
export function isEditorialNote(paragraph: string): boolean {
  const label = NOTE_LABEL.exec(paragraph);
  if (label) return !label.groups?.when || isDateOrTime(label.groups.when);
  return NOTE_SENTENCE.test(paragraph);
}

/** The paragraphs without the editors' notes among the first and last few, where editors put them. */
export function withoutEditorialNotes(paragraphs: readonly string[]): string[] {
  return paragraphs.filter((p, i) => (i >= NOTE_REACH && i < paragraphs.length - NOTE_REACH) || !isEditorialNote(p));
}
