// Changes to the library as pure functions: each returns a new library and leaves its input alone.
import type { ParsedArticle, TimelineEvent } from '../../../shared/src/index';
import { articleId } from './articleId';
import { noEdits, type ArticleEdits, type EventPatch, type Library } from './libraryModel';

export interface Added {
  library: Library;
  id: string;
  /** The same text was there already: its parse was replaced, its edits kept. */
  reparsed: boolean;
}

export function addParsedArticle(
  library: Library,
  parsed: ParsedArticle,
  { fileName, addedAt = new Date().toISOString() }: { fileName?: string; addedAt?: string } = {},
): Added {
  const id = articleId(parsed.text);
  const existing = library.articles.find((article) => article.id === id);
  if (existing) {
    const articles = library.articles.map((article) => (article.id === id ? { ...article, parsed } : article));
    return { library: { ...library, articles }, id, reparsed: true };
  }
  const article = { id, addedAt, hidden: false, parsed, ...(fileName ? { fileName } : {}) };
  return { library: { ...library, articles: [...library.articles, article] }, id, reparsed: false };
}

export function removeArticle(library: Library, id: string): Library {
  const { [id]: _removed, ...edits } = library.edits;
  return { ...library, articles: library.articles.filter((article) => article.id !== id), edits };
}

export function setHidden(library: Library, id: string, hidden: boolean): Library {
  return { ...library, articles: library.articles.map((article) => (article.id === id ? { ...article, hidden } : article)) };
}

function withEdits(library: Library, id: string, change: (edits: ArticleEdits) => ArticleEdits): Library {
  return { ...library, edits: { ...library.edits, [id]: change(library.edits[id] ?? noEdits) } };
}

/** Merges the patch into any earlier one for the same event. */
export function patchEvent(library: Library, id: string, eventId: string, patch: EventPatch): Library {
  return withEdits(library, id, (edits) => ({
    ...edits,
    changed: { ...edits.changed, [eventId]: { ...edits.changed[eventId], ...patch } },
  }));
}

export function deleteEvent(library: Library, id: string, eventId: string): Library {
  return withEdits(library, id, (edits) => {
    const { [eventId]: _patch, ...changed } = edits.changed;
    if (edits.added.some((event) => event.id === eventId)) {
      return { ...edits, changed, added: edits.added.filter((event) => event.id !== eventId) };
    }
    return { ...edits, changed, deleted: edits.deleted.includes(eventId) ? edits.deleted : [...edits.deleted, eventId] };
  });
}

export function addEvent(library: Library, id: string, event: TimelineEvent): Library {
  return withEdits(library, id, (edits) => ({ ...edits, added: [...edits.added, event] }));
}

export function unmergePoint(library: Library, pointId: string): Library {
  return library.unmerged.includes(pointId) ? library : { ...library, unmerged: [...library.unmerged, pointId] };
}

export function remergePoint(library: Library, pointId: string): Library {
  return { ...library, unmerged: library.unmerged.filter((id) => id !== pointId) };
}
