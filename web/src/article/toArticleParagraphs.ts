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
  return paragraphRanges(text).map((paragraph) => ({
    start: paragraph.start,
    pieces: paragraphPieces(text, paragraph, groups),
  }));
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

function paragraphPieces(text: string, paragraph: Range, groups: readonly QuoteGroup[]): ParagraphPiece[] {
  const pieces: ParagraphPiece[] = [];
  let cursor = paragraph.start;
  for (const group of groups) {
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

function quoteRuns(text: string, quote: Range, dates: readonly Range[]): QuoteRun[] {
  const isDate = (offset: number) => dates.some((date) => offset >= date.start && offset < date.end);
  const runs: QuoteRun[] = [];
  for (let offset = quote.start; offset < quote.end; offset += 1) {
    const char = text[offset] ?? '';
    const dated = isDate(offset);
    const last = runs.at(-1);
    if (last && last.isDate === dated) last.text += char;
    else runs.push({ text: char, isDate: dated });
  }
  return runs;
}
