// Our events format: the articles as parsed, the editor's edits, and the timeline they make.
import { applyEdits } from '../library/applyEdits';
import { articleTitle, type ArticleEdits, type Library, type ShownEvent } from '../library/libraryModel';
import type { TimelineEvent } from '../../../shared/src/index';

export const eventsFormat = 'dateline.events';

export interface ExportedArticle {
  id: string;
  title: string;
  source?: string;
  publicationDate?: string;
  fileName?: string;
  addedAt: string;
  hidden: boolean;
  text: string;
  /** Dates that count from a publication date the article does not give ("Tuesday"): on no event. */
  unplacedDates?: string[];
  /** The parser's events, as it found them. */
  events: TimelineEvent[];
  /** What the editor changed; import applies it again on top of `events`. */
  edits: ArticleEdits;
  /** The events as shown: `events` with `edits` applied, edited ones marked. */
  timeline: ShownEvent[];
}

export interface EventsFile {
  format: typeof eventsFormat;
  version: 1;
  exportedAt: string;
  articles: ExportedArticle[];
  /** Merged points the editor split back. */
  unmerged: string[];
}

/** Pure: the library is read, never changed. */
export function toEventsJson(library: Library, exportedAt: string): EventsFile {
  return {
    format: eventsFormat,
    version: 1,
    exportedAt,
    articles: library.articles.map((article, index) => {
      const edits = library.edits[article.id] ?? { changed: {}, deleted: [], added: [] };
      const { parsed } = article;
      return {
        id: article.id,
        title: articleTitle(article, index),
        ...(parsed.source ? { source: parsed.source } : {}),
        ...(parsed.publicationDate ? { publicationDate: parsed.publicationDate } : {}),
        ...(article.fileName ? { fileName: article.fileName } : {}),
        addedAt: article.addedAt,
        hidden: article.hidden,
        text: parsed.text,
        ...(parsed.unplacedDates?.length ? { unplacedDates: parsed.unplacedDates } : {}),
        events: parsed.events,
        edits,
        timeline: applyEdits(parsed.events, edits),
      };
    }),
    unmerged: library.unmerged,
  };
}
