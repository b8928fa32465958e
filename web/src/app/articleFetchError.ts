// Fetch an article, then parse it: the queryFn of the article query.
import type { ParseResult } from '../../../shared/src/index';
import type { ParseOptions } from '../worker/parserMessages';

export type Parse = (raw: string, options?: ParseOptions) => Promise<ParseResult>;

/** The article could not be fetched: a message the page can show as it is. */
export class ArticleFetchError extends Error {
  constructor(
    readonly url: string,
    readonly status: number | null,
    detail: string,
  ) {
    super(`The article “${fileNameOf(url)}” could not be loaded (${detail}).`);
    this.name = 'ArticleFetchError';
  }
}

export function fileNameOf(url: string): string {
  return url.split(/[?#]/)[0]?.split('/').at(-1) || url;
}

/**
 * Resolves to the parser's result, a problem with the text included (it is data, not an error);
 * rejects only when the text could not be fetched or the parser broke.
 */
export async function loadArticle(
  url: string,
  parse: Parse,
  { fetchText = fetch, signal }: { fetchText?: typeof fetch; signal?: AbortSignal } = {},
): Promise<ParseResult> {
  let response: Response;
  try {
    response = await fetchText(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ArticleFetchError(url, null, error instanceof Error ? error.message : 'network error');
  }
  if (!response.ok) throw new ArticleFetchError(url, response.status, `HTTP ${response.status}`);
  const raw = await response.text();
  return parse(raw, { fileName: fileNameOf(url) });
}
