// What the page opens: ?src=URL (an article or an events JSON, absolute or relative to the page),
// else ?article=<file in public/articles>, else the first article.
import { articleUrlFromSearch } from './articleUrl';

/** The src as given: loadSource resolves it against the page and refuses what is not http(s). */
export function sourceFromSearch(search: string): string {
  const src = new URLSearchParams(search).get('src')?.trim();
  return src || articleUrlFromSearch(search);
}
