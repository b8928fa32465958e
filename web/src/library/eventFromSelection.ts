// An event the editor adds by selecting text in the article: the selection is its quote.
import type { TimelineEvent } from '../../../shared/src/index';
import { articleId } from './articleId';

export interface NewEventFields {
  start: string;
  end?: string;
  open?: boolean;
  title: string;
  actors: string[];
}

/** null when the selection is not in the article's text (selected across panes, say). */
export function eventFromSelection(text: string, selection: string, fields: NewEventFields): TimelineEvent | null {
  const quote = selection.trim();
  if (!quote) return null;
  const quoteStart = text.indexOf(quote);
  if (quoteStart < 0) return null;
  const quoteEnd = quoteStart + quote.length;
  return {
    id: `added-${articleId(`${fields.start}|${quote}`)}`,
    start: fields.start,
    ...(fields.end ? { end: fields.end } : {}),
    ...(fields.open ? { open: true } : {}),
    quote,
    quoteStart,
    quoteEnd,
    // No date expression was read: the editor's date stands for it, anchored at the quote.
    dateText: fields.start,
    dateStart: quoteStart,
    dateEnd: quoteStart,
    title: fields.title || quote.slice(0, 120),
    actors: fields.actors,
  };
}
