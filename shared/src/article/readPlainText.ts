// Reads plain text: pasted articles, hard-wrapped text and copies from PDFs. The steps, in order:
// page footers go first, so a paragraph cut by a page break joins again; then lines become
// paragraphs; then the header (headline, byline, date and status lines) is taken apart from the text.
import type { Article } from '../types';
import { isByline } from './byline';
import { createLineJoiner, type LineJoiner } from './lineJoiner';
import { listItem } from './listItem';
import { isPageFooter, isSiteChrome, isStatusLine, withoutMenu, withoutPageTail } from './pageFurniture';
import { findDateLine, toIsoDay } from './publicationDate';

const MAX_TITLE = 160;

export function readPlainText(raw: string): Article {
  const lines = withoutMenu(withoutPageTail(raw.split('\n').map(foldLine)).filter((line) => !isPageFooter(line) && !isSiteChrome(line)));
  const joiner = createLineJoiner(raw);
  const paragraphs = toParagraphs(lines, joiner);
  return readHeader(paragraphs);
}

// Paragraphs are separated by blank lines when there are any (lines within one are re-joined, as in
// hard-wrapped text); otherwise every line is a paragraph. Either way a list item opens a paragraph.
function toParagraphs(lines: string[], joiner: LineJoiner): string[] {
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line) blocks.at(-1)!.push(line);
    else if (blocks.at(-1)!.length) blocks.push([]);
  }
  const filled = blocks.filter((block) => block.length > 0);
  if (filled.length <= 1) return blockParagraphs(filled[0] ?? [], false, joiner);
  const [first, ...rest] = filled;
  // "By Ihar Karnei" above "10 July 2024", a block of their own under the headline: a header too.
  const opensWithByline = (block: string[], i: number) => i < 2 && isByline(block[0]!);
  return [
    ...headerParagraphs(first!, joiner),
    ...rest.flatMap((block, i) => (opensWithByline(block, i) ? headerParagraphs(block, joiner) : blockParagraphs(block, true, joiner))),
  ];
}

// A headline (or a byline) with a byline or date line below it is a header, not one hard-wrapped
// paragraph: the lines above join, and each line from the first byline, date or status line on stands apart.
function headerParagraphs(block: string[], joiner: LineJoiner): string[] {
  const at = block.findIndex((line, i) => i > 0 && i < 4 && isHeaderLine(line));
  if (at < 0) return blockParagraphs(block, true, joiner);
  return [...blockParagraphs(block.slice(0, at), true, joiner), ...blockParagraphs(block.slice(at), false, joiner)];
}

/** A byline, a status line, or a date line that ends in its date ("August 9, 2020, the" ends a wrapped line). */
const isHeaderLine = (line: string) => isByline(line) || isStatusLine(line) || (!!findDateLine([line]) && !/\p{Ll}$/u.test(line));

/**
 * The paragraphs of a block of lines: one, re-joined, when `wrapped`, else one per line (a word cut at
 * a line end is mended either way). A line that opens a list item opens a paragraph, without its
 * marker, when it is the block's first or another line of the block opens an item of that list too.
 */
function blockParagraphs(lines: string[], wrapped: boolean, joiner: LineJoiner): string[] {
  const items = lines.map(listItem);
  const itemsOfKind = new Map<string, number>();
  for (const item of items) if (item) itemsOfKind.set(item.kind, (itemsOfKind.get(item.kind) ?? 0) + 1);
  // Each paragraph as its lines and the gaps between them, joined once at the end: a block of many
  // lines costs what its length does.
  const paragraphs: string[][] = [];
  lines.forEach((line, i) => {
    const item = items[i];
    const opensItem = !!item && (i === 0 || !wrapped || itemsOfKind.get(item.kind)! >= 2);
    const text = opensItem ? item.text : line;
    const pieces = paragraphs.at(-1);
    const last = pieces?.at(-1);
    if (pieces && last !== undefined && !opensItem && (wrapped || joiner.continuesWord(last, text))) {
      const { before, gap } = joiner.seam(last, text);
      pieces[pieces.length - 1] = before;
      pieces.push(gap, text);
    } else paragraphs.push([text]);
  });
  return paragraphs.map((pieces) => pieces.join(''));
}

// The first paragraph is the headline when it is short and ends without a sentence's punctuation, or
// when a byline or date line follows it ("Opinion: The West forgets Belarus. That is a mistake.").
function readHeader(all: string[]): Article {
  let paragraphs = all;
  let title: string | undefined;
  const [first = '', ...rest] = paragraphs;
  const headed = !/[.!?:;,"”]$/.test(first) || rest.slice(0, 2).some((p) => isByline(p) || isStatusLine(p) || findDateLine([p]));
  if (rest.length > 0 && first.length <= MAX_TITLE && headed && !isHeaderLine(first)) {
    title = first;
    paragraphs = rest;
  }
  const dateLine = findDateLine(paragraphs.slice(0, 3));
  if (dateLine) {
    // "By Jane Doe" on the line above the date belongs to it, as when the two share a line.
    const byline = dateLine.index > 0 && isByline(paragraphs[dateLine.index - 1]!) ? dateLine.index - 1 : dateLine.index;
    paragraphs = paragraphs.filter((_, i) => i < byline || i > dateLine.index);
  }
  // "Live · Updated 3 hours ago" at the top is the page's, not the story's.
  paragraphs = paragraphs.filter((p, i) => i >= 3 || !isStatusLine(p));
  const wire = dateline(paragraphs.slice(0, 2));
  return { title, source: wire?.source, publicationDate: dateLine?.date ?? wire?.date, text: paragraphs.join('\n') };
}

// A wire story's or press release's dateline, in its lead: "RIGA, 7 November 2024 (Baltic Business Wire) —",
// "VILNIUS, Lithuania, March 3, 2023 /PRNewswire/ --". The place in capitals, perhaps its country, the
// date, perhaps the agency in brackets or slashes, then a dash.
const WIRE_DATELINE = /^\p{Lu}[\p{Lu} .'’-]{1,40},\s+(?:\p{Lu}[\p{L} .'’-]{1,30},\s+)?(?<date>[^()/\n–—]{4,30}?)\s*(?:\((?<bracketed>[^()]{1,40})\)\s*|\/(?<slashed>[^/\n]{1,40})\/\s*)?(?:[-–—]|\(|$)/u;

/** The full date and the agency of a dateline that opens the lead; the lead stays text. */
function dateline(paragraphs: readonly string[]): { date?: string; source?: string } | undefined {
  for (const paragraph of paragraphs) {
    const groups = WIRE_DATELINE.exec(paragraph)?.groups;
    const date = groups ? toIsoDay(groups.date!) : undefined;
    if (date) return { date, source: (groups!.bracketed ?? groups!.slashed)?.trim() };
  }
  return undefined;
}

export const foldLine = (line: string) => line.replace(/[\s\u00a0]+/g, ' ').trim();
