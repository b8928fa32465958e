import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../../shared/src/index';
import { ArticleFetchError, fileNameOf, loadArticle, type Parse } from './loadArticle';

const ok: ParseResult = { ok: true, parsed: { text: 'Body.', events: [] } };

function respond(body: string, status = 200): typeof fetch {
  return async () => new Response(body, { status });
}

describe('loadArticle', () => {
  it('parses the fetched text with the file name of the url', async () => {
    const calls: Array<[string, unknown]> = [];
    const parse: Parse = async (raw, options) => {
      calls.push([raw, options]);
      return ok;
    };
    await expect(loadArticle('articles/000_a.txt', parse, { fetchText: respond('Title\nBody') })).resolves.toBe(ok);
    expect(calls).toEqual([['Title\nBody', { fileName: '000_a.txt' }]]);
  });

  it('returns a problem with the text as data, not as an error', async () => {
    const problem: ParseResult = { ok: false, problem: { key: 'empty', message: 'The file is empty.' } };
    await expect(loadArticle('a.txt', async () => problem, { fetchText: respond('') })).resolves.toBe(problem);
  });

  it('rejects with the HTTP status when the article is missing', async () => {
    const loading = loadArticle('articles/missing.txt', async () => ok, { fetchText: respond('Not found', 404) });
    await expect(loading).rejects.toBeInstanceOf(ArticleFetchError);
    await expect(loading).rejects.toThrow('The article “missing.txt” could not be loaded (HTTP 404).');
  });

  it('rejects with a readable message when the network fails', async () => {
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(loadArticle('a.txt', async () => ok, { fetchText: offline })).rejects.toThrow(
      'The article “a.txt” could not be loaded (Failed to fetch).',
    );
  });
});

describe('fileNameOf', () => {
  it('keeps the last path segment without query or hash', () => {
    expect(fileNameOf('./articles/000_x.txt?v=2#top')).toBe('000_x.txt');
  });
});
