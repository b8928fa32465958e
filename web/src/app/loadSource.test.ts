import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../../shared/src/index';
import { readSource } from '../worker/readSource';
import { ArticleFetchError } from './articleFetchError';
import { loadSource, type Parse } from './loadSource';

const page = 'https://dateline.example/app/index.html?src=x';
const ok: ParseResult = { ok: true, parsed: { text: 'Body.', events: [] } };
const text = 'On 3 March 2021 the council met.';
const eventsFile = {
  title: 'T',
  text,
  events: [
    { id: 'a', start: '2021-03-03', quote: text, quoteStart: 0, quoteEnd: 32, dateText: '3 March 2021', dateStart: 3, dateEnd: 15, title: 'Met', actors: [] },
  ],
};

function serve(body: string, status = 200, headers: Record<string, string> = {}) {
  const asked: string[] = [];
  const fetchText: typeof fetch = async (input) => {
    asked.push(String(input));
    return new Response(body, { status, headers });
  };
  return { fetchText, asked };
}

/** Reads an events file as the worker does; refuses to parse an article. */
const noParse: Parse = async (raw, options) => {
  if (options?.as !== 'events') throw new Error('this source must not be parsed as an article');
  return readSource(raw, options);
};

function messageOf(result: ParseResult): string {
  return result.ok ? '' : result.problem.message;
}

describe('loadSource', () => {
  it('fetches a relative src from the page’s folder and parses it with its file name', async () => {
    const { fetchText, asked } = serve('Title\nBody');
    const calls: unknown[] = [];
    const parse: Parse = async (raw, options) => {
      calls.push([raw, options]);
      return ok;
    };
    await expect(loadSource('articles/000_a.txt', parse, { fetchText, baseUrl: page })).resolves.toBe(ok);
    expect(asked).toEqual(['https://dateline.example/app/articles/000_a.txt']);
    expect(calls).toEqual([['Title\nBody', { fileName: '000_a.txt' }]]);
  });

  it('opens an events JSON as it is, without the parser', async () => {
    const { fetchText } = serve(JSON.stringify(eventsFile));
    await expect(loadSource('https://news.example/set.json', noParse, { fetchText, baseUrl: page })).resolves.toEqual({
      ok: true,
      parsed: eventsFile,
    });
  });

  it('says which file is not valid JSON', async () => {
    const { fetchText } = serve('{"text": "a", "events": [');
    const result = await loadSource('broken.json', noParse, { fetchText, baseUrl: page });
    expect(messageOf(result)).toMatch(/^“broken\.json” is not valid JSON \(.+\)\.$/);
  });

  it('treats a response served as JSON as JSON, whatever its name', async () => {
    const { fetchText } = serve('[1, 2]', 200, { 'content-type': 'application/json; charset=utf-8' });
    const result = await loadSource('api/timeline', noParse, { fetchText, baseUrl: page });
    expect(messageOf(result)).toBe(
      '“timeline” is not a Dateline events file: The file is JSON, but not an object with "text" and "events".',
    );
  });

  it('names the problems of an events file that is not right', async () => {
    const moved = { ...eventsFile, events: [{ ...eventsFile.events[0], quoteStart: 2 }] };
    const { fetchText } = serve(JSON.stringify(moved));
    const result = await loadSource('set.json', noParse, { fetchText, baseUrl: page });
    expect(result).toEqual({
      ok: false,
      problem: {
        key: 'malformed',
        message: '“set.json” is not a Dateline events file: events[0].quote is not the text at quoteStart–quoteEnd (2–32).',
      },
    });
  });

  it('refuses a src that is not a web address, without fetching it', async () => {
    const { fetchText, asked } = serve('');
    const result = await loadSource('javascript:alert(1)', noParse, { fetchText, baseUrl: page });
    expect(messageOf(result)).toBe('The source “javascript:alert(1)” is not a web address (http or https).');
    expect(asked).toEqual([]);
  });

  it('rejects with the HTTP status when the source is missing', async () => {
    const { fetchText } = serve('Not found', 404);
    const loading = loadSource('gone.json', noParse, { fetchText, baseUrl: page });
    await expect(loading).rejects.toBeInstanceOf(ArticleFetchError);
    await expect(loading).rejects.toThrow('The article “gone.json” could not be loaded (HTTP 404).');
  });

  it('returns a problem with the text as data, not as an error', async () => {
    const { fetchText } = serve('');
    const empty: ParseResult = { ok: false, problem: { key: 'empty', message: 'The file is empty.' } };
    await expect(loadSource('a.txt', async () => empty, { fetchText, baseUrl: page })).resolves.toBe(empty);
  });

  it('rejects with a readable message when the network fails', async () => {
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(loadSource('a.txt', async () => ok, { fetchText: offline, baseUrl: page })).rejects.toThrow(
      'The article “a.txt” could not be loaded (Failed to fetch).',
    );
  });
});
