// Which article the page opens: ?article=<file in public/articles>, the Belarus story by default.

export const defaultArticle = '000_df00862e278acaea.txt';

const safeFileName = /^[\w.-]+\.(?:txt|html?)$/;

/** Only plain file names in articles/: the query string must not point the page anywhere else. */
export function articleUrlFromSearch(search: string): string {
  const requested = new URLSearchParams(search).get('article');
  const file = requested && safeFileName.test(requested) && !requested.startsWith('.') ? requested : defaultArticle;
  return `articles/${file}`;
}
