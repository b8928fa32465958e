// The event editor's fields and their check: the date with its precision, the title, the actors.
import type { EventPatch } from '../library/libraryModel';

export type Precision = 'year' | 'month' | 'day' | 'range' | 'open';

export const precisions: ReadonlyArray<{ value: Precision; label: string }> = [
  { value: 'year', label: 'Year' },
  { value: 'month', label: 'Month' },
  { value: 'day', label: 'Day' },
  { value: 'range', label: 'Range' },
  { value: 'open', label: 'Open (ongoing)' },
];

export interface EventFields {
  precision: Precision;
  start: string;
  end: string;
  title: string;
  /** Comma-separated, as typed. */
  actors: string;
}

const isoPeriod = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const shapes: Record<'year' | 'month' | 'day', RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-\d{2}$/,
  day: /^\d{4}-\d{2}-\d{2}$/,
};

export function precisionOf(event: { start: string; end?: string; open?: boolean }): Precision {
  if (event.open) return 'open';
  if (event.end && event.end !== event.start) return 'range';
  return event.start.length === 4 ? 'year' : event.start.length === 7 ? 'month' : 'day';
}

export function fieldsOf(event: { start: string; end?: string; open?: boolean; title: string; actors: string[] }): EventFields {
  return {
    precision: precisionOf(event),
    start: event.start,
    end: event.end ?? '',
    title: event.title,
    actors: event.actors.join(', '),
  };
}

export type FieldsCheck = { ok: true; patch: Required<Pick<EventPatch, 'start' | 'end' | 'open' | 'title' | 'actors'>> } | { ok: false; message: string };

/** Pure: the patch the fields describe, or the first problem in words an editor understands. */
export function checkFields(fields: EventFields): FieldsCheck {
  const start = fields.start.trim();
  const end = fields.end.trim();
  const title = fields.title.trim();
  const actors = fields.actors.split(',').map((actor) => actor.trim()).filter(Boolean);
  if (!title) return { ok: false, message: 'The title is empty.' };
  if (!isoPeriod.test(start) || !validDay(start)) {
    return { ok: false, message: `The date “${start}” is not a date: write 2021, 2021-07 or 2021-07-15.` };
  }
  const { precision } = fields;
  if (precision === 'year' || precision === 'month' || precision === 'day') {
    if (!shapes[precision].test(start)) return { ok: false, message: `A ${precision} date is written ${example[precision]}.` };
    return { ok: true, patch: { start, end: null, open: false, title, actors } };
  }
  if (precision === 'open') return { ok: true, patch: { start, end: null, open: true, title, actors } };
  if (!isoPeriod.test(end) || !validDay(end)) {
    return { ok: false, message: `The end “${end}” is not a date: write 2021, 2021-07 or 2021-07-15.` };
  }
  if (end < start) return { ok: false, message: 'The range ends before it starts.' };
  return { ok: true, patch: { start, end, open: false, title, actors } };
}

const example = { year: '2021', month: '2021-07', day: '2021-07-15' } as const;

function validDay(iso: string): boolean {
  if (iso.length !== 10) return true;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
