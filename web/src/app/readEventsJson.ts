// An events file (the JSON `npm run extract` prints, or an editor's export) opens as it is, unparsed:
// a set of events from hundreds of articles can be loaded like one article.
import type { ParsedArticle, TimelineEvent } from '../../../shared/src/index';

/**
 * The article in `raw` when it is an events file: `{ text, events, title?, source?, publicationDate? }`.
 * null when it is not one, so it is read as an article. Events whose quote is not at its offsets
 * in the text are dropped. Pure; the result shares nothing with the parsed JSON.
 */
export function readEventsJson(raw: string): ParsedArticle | null {
  if (!/^\s*\{/.test(raw)) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(value) || typeof value.text !== 'string' || !Array.isArray(value.events)) return null;
  const text = value.text;
  const events = value.events.flatMap((event: unknown) => {
    const checked = toEvent(event);
    return checked && text.slice(checked.quoteStart, checked.quoteEnd) === checked.quote ? [checked] : [];
  });
  return {
    ...optionalString('title', value.title),
    ...optionalString('source', value.source),
    ...(typeof value.publicationDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.publicationDate)
      ? { publicationDate: value.publicationDate }
      : {}),
    text,
    events,
  };
}

function toEvent(value: unknown): TimelineEvent | null {
  if (!isRecord(value)) return null;
  const { id, start, end, open, quote, quoteStart, quoteEnd, dateText, dateStart, dateEnd, title, actors } = value;
  if (typeof id !== 'string' || id === '' || typeof start !== 'string' || typeof quote !== 'string') return null;
  if (typeof dateText !== 'string' || typeof title !== 'string') return null;
  if (![quoteStart, quoteEnd, dateStart, dateEnd].every(isOffset)) return null;
  if (end !== undefined && typeof end !== 'string') return null;
  if (open !== undefined && typeof open !== 'boolean') return null;
  if (!Array.isArray(actors) || !actors.every((actor) => typeof actor === 'string')) return null;
  return {
    id,
    start,
    ...(end !== undefined ? { end } : {}),
    ...(open ? { open } : {}),
    quote,
    quoteStart: quoteStart as number,
    quoteEnd: quoteEnd as number,
    dateText,
    dateStart: dateStart as number,
    dateEnd: dateEnd as number,
    title,
    actors: [...actors],
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOffset(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function optionalString<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  return typeof value === 'string' && value !== '' ? ({ [key]: value } as Record<K, string>) : {};
}
