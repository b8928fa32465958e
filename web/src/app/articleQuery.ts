// The TanStack Query options of an article: fetched once, parsed in the worker, kept for the session.
import { queryOptions } from '@tanstack/react-query';
import { parseInWorker } from '../worker/parseInWorker';
import { ArticleFetchError, loadArticle } from './loadArticle';

export function articleQuery(url: string) {
  return queryOptions({
    queryKey: ['article', url],
    queryFn: ({ signal }) => loadArticle(url, parseInWorker, { signal }),
    // An article file does not change while it is read; refetching would only reparse it.
    staleTime: Infinity,
    // A network hiccup is worth one more try; a missing file (HTTP 4xx) is not.
    retry: (failures, error) =>
      failures < 1 && !(error instanceof ArticleFetchError && error.status !== null && error.status < 500),
  });
}
