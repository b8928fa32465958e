// What the worker does with a text: parse an article, or read an events file as it is. The article
// parser (the tagger's tables and patterns) is imported at the first article: a page that opens an
// events file never loads or runs it, and starts that much sooner.
import type { ParseResult } from '../../../shared/src/index';
import { readEventsJson } from '../app/checkEventsJson';
import type { ParseOptions } from './parserMessages';

type ArticleParser = typeof import('../../../shared/src/index');
let articleParser: Promise<ArticleParser> | undefined;

export async function readSource(raw: string, { as, ...options }: ParseOptions = {}): Promise<ParseResult> {
  if (as === 'events') return readEventsJson(raw, options.fileName ?? 'The events file');
  const { parseArticle } = await loadArticleParser();
  return parseArticle(raw, options);
}

/**
 * Loads the article parser and builds its tagger's tables now, for an article still downloading:
 * that work (a download, then about half a second) is then done by the time the article is in.
 */
export function prepareArticleParser(): void {
  // A failure is met again, and reported, by the parse that needs the parser.
  loadArticleParser().then(({ prepareTagger }) => prepareTagger(), () => undefined);
}

function loadArticleParser(): Promise<ArticleParser> {
  articleParser ??= import('../../../shared/src/index').catch((error: unknown) => {
    // A failed download is tried again by the next parse.
    articleParser = undefined;
    throw error;
  });
  return articleParser;
}
