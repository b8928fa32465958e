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
  articleParser ??= import('../../../shared/src/index').catch((error: unknown) => {
    // A failed download is tried again by the next parse.
    articleParser = undefined;
    throw error;
  });
  const { parseArticle } = await articleParser;
  return parseArticle(raw, options);
}
