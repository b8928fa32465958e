// An events JSON given as a source (?src=), as `npm run extract` prints it, checked field by field:
// a file that is not exactly right is refused with every problem named, never half shown.
import type { ParsedArticle, ParseResult, TimelineEvent } from '../../../shared/src/index';
import { parseIsoPeriod } from '../dates/isoPeriod';

export type EventsJsonCheck = { ok: true; parsed: ParsedArticle } | { ok: false; problems: string[] };

/** Problems listed by name before "and N more": enough to fix a file, short enough to read. */
export const shownProblems = 5;

type Json = Record<string, unknown>;

/**
 * An events file's text, as the worker reads it: the article it describes, or a problem that names
 * the file (`name`) and says what is wrong with it.
 */
export function readEventsJson(raw: string, name: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return malformed(`“${name}” is not valid JSON (${error instanceof Error ? error.message : 'unreadable'}).`);
  }
  const checked = checkEventsJson(value);
  if (!checked.ok) return malformed(`“${name}” is not a Dateline events file: ${checked.problems.join(' ')}`);
  return { ok: true, parsed: checked.parsed };
}

function malformed(message: string): ParseResult {
  return { ok: false, problem: { key: 'malformed', message } };
}

/**
 * Checks a parsed JSON value: `{ text, events, title?, source?, publicationDate?, unplacedDates? }` with each event's
 * quote at its offsets in the text. Pure; the result shares nothing with `value` and keeps only
 * the known fields, so extra keys in the file never reach the page.
 */
export function checkEventsJson(value: unknown): EventsJsonCheck {
  if (!isRecord(value)) return refuse(['The file is JSON, but not an object with "text" and "events".']);
  const problems: string[] = [];
  const text = typeof value.text === 'string' ? value.text : null;
  if (text === null) problems.push('"text" must be the article text (a string).');
  if (!Array.isArray(value.events)) problems.push('"events" must be a list.');
  for (const key of ['title', 'source'] as const) {
    if (value[key] !== undefined && typeof value[key] !== 'string') problems.push(`"${key}" must be a string.`);
  }
  const { publicationDate } = value;
  if (publicationDate !== undefined && !(typeof publicationDate === 'string' && isDay(publicationDate))) {
    problems.push('"publicationDate" must be a date like 2021-11-19.');
  }
  const { unplacedDates } = value;
  if (unplacedDates !== undefined && !(Array.isArray(unplacedDates) && unplacedDates.every((date) => typeof date === 'string'))) {
    problems.push('"unplacedDates" must be a list of strings.');
  }
  if (text === null || !Array.isArray(value.events)) return refuse(problems);

  const seen = new Set<string>();
  const events = value.events.flatMap((raw: unknown, index: number) => {
    const event = checkEvent(raw, text, index, problems);
    if (!event) return [];
    if (seen.has(event.id)) problems.push(`events[${index}].id "${event.id}" is used twice.`);
    seen.add(event.id);
    return [event];
  });
  if (problems.length > 0) return refuse(problems);
  return {
    ok: true,
    parsed: {
      ...(typeof value.title === 'string' && value.title !== '' ? { title: value.title } : {}),
      ...(typeof value.source === 'string' && value.source !== '' ? { source: value.source } : {}),
      ...(typeof publicationDate === 'string' ? { publicationDate } : {}),
      text,
      events,
      ...(Array.isArray(unplacedDates) && unplacedDates.length > 0 ? { unplacedDates: [...(unplacedDates as string[])] } : {}),
    },
  };
}

interface FieldRule {
  field: string;
  ok(value: unknown, text: string): boolean;
  /** What the value must be, for the problem's message. */
  what: string | ((text: string) => string);
}

const isDate = (value: unknown) => typeof value === 'string' && parseIsoPeriod(value) !== null;
const isOffsetIn = (value: unknown, text: string) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= text.length;
const offset = (text: string) => `a whole number from 0 to ${text.length}`;

/** Each field of an event and what it must hold; checked in this order, every problem named. */
const eventFields: readonly FieldRule[] = [
  { field: 'id', ok: (id) => typeof id === 'string' && id !== '', what: 'a non-empty string' },
  { field: 'start', ok: isDate, what: 'a date like 2021, 2021-07 or 2021-07-15' },
  { field: 'end', ok: (end) => end === undefined || isDate(end), what: 'a date like 2021-07-15' },
  { field: 'open', ok: (open) => open === undefined || typeof open === 'boolean', what: 'true or false' },
  { field: 'quote', ok: (quote) => typeof quote === 'string', what: 'a string' },
  { field: 'quoteStart', ok: isOffsetIn, what: offset },
  { field: 'quoteEnd', ok: isOffsetIn, what: offset },
  { field: 'dateText', ok: (dateText) => typeof dateText === 'string', what: 'a string' },
  { field: 'dateStart', ok: (at, text) => at === undefined || isOffsetIn(at, text), what: offset },
  { field: 'dateEnd', ok: (at, text) => at === undefined || isOffsetIn(at, text), what: offset },
  { field: 'title', ok: (title) => typeof title === 'string', what: 'a string' },
  {
    field: 'actors',
    ok: (actors) => Array.isArray(actors) && actors.every((actor) => typeof actor === 'string'),
    what: 'a list of strings',
  },
];

// Ten thousand events are checked while the reader waits: nothing is built for a field that is right.
function checkEvent(raw: unknown, text: string, index: number, problems: string[]): TimelineEvent | null {
  if (!isRecord(raw)) {
    problems.push(`events[${index}] must be an object.`);
    return null;
  }
  const before = problems.length;
  for (const { field, ok, what } of eventFields) {
    if (ok(raw[field], text)) continue;
    problems.push(`events[${index}].${field} must be ${typeof what === 'string' ? what : what(text)}.`);
  }
  if (problems.length > before) return null;

  const { id, start, end, open, quote, quoteStart, quoteEnd, dateText, dateStart, dateEnd, title, actors } = raw;
  const from = quoteStart as number;
  const to = quoteEnd as number;
  if (text.slice(from, to) !== quote) {
    problems.push(`events[${index}].quote is not the text at quoteStart–quoteEnd (${from}–${to}).`);
    return null;
  }
  const dated = datePlace(text, from, to, dateText as string, dateStart, dateEnd);
  const event: TimelineEvent = {
    id: id as string,
    start: start as string,
    quote: quote as string,
    quoteStart: from,
    quoteEnd: to,
    dateText: dateText as string,
    dateStart: dated.dateStart,
    dateEnd: dated.dateEnd,
    title: title as string,
    actors: [...(actors as string[])],
  };
  if (end !== undefined) event.end = end as string;
  if (open) event.open = true;
  return event;
}

// dateStart/dateEnd only order events and mark the date: a file without them is still readable.
function datePlace(text: string, from: number, to: number, dateText: string, dateStart: unknown, dateEnd: unknown) {
  if (typeof dateStart === 'number' && typeof dateEnd === 'number') return { dateStart, dateEnd };
  const found = dateText === '' ? -1 : text.slice(from, to).indexOf(dateText);
  const at = found >= 0 ? from + found : from;
  return { dateStart: at, dateEnd: found >= 0 ? at + dateText.length : at };
}

function refuse(problems: string[]): EventsJsonCheck {
  const more = problems.length - shownProblems;
  const shown = problems.slice(0, shownProblems);
  return { ok: false, problems: more > 0 ? [...shown, `…and ${more} more problem${more === 1 ? '' : 's'}.`] : shown };
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && parseIsoPeriod(value) !== null;
}
