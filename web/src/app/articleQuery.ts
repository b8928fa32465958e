// The TanStack Query options of a source (an article or an events JSON): fetched once, parsed in
// the worker unless it is events JSON already, kept for the session.
import { queryOptions } from '@tanstack/react-query';
import { parseInWorker, startParser } from '../worker/parseInWorker';
import { ParserWorkerError } from '../worker/parserWorkerError';
import { ArticleFetchError } from './loadArticle';
import { loadSource } from './loadSource';

export function articleQuery(url: string) {
  return queryOptions({
    queryKey: ['article', url],
    queryFn: ({ signal }) => {
      // The worker's script loads while the source downloads, not after it.
      startParser();
      return loadSource(url, parseInWorker, { signal });
    },
    // An article file does not change while it is read; refetching would only reparse it.
    staleTime: Infinity,
    // A network hiccup or a crashed worker is worth one more try; a missing file (HTTP 4xx) or a text
    // that hung the parser for its whole allowance is not: the reader decides with "Try again".
    // The page prefetches its source before rendering: a failure then is shown, not fetched again.
    retryOnMount: false,
    retry: (failures, error) =>
      failures < 1 &&
      !(error instanceof ArticleFetchError && error.status !== null && error.status < 500) &&
      !(error instanceof ParserWorkerError && error.failure === 'hung'),
  });
}
