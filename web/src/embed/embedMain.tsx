// Entry point of the embed page (web/embed.html), the page inside the host's iframe.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { articleQuery } from '../app/articleQuery';
import { EmbedApp } from './EmbedApp';
import { embedOptionsFromUrl } from './embedOptions';
import { startHeightReports } from './frameHeight';

const root = document.getElementById('root');
if (!root) throw new Error('web/embed.html must contain <div id="root">.');

const options = embedOptionsFromUrl(window.location.href);
document.documentElement.dataset.theme = options.theme;

// Opened on its own, the page has no parent to size it.
if (window.parent !== window) startHeightReports(window.parent, options.frameId, document.body);

const queryClient = new QueryClient();
// Fetched now, not once the page has rendered.
if (options.src) void queryClient.prefetchQuery(articleQuery(options.src));

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <EmbedApp options={options} />
    </QueryClientProvider>
  </StrictMode>,
);
