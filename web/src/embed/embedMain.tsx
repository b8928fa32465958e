// Entry point of the embed page (web/embed.html), the page inside the host's iframe.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedApp } from './EmbedApp';
import { embedOptionsFromUrl } from './embedOptions';
import { startHeightReports } from './frameHeight';

const root = document.getElementById('root');
if (!root) throw new Error('web/embed.html must contain <div id="root">.');

const options = embedOptionsFromUrl(window.location.href);
document.documentElement.dataset.theme = options.theme;

// Opened on its own, the page has no parent to size it.
if (window.parent !== window) startHeightReports(window.parent, options.frameId, document.body);

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <EmbedApp options={options} />
    </QueryClientProvider>
  </StrictMode>,
);
