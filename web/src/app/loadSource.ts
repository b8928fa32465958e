// A source by URL (?src=): an article in any format the reader takes, or an events JSON as
// `npm run extract` prints it, opened as it is. Run in the worker for the article query (articleQuery.ts).
import type { ParseResult } from '../../../shared/src/index';
import type { ParseOptions } from '../worker/parserMessages';
import { ArticleFetchError, fileNameOf } from './articleFetchError';

/** Reads the downloaded text: the worker's readSource. */
export type Parse = (raw: string, options?: ParseOptions) => Promise<ParseResult>;

export interface LoadSourceOptions {
  /** What a relative src is relative to: the page (the worker's own address is not). */
  baseUrl: string;
  fetchText?: typeof fetch;
}

/**
 * Resolves to the article, or to a problem the page shows in place of the timeline (a src that is
 * not a web address, JSON that is broken or not an events file); rejects only when the source could
 * not be fetched or the parser broke.
 */
export async function loadSource(
  src: string,
  parse: Parse,
  { baseUrl, fetchText = fetch }: LoadSourceOptions,
): Promise<ParseResult> {
  const url = webAddress(src, baseUrl);
  if (!url) return problem(`The source “${src}” is not a web address (http or https).`);
  let response: Response;
  try {
    response = await fetchText(url);
  } catch (error) {
    throw new ArticleFetchError(url, null, error instanceof Error ? error.message : 'network error');
  }
  if (!response.ok) throw new ArticleFetchError(url, response.status, `HTTP ${response.status}`);
  const raw = await response.text();
  const name = fileNameOf(url);
  const json = isJson(name, response.headers.get('content-type'), raw);
  return parse(raw, json ? { fileName: name, as: 'events' } : { fileName: name });
}

// Relative to the page, like a link; other schemes (javascript:, file:, data:) are refused.
function webAddress(src: string, baseUrl: string): string | null {
  try {
    const url = new URL(src.trim(), baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

// No article format the reader takes starts with "{": such a text is meant as JSON, broken or not.
function isJson(fileName: string, contentType: string | null, raw: string): boolean {
  return /\.json$/i.test(fileName) || /\bjson\b/i.test(contentType ?? '') || /^\s*\{/.test(raw);
}

function problem(message: string): ParseResult {
  return { ok: false, problem: { key: 'malformed', message } };
}
