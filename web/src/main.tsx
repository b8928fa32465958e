// Entry point of the Dateline page. It starts what the page waits for, the parser worker and the
// download of the source, and only then loads the app, whose script is most of the page's: both
// run while that script downloads, compiles and runs, instead of after it.
import { QueryClient } from '@tanstack/react-query';
import { articleQuery } from './app/articleQuery';
import { renderWhenLoaded } from './app/renderWhenLoaded';
import { sourceFromSearch } from './app/sourceFromSearch';

const root = document.getElementById('root');
if (!root) throw new Error('web/index.html must contain <div id="root">.');

const queryClient = new QueryClient();
const articleUrl = sourceFromSearch(window.location.search);
void queryClient.prefetchQuery(articleQuery(articleUrl));

renderWhenLoaded(root, () => import('./editor/renderDateline'), ({ renderDateline }) =>
  renderDateline(root, queryClient, articleUrl),
);
