// The page: load the article through TanStack Query (fetch, then parse in the worker) and show it.
import { useQuery } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { articleQuery } from './articleQuery';
import { AppHeader } from './AppHeader';
import { ArticleTimeline } from './ArticleTimeline';
import { ProblemMessage } from './ProblemMessage';
import './app.css';

export interface AppProps {
  articleUrl: string;
  /** The editor's toolbar (web/src/editor), shown under the masthead. */
  toolbar?: ReactNode;
}

export function App({ articleUrl, toolbar }: AppProps) {
  const query = useQuery(articleQuery(articleUrl));
  const parsed = query.data?.ok ? query.data.parsed : undefined;

  useEffect(() => {
    document.title = parsed?.title ? `${parsed.title} · Dateline` : 'Dateline';
  }, [parsed?.title]);

  return (
    <div className="dl-app">
      <AppHeader
        title={query.isPending ? undefined : parsed ? (parsed.title ?? 'Untitled article') : 'Article unavailable'}
        source={parsed?.source}
        publicationDate={parsed?.publicationDate}
        eventCount={parsed?.events.length}
      />
      {toolbar}
      <main className="dl-main">
        {query.isPending && (
          <div className="dl-loading" role="status">
            Reading the article and finding its dates…
          </div>
        )}
        {query.isError && (
          <ProblemMessage
            title="The article could not be loaded"
            message={query.error.message}
            onRetry={() => void query.refetch()}
          />
        )}
        {query.data && !query.data.ok && (
          <ProblemMessage title="This article could not be read" message={query.data.problem.message} />
        )}
        {parsed && <ArticleTimeline article={parsed} />}
      </main>
    </div>
  );
}
