// What must hold of the parser's output on any input, as lists of problems (empty: all good), so a
// failing property prints every broken rule of the shrunk input at once.
import type { Article, ParsedArticle, Timex, TimelineEvent } from '../types';
import { isTimeMlValue } from './timeMlValue';

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True when an offset falls between the two halves of a surrogate pair (inside one character). */
export function splitsCharacter(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

function spanProblems(text: string, start: number, end: number, what: string): string[] {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return [`${what}: offsets ${start}–${end} are not integers`];
  const problems: string[] = [];
  if (start < 0 || end > text.length) problems.push(`${what}: ${start}–${end} is outside the text (length ${text.length})`);
  if (start >= end) problems.push(`${what}: empty or reversed span ${start}–${end}`);
  if (splitsCharacter(text, start) || splitsCharacter(text, end)) problems.push(`${what}: ${start}–${end} cuts a surrogate pair`);
  return problems;
}

/** Timexes: inside the text, verbatim, trimmed, sorted, disjoint, with well-formed TimeML values. */
export function timexProblems(text: string, timexes: readonly Timex[]): string[] {
  const problems: string[] = [];
  timexes.forEach((timex, i) => {
    const what = `timex ${i} ${JSON.stringify(timex)}`;
    problems.push(...spanProblems(text, timex.start, timex.end, what));
    if (text.slice(timex.start, timex.end) !== timex.text) problems.push(`${what}: text is not text.slice(start, end) = ${JSON.stringify(text.slice(timex.start, timex.end))}`);
    if (timex.text.trim() !== timex.text) problems.push(`${what}: starts or ends with white space`);
    if (!isTimeMlValue(timex.value, timex.type)) problems.push(`${what}: ${JSON.stringify(timex.value)} is not a TimeML ${timex.type} value`);
    const previous = timexes[i - 1];
    if (previous && timex.start < previous.end) problems.push(`${what}: overlaps or precedes timex ${i - 1} (${previous.start}–${previous.end})`);
  });
  return problems;
}

const ISO_DATE = /^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?)?$/;

/** "2020", "2021-07", "2021-11-15", and only days the calendar has. */
export function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const g = ISO_DATE.exec(value)?.groups;
  if (!g) return false;
  if (g.month === undefined) return true;
  const [year, month] = [Number(g.year), Number(g.month)];
  if (month < 1 || month > 12) return false;
  if (g.day === undefined) return true;
  const lastDay = new Date(Date.UTC(2000, month, 0));
  lastDay.setUTCFullYear(year, month, 0);
  return Number(g.day) >= 1 && Number(g.day) <= lastDay.getUTCDate();
}

const firstDay = (iso: string) => (iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);

/** Events: verbatim quotes, dates inside their quotes, well-formed ISO dates in order, unique ids. */
export function eventProblems(text: string, events: readonly TimelineEvent[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  events.forEach((event, i) => {
    const what = `event ${i} ${JSON.stringify(event)}`;
    problems.push(...spanProblems(text, event.quoteStart, event.quoteEnd, `${what} quote`));
    problems.push(...spanProblems(text, event.dateStart, event.dateEnd, `${what} date`));
    if (text.slice(event.quoteStart, event.quoteEnd) !== event.quote) problems.push(`${what}: quote is not its slice of the text`);
    if (text.slice(event.dateStart, event.dateEnd) !== event.dateText) problems.push(`${what}: dateText is not its slice of the text`);
    if (event.dateStart < event.quoteStart || event.dateEnd > event.quoteEnd) problems.push(`${what}: the date ${event.dateStart}–${event.dateEnd} is not inside the quote ${event.quoteStart}–${event.quoteEnd}`);
    if (!isIsoDate(event.start)) problems.push(`${what}: start ${JSON.stringify(event.start)} is not an ISO date`);
    if (event.end !== undefined && !isIsoDate(event.end)) problems.push(`${what}: end ${JSON.stringify(event.end)} is not an ISO date`);
    if (event.end !== undefined && firstDay(event.end) < firstDay(event.start)) problems.push(`${what}: ends before it starts`);
    if (event.open !== undefined && event.open !== true) problems.push(`${what}: open is ${String(event.open)}`);
    if (typeof event.id !== 'string' || event.id === '') problems.push(`${what}: no id`);
    if (ids.has(event.id)) problems.push(`${what}: id ${event.id} is taken by an earlier event`);
    ids.add(event.id);
    if (typeof event.title !== 'string' || event.title.includes('\n')) problems.push(`${what}: title is not one line`);
    if (!Array.isArray(event.actors) || event.actors.some((actor) => typeof actor !== 'string' || actor === '')) problems.push(`${what}: actors are not names`);
  });
  return problems;
}

/** An article's text: paragraphs on lines, white space folded, no NUL, no markup-only artefacts. */
export function articleProblems(article: Article | ParsedArticle): string[] {
  const problems: string[] = [];
  const { text } = article;
  if (text.trim() === '') problems.push('the text is empty');
  text.split('\n').forEach((line, i) => {
    if (line === '') problems.push(`line ${i} is empty`);
    if (line.trim() !== line) problems.push(`line ${i} ${JSON.stringify(line.slice(0, 40))} is not trimmed`);
    if (/[^\S ]| {2}|\u00a0/.test(line)) problems.push(`line ${i} ${JSON.stringify(line.slice(0, 40))} has unfolded white space`);
  });
  if (/[\u0000-\u0008\u000e-\u001f\u007f]/.test(text)) problems.push('the text holds a control character');
  if (article.title !== undefined && (article.title === '' || /[\n\u0000-\u0008\u000e-\u001f\u007f]/.test(article.title))) problems.push(`title ${JSON.stringify(article.title)} is empty or not one line`);
  if (article.publicationDate !== undefined && !(isIsoDate(article.publicationDate) && article.publicationDate.length === 10)) problems.push(`publication date ${JSON.stringify(article.publicationDate)} is not an ISO day`);
  return problems;
}
