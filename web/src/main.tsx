// Entry point of the Dateline page.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { articleQuery } from './app/articleQuery';
import { sourceFromSearch } from './app/sourceFromSearch';
import { Dateline } from './editor/Dateline';

const root = document.getElementById('root');
if (!root) throw new Error('web/index.html must contain <div id="root">.');

const queryClient = new QueryClient();
const articleUrl = sourceFromSearch(window.location.search);
// Fetched now, not once the page has rendered and read the library: the article is usually shown.
void queryClient.prefetchQuery(articleQuery(articleUrl));

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <Dateline articleUrl={articleUrl} />
    </QueryClientProvider>
  </StrictMode>,
);
