// Every shown event of the library with its article: what the timeline, the card and exports read.
import { applyEdits } from './applyEdits';
import type { Library, LibraryArticle, ShownEvent } from './libraryModel';

export interface ArticleEvent {
  article: LibraryArticle;
  event: ShownEvent;
}

export function shownEvents(library: Library, { includeHidden = true } = {}): ArticleEvent[] {
  return library.articles
    .filter((article) => includeHidden || !article.hidden)
    .flatMap((article) => applyEdits(article.parsed.events, library.edits[article.id]).map((event) => ({ article, event })));
}
