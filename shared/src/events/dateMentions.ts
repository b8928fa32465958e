// Groups a text's timexes into the dates events rest on: single dates, spans ("10 and 11 November",
// "from May to July"), and open periods ("For several months" after an election, "since 2019").
import type { Timex } from '../types';
import { compareIso, precisionOf, toEventDate, truncate, type Precision } from './eventDate';

export interface DateMention {
  start: string;
  end?: string;
  open?: boolean;
  /** Offsets of the whole date expression, both ends of a span included. */
  textStart: number;
  textEnd: number;
}

// What may stand between the two ends of a span: "10 and 11 November", "May to July", "1998-2000".
const SPAN_JOINER = /^\s*(?:to|through|until|till|and|-|–|—)\s*$/i;
const SPAN_OPENER = /\b(?:from|between)\s+$/i;
const BARE_DAY = /^\d{1,2}(?:st|nd|rd|th)?$/;
const SINCE = /\bsince\s+$/i;
// "the first time since 2001", "the highest level since 2019": a comparison across the years, not a period that runs.
const COMPARED_SINCE = /\b(?:first|only|last|highest|lowest|biggest|largest|worst|best|most|least|fewest|strongest|weakest)\b(?:\s+[\p{L}-]+){0,3}\s+since\s+$/iu;
// "has ruled for 26 years", "have been held for months": a period that runs up to now, not on from the last date told.
const PRESENT_PERFECT = /\b(?:has|have|hasn['’]t|haven['’]t)\s+(?:[^\s,;:!?]+\s+){1,10}(?:for|over|during)\s+(?:the\s+(?:past|last)\s+)?$/iu;
const FOR_PERIOD = /\b(?:for|over|during)\s+(?:the\s+(?:next|following)\s+)?$/i;
// "For several months, there were protests": a vague period carries the story on from its last date only when it
// opens the sentence; "wages went unpaid for months", "a trade that for years made the port…" tell no start.
const OPENS_SENTENCE = /(?:^|[.!?]["”’)]?\s+|\n\s*)(?:For|Over|During)\s+(?:the\s+(?:next|following)\s+)?$/;
// "detention for up to six months": a limit, not a period that happened.
const LIMIT = /^(?:up\s+to|at\s+most|no\s+more\s+than)\s/i;
// "was jailed for 10 years", "banned from office for five years", "the prosecution had asked for eleven years": a term
// imposed or sought, not a period that happened.
const TERM_IMPOSED = /\b(?:jailed|imprisoned|sentenced|banned|barred|disqualified|suspended|exiled|asked|sought|demanded|requested)\b[^.;]{0,30}$/i;

/** `publicationDate` ("YYYY-MM-DD"): where a period told in the present perfect ends; without it, such periods are left out. */
export function findDateMentions(text: string, timexes: readonly Timex[], publicationDate?: string): DateMention[] {
  const mentions: DateMention[] = [];
  // The last placed date, the anchor of periods that name no start ("For several months").
  let lastDate: string | undefined;
  for (let i = 0; i < timexes.length; i++) {
    const timex = timexes[i]!;
    const before = text.slice(Math.max(0, timex.start - 20), timex.start);
    if (timex.type === 'DURATION') {
      const lookBack = text.slice(Math.max(0, timex.start - 100), timex.start);
      const upToNow = PRESENT_PERFECT.test(lookBack);
      const anchor = upToNow ? publicationDate : lastDate;
      const imposed = TERM_IMPOSED.test(lookBack.slice(-50));
      const vagueMidSentence = timex.value.startsWith('PX') && !OPENS_SENTENCE.test(before);
      const period = FOR_PERIOD.test(before) && !LIMIT.test(timex.text) && !imposed && !vagueMidSentence && anchor ? (upToNow ? periodUpTo(anchor, timex.value) : periodFrom(anchor, timex.value)) : null;
      if (period) mentions.push({ ...period, textStart: timex.start, textEnd: timex.end });
      continue;
    }
    if (timex.type !== 'DATE' && timex.type !== 'TIME') continue;
    const date = toEventDate(timex.value);
    if (!date) continue;
    lastDate = date.start;
    const next = timexes[i + 1];
    const nextDate = next && (next.type === 'DATE' || next.type === 'TIME') ? toEventDate(next.value) : null;
    if (next && nextDate && isSpan(text, timex, next) && compareIso(date.start, nextDate.start) < 0) {
      mentions.push({ start: date.start, end: nextDate.end ?? nextDate.start, textStart: timex.start, textEnd: next.end });
      lastDate = nextDate.start;
      i++;
      continue;
    }
    const open = SINCE.test(before) && !COMPARED_SINCE.test(text.slice(Math.max(0, timex.start - 50), timex.start)) ? { open: true } : {};
    mentions.push({ ...date, ...open, textStart: timex.start, textEnd: timex.end });
  }
  return mentions;
}

function isSpan(text: string, first: Timex, second: Timex): boolean {
  const between = text.slice(first.end, second.start);
  if (!SPAN_JOINER.test(between)) return false;
  if (!/\band\b/i.test(between)) return true;
  // "A and B" is a span only after "between", or for coordinated days sharing a month ("10 and 11 November").
  return SPAN_OPENER.test(text.slice(Math.max(0, first.start - 12), first.start)) || BARE_DAY.test(first.text.trim());
}

// "P3M" after 2020-08-09 runs to 2020-11; a vague "PXM" ("several months") has no stated end.
const UNIT_PRECISION: Record<string, Precision> = { Y: 'year', M: 'month', W: 'day', D: 'day' };

function periodFrom(anchor: string, duration: string): Omit<DateMention, 'textStart' | 'textEnd'> | null {
  const match = /^P(\d+|X)([YMWD])$/.exec(duration);
  if (!match) return null;
  const unit = match[2]!;
  const precision = coarser(precisionOf(anchor), UNIT_PRECISION[unit]!);
  const start = truncate(anchor, precision);
  // "For several months" after an election is a period whose end was not told; "for a few weeks" or days is
  // over soon after, and drawn as ongoing to the publication it would claim years.
  if (match[1] === 'X') return unit === 'D' || unit === 'W' ? null : { start, open: true };
  const end = addUnits(start, Number(match[1]), unit);
  return end ? { start, end } : { start, open: true };
}

// "has ruled for 26 years", published 2020-08-11: ongoing since 1994. A vague "for years" has no start to place.
function periodUpTo(end: string, duration: string): Omit<DateMention, 'textStart' | 'textEnd'> | null {
  const match = /^P(\d+)([YMWD])$/.exec(duration);
  if (!match) return null;
  const unit = match[2]!;
  const start = addUnits(truncate(end, coarser(precisionOf(end), UNIT_PRECISION[unit]!)), -Number(match[1]), unit);
  return start ? { start, open: true } : null;
}

function coarser(a: Precision, b: Precision): Precision {
  const order: Precision[] = ['year', 'month', 'day'];
  return order[Math.min(order.indexOf(a), order.indexOf(b))]!;
}

function addUnits(start: string, amount: number, unit: string): string | null {
  const [y = 0, m = 1, d = 1] = start.split('-').map(Number);
  const days = unit === 'W' ? amount * 7 : unit === 'D' ? amount : 0;
  const months = unit === 'M' ? amount : unit === 'Y' ? amount * 12 : 0;
  const date = new Date(Date.UTC(y, m - 1 + months, d + days));
  if (Number.isNaN(date.getTime())) return null;
  return truncate(date.toISOString().slice(0, 10), precisionOf(start));
}
