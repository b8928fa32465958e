// The TanStack Query options of a source (an article or an events JSON): downloaded and read in the
// worker (see loadSource), kept for the session.
import { queryOptions } from '@tanstack/react-query';
import { loadInWorker } from '../worker/parseInWorker';
import { ParserWorkerError } from '../worker/parserWorkerError';
import { ArticleFetchError } from './articleFetchError';

export function articleQuery(url: string) {
  return queryOptions({
    queryKey: ['article', url],
    // Relative to the page, like a link. The worker downloads it, so the download and the parse go on
    // while the page is still starting up.
    queryFn: () => loadInWorker(url, window.location.href),
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
