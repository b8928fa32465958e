// Entry point of the Dateline page.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { sourceFromSearch } from './app/sourceFromSearch';
import { Dateline } from './editor/Dateline';

const root = document.getElementById('root');
if (!root) throw new Error('web/index.html must contain <div id="root">.');

const queryClient = new QueryClient();

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <Dateline articleUrl={sourceFromSearch(window.location.search)} />
    </QueryClientProvider>
  </StrictMode>,
);
