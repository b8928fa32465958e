// The editor's collection: the articles brought in, and the edits made on top of their parses.
import type { ParsedArticle, TimelineEvent } from '../../../shared/src/index';

export interface LibraryArticle {
  /** Derived from the article's text, so bringing the same text again re-parses this article. */
  id: string;
  /** ISO timestamp; lanes keep the order articles were added in. */
  addedAt: string;
  fileName?: string;
  hidden: boolean;
  /** The parser's result as it came: edits live apart, so a re-parse never overwrites them. */
  parsed: ParsedArticle;
}

/** What an editor changed on a parsed event; absent fields keep the parser's value. */
export interface EventPatch {
  start?: string;
  /** null removes the parser's end. */
  end?: string | null;
  open?: boolean;
  title?: string;
  actors?: string[];
}

export interface ArticleEdits {
  /** Keyed by the parser's event id, which is stable across re-parses of the same text. */
  changed: Record<string, EventPatch>;
  deleted: string[];
  /** Events the editor added from a selection in the article. */
  added: TimelineEvent[];
}

export interface Library {
  version: 1;
  articles: LibraryArticle[];
  edits: Record<string, ArticleEdits>;
  /** Ids of merged points the editor split back into one point per article. */
  unmerged: string[];
}

/** An event as shown: the parse with its edits applied. */
export interface ShownEvent extends TimelineEvent {
  edited?: boolean;
}

export const emptyLibrary: Library = { version: 1, articles: [], edits: {}, unmerged: [] };

export const noEdits: ArticleEdits = { changed: {}, deleted: [], added: [] };

/** A lane's title: the article's own, else its file name, else a numbered placeholder. */
export function articleTitle(article: LibraryArticle, index = 0): string {
  return article.parsed.title ?? article.fileName ?? `Pasted article ${index + 1}`;
}
