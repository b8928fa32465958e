// The Dateline page's React tree, loaded by the entry (main.tsx) once it has started the parse.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Dateline } from './Dateline';

export function renderDateline(root: HTMLElement, queryClient: QueryClient, articleUrl: string): void {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <Dateline articleUrl={articleUrl} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
