// A source that could not be downloaded, and the file name a source is known by.

/** The article could not be fetched: a message the page can show as it is. */
export class ArticleFetchError extends Error {
  constructor(
    readonly url: string,
    readonly status: number | null,
    readonly detail: string,
  ) {
    super(`The article “${fileNameOf(url)}” could not be loaded (${detail}).`);
    this.name = 'ArticleFetchError';
  }
}

export function fileNameOf(url: string): string {
  return url.split(/[?#]/)[0]?.split('/').at(-1) || url;
}
