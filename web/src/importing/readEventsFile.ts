// Reading an events file: JSON, then the schema, then library entries. Every problem found is
// reported with where it is in the file; nothing is returned for the library unless all is well.
import type { z } from 'zod';
import { articleId } from '../library/articleId';
import type { ArticleEdits, LibraryArticle } from '../library/libraryModel';
import { eventsFileSchema, parsedArticleSchema } from './eventsFileSchema';

export interface ImportedArticle {
  article: LibraryArticle;
  edits?: ArticleEdits;
}

export type ImportResult =
  | { ok: true; articles: ImportedArticle[]; unmerged: string[] }
  | { ok: false; problems: string[] };

const shownProblems = 5;

/** "articles[0].events[2].start" */
export function pathOf(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

function problemsOf(error: z.ZodError): string[] {
  const problems = error.issues.slice(0, shownProblems).map((issue) => {
    const where = pathOf(issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length - shownProblems;
  return more > 0 ? [...problems, `and ${more} more problem${more === 1 ? '' : 's'}`] : problems;
}

/** Pure apart from the clock: `addedAt` defaults to now for the parser's own files. */
export function readEventsFile(text: string, now = new Date().toISOString()): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`The file is not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const looksOurs = typeof data === 'object' && data !== null && 'format' in data;
  if (looksOurs) {
    const file = eventsFileSchema.safeParse(data);
    if (!file.success) return { ok: false, problems: problemsOf(file.error) };
    return {
      ok: true,
      unmerged: file.data.unmerged ?? [],
      articles: file.data.articles.map(({ edits, fileName, addedAt, hidden, ...parsed }) => ({
        article: {
          id: articleId(parsed.text),
          addedAt: addedAt ?? now,
          hidden: hidden ?? false,
          parsed,
          ...(fileName ? { fileName } : {}),
        },
        ...(edits ? { edits } : {}),
      })),
    };
  }
  const parsed = Array.isArray(data) ? parsedArticleSchema.array().safeParse(data) : parsedArticleSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, problems: ['This is neither a Dateline export nor the parser’s events file.', ...problemsOf(parsed.error)] };
  }
  const list = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  return {
    ok: true,
    unmerged: [],
    articles: list.map((article) => ({ article: { id: articleId(article.text), addedAt: now, hidden: false, parsed: article } })),
  };
}
