// The article as paragraphs of plain text and quotes: every event's quote becomes one clickable
// run, with the date expressions inside it marked. Pure, so it is tested without a DOM.
import type { TimelineEvent } from '../../../shared/src/index';

/** Text inside a quote, marked when it is (part of) a date expression. */
export interface QuoteRun {
  text: string;
  isDate: boolean;
}

export type ParagraphPiece =
  | { kind: 'text'; start: number; text: string }
  | { kind: 'quote'; start: number; eventIds: string[]; runs: QuoteRun[] };

export interface ArticleParagraph {
  start: number;
  pieces: ParagraphPiece[];
}

interface Range {
  start: number;
  end: number;
}

/** Events sharing or overlapping one sentence, read as a single quote. */
interface QuoteGroup extends Range {
  eventIds: string[];
  dates: Range[];
}

/** Splits text on "\n" into non-blank paragraphs and cuts each around the events' quotes. */
export function toArticleParagraphs(text: string, events: readonly TimelineEvent[]): ArticleParagraph[] {
  const groups = groupQuotes(text, events);
  // Paragraphs and groups are both in text order: one walk through the groups serves all paragraphs
  // (an events file of 400 articles has 400 paragraphs and 10,000 quotes).
  let first = 0;
  return paragraphRanges(text).map((paragraph) => {
    while (first < groups.length && groups[first]!.end <= paragraph.start) first += 1;
    return { start: paragraph.start, pieces: paragraphPieces(text, paragraph, groups, first) };
  });
}

function groupQuotes(text: string, events: readonly TimelineEvent[]): QuoteGroup[] {
  const valid = events.filter(
    (event) => event.quoteStart >= 0 && event.quoteEnd <= text.length && event.quoteStart < event.quoteEnd,
  );
  const sorted = [...valid].sort(
    (a, b) => a.quoteStart - b.quoteStart || a.quoteEnd - b.quoteEnd || a.dateStart - b.dateStart,
  );
  const groups: QuoteGroup[] = [];
  for (const event of sorted) {
    const date = { start: event.dateStart, end: event.dateEnd };
    const last = groups.at(-1);
    if (last && event.quoteStart < last.end) {
      // Overlapping quotes would nest clickable runs: one run selects all their events in turn.
      last.end = Math.max(last.end, event.quoteEnd);
      last.eventIds.push(event.id);
      last.dates.push(date);
    } else {
      groups.push({ start: event.quoteStart, end: event.quoteEnd, eventIds: [event.id], dates: [date] });
    }
  }
  return groups;
}

function paragraphRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim() !== '') ranges.push({ start, end });
    start = end + 1;
  }
  return ranges;
}

/** The paragraph's pieces, from groups[first], the first group that does not end before it. */
function paragraphPieces(text: string, paragraph: Range, groups: readonly QuoteGroup[], first: number): ParagraphPiece[] {
  const pieces: ParagraphPiece[] = [];
  let cursor = paragraph.start;
  for (let index = first; index < groups.length && groups[index]!.start < paragraph.end; index += 1) {
    const group = groups[index]!;
    const start = Math.max(group.start, paragraph.start);
    const end = Math.min(group.end, paragraph.end);
    if (start >= end) continue;
    if (start > cursor) pieces.push({ kind: 'text', start: cursor, text: text.slice(cursor, start) });
    pieces.push({ kind: 'quote', start, eventIds: group.eventIds, runs: quoteRuns(text, { start, end }, group.dates) });
    cursor = end;
  }
  if (cursor < paragraph.end) pieces.push({ kind: 'text', start: cursor, text: text.slice(cursor, paragraph.end) });
  return pieces;
}

/** The quote cut where its date expressions begin and end. */
function quoteRuns(text: string, quote: Range, dates: readonly Range[]): QuoteRun[] {
  const inside = dates
    .map((date) => ({ start: Math.max(date.start, quote.start), end: Math.min(date.end, quote.end) }))
    .filter((date) => date.start < date.end)
    .sort((a, b) => a.start - b.start);
  const runs: QuoteRun[] = [];
  const push = (start: number, end: number, isDate: boolean) => {
    if (start >= end) return;
    const last = runs.at(-1);
    if (last && last.isDate === isDate) last.text += text.slice(start, end);
    else runs.push({ text: text.slice(start, end), isDate });
  };
  let cursor = quote.start;
  for (const date of inside) {
    push(cursor, date.start, false);
    push(Math.max(cursor, date.start), date.end, true);
    cursor = Math.max(cursor, date.end);
  }
  push(cursor, quote.end, false);
  return runs;
}
