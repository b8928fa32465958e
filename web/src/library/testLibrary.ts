// Builders for the editor's tests: small events and articles with fixed dates.
import type { ParsedArticle, TimelineEvent } from '../../../shared/src/index';
import { addParsedArticle } from './libraryOps';
import { emptyLibrary, type Library } from './libraryModel';

export function makeEvent(fields: Partial<TimelineEvent> & { id: string; start: string }): TimelineEvent {
  const quote = fields.quote ?? `Something happened on ${fields.start}.`;
  return {
    quote,
    quoteStart: 0,
    quoteEnd: quote.length,
    dateText: fields.start,
    dateStart: 0,
    dateEnd: 0,
    title: quote.replace(/\.$/, ''),
    actors: [],
    ...fields,
  };
}

export function makeArticle(text: string, events: TimelineEvent[], extra: Partial<ParsedArticle> = {}): ParsedArticle {
  return { text, events, ...extra };
}

export function libraryOf(...articles: ParsedArticle[]): Library {
  return articles.reduce(
    (library, parsed, index) => addParsedArticle(library, parsed, { addedAt: `2024-03-1${index}T00:00:00.000Z` }).library,
    emptyLibrary,
  );
}
