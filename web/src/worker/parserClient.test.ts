import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ParseResult } from '../../../shared/src/index';
import { ArticleFetchError } from '../app/articleFetchError';
import { createParserClient, type ParserWorker } from './parserClient';
import type { ParseRequest, ParseResponse } from './parserMessages';
import { ParserWorkerError } from './parserWorkerError';

const parsed: ParseResult = { ok: true, parsed: { text: 'Text.', events: [] } };

/** The text of a parse, or the source of a download. */
const textOf = (request: ParseRequest) => ('raw' in request ? request.raw : request.src);

/** A worker that answers each request with `answer` (null: never), asynchronously like a real one. */
function fakeWorker(answer: (request: ParseRequest) => ParseResponse | null) {
  const listeners: Record<string, Array<(event: never) => void>> = {};
  const sent: ParseRequest[] = [];
  const worker: ParserWorker & {
    sent: ParseRequest[];
    answer(data: ParseResponse): void;
    fail(message: string): void;
    terminated: boolean;
  } = {
    sent,
    terminated: false,
    postMessage(request) {
      sent.push(request);
      queueMicrotask(() => {
        const data = answer(request);
        if (data) worker.answer(data);
      });
    },
    addEventListener(type: string, listener: (event: never) => void) {
      (listeners[type] ??= []).push(listener);
    },
    terminate() {
      worker.terminated = true;
    },
    answer(data) {
      for (const listener of listeners.message ?? []) listener({ data } as never);
    },
    fail(message) {
      for (const listener of listeners.error ?? []) listener({ message } as never);
    },
  };
  return worker;
}

describe('createParserClient', () => {
  it('creates its worker only when the first parse is asked for', async () => {
    let created = 0;
    const client = createParserClient(() => {
      created += 1;
      return fakeWorker(({ id }) => ({ id, result: parsed }));
    });
    expect(created).toBe(0);
    await client.parse('a');
    await client.parse('b');
    expect(created).toBe(1);
  });

  it('resolves each parse with the answer carrying its own id', async () => {
    const worker = fakeWorker((request) => ({ id: request.id, result: { ok: true, parsed: { text: textOf(request), events: [] } } }));
    const client = createParserClient(() => worker);
    const [first, second] = await Promise.all([client.parse('first'), client.parse('second', { fileName: 'b.txt' })]);
    expect(first).toEqual({ ok: true, parsed: { text: 'first', events: [] } });
    expect(second).toEqual({ ok: true, parsed: { text: 'second', events: [] } });
    expect(worker.sent[1]).toEqual({ id: 1, raw: 'second', options: { fileName: 'b.txt' } });
  });

  it('asks the worker to download a source, relative to the page, and resolves with what it read', async () => {
    const worker = fakeWorker((request) => ({ id: request.id, result: parsed }));
    const client = createParserClient(() => worker);
    await expect(client.load('set.json', 'https://news.example/page.html')).resolves.toEqual(parsed);
    expect(worker.sent).toEqual([{ id: 0, src: 'set.json', baseUrl: 'https://news.example/page.html' }]);
  });

  it('rejects a download that failed with the ArticleFetchError the page shows', async () => {
    const fetchFailure = { url: 'https://news.example/gone.json', status: 404, detail: 'HTTP 404' };
    const client = createParserClient(() => fakeWorker(({ id }) => ({ id, fetchFailure })));
    const loading = client.load('gone.json', 'https://news.example/');
    await expect(loading).rejects.toBeInstanceOf(ArticleFetchError);
    await expect(loading).rejects.toMatchObject({ status: 404, message: 'The article “gone.json” could not be loaded (HTTP 404).' });
  });

  it('rejects with the message of a parser that threw', async () => {
    const client = createParserClient(() => fakeWorker(({ id }) => ({ id, error: 'boom' })));
    await expect(client.parse('x')).rejects.toThrow('The parser failed: boom');
  });

  it('rejects pending parses and starts a fresh worker after the worker fails', async () => {
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const client = createParserClient(() => {
      const worker = fakeWorker(({ id }) => ({ id, result: parsed }));
      workers.push(worker);
      return worker;
    });
    const pending = client.parse('x');
    workers[0]?.fail('syntax error');
    await expect(pending).rejects.toThrow('The parser worker stopped: syntax error');
    expect(workers[0]?.terminated).toBe(true);
    await client.parse('y');
    expect(workers).toHaveLength(2);
  });

  it('reports a crashed worker as crashed', async () => {
    const worker = fakeWorker(() => null);
    const client = createParserClient(() => worker);
    const pending = client.parse('x');
    worker.fail('out of memory');
    await expect(pending).rejects.toMatchObject({ name: 'ParserWorkerError', failure: 'crashed' });
  });

  it('reports a worker that cannot be started instead of throwing', async () => {
    const client = createParserClient(() => {
      throw new Error('workers are disabled');
    });
    await expect(client.parse('x')).rejects.toThrow('The parser worker could not be started: workers are disabled');
  });
});

describe('createParserClient with a hung worker', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A client over workers that answer only texts other than "hang". */
  function clientOverWorkers() {
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const client = createParserClient(
      () => {
        const worker = fakeWorker((request) => (textOf(request) === 'hang' ? null : { id: request.id, result: parsed }));
        workers.push(worker);
        return worker;
      },
      { timeoutFor: (raw) => (raw === 'slow' ? 5_000 : 1_000) },
    );
    return { client, workers };
  }

  it('stops a worker that gives no answer in time, rejects the parse and says so', async () => {
    vi.useFakeTimers();
    const { client, workers } = clientOverWorkers();
    const pending = client.parse('hang');
    const rejected = expect(pending).rejects.toThrow('The parser did not answer within 1 seconds');
    await vi.advanceTimersByTimeAsync(999);
    expect(workers[0]?.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await rejected;
    await expect(pending).rejects.toBeInstanceOf(ParserWorkerError);
    expect(workers[0]?.terminated).toBe(true);
  });

  it('starts a fresh worker for the next parse after a hung one, which then succeeds', async () => {
    vi.useFakeTimers();
    const { client, workers } = clientOverWorkers();
    const hung = client.parse('hang');
    hung.catch(() => {});
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(client.parse('next')).resolves.toEqual(parsed);
    expect(workers).toHaveLength(2);
    expect(workers[1]?.terminated).toBe(false);
  });

  it('does not time out a parse that was answered', async () => {
    vi.useFakeTimers();
    const { client, workers } = clientOverWorkers();
    await expect(client.parse('quick')).resolves.toEqual(parsed);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(workers[0]?.terminated).toBe(false);
  });

  it('times a queued parse from when the worker turns to it, with its own allowance', async () => {
    vi.useFakeTimers();
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const client = createParserClient(
      () => {
        const worker = fakeWorker(() => null);
        workers.push(worker);
        return worker;
      },
      { timeoutFor: (raw) => (raw === 'slow' ? 5_000 : 1_000) },
    );
    const first = client.parse('quick');
    const second = client.parse('slow');
    await vi.advanceTimersByTimeAsync(800);
    workers[0]?.answer({ id: 0, result: parsed });
    await expect(first).resolves.toEqual(parsed);
    // The slow parse started at 800 ms: 5 s from then, not from when it was sent.
    let settled = false;
    second.then(
      () => (settled = true),
      () => (settled = true),
    );
    await vi.advanceTimersByTimeAsync(4_900);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    await expect(second).rejects.toMatchObject({ failure: 'hung' });
  });

  it('gives a download the load allowance, since its size is not known when asked', async () => {
    vi.useFakeTimers();
    const worker = fakeWorker(() => null);
    const client = createParserClient(() => worker, { timeoutFor: () => 1_000, loadTimeout: 3_000 });
    const loading = client.load('big.json', 'https://news.example/');
    const rejected = expect(loading).rejects.toThrow('The parser did not answer within 3 seconds');
    await vi.advanceTimersByTimeAsync(2_999);
    expect(worker.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await rejected;
  });

  it('gives a downloaded source the allowance of its text from when it was downloaded', async () => {
    vi.useFakeTimers();
    const worker = fakeWorker(({ id }) => ({ id, downloaded: 10 }));
    const client = createParserClient(() => worker, {
      timeoutFor: ({ length }) => (length === 10 ? 1_000 : 99_000),
      loadTimeout: 60_000,
    });
    const loading = client.load('set.json', 'https://news.example/');
    const rejected = expect(loading).rejects.toThrow('The parser did not answer within 1 seconds');
    await vi.advanceTimersByTimeAsync(999);
    expect(worker.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await rejected;
    expect(worker.terminated).toBe(true);
  });

  it('ignores an answer that comes from a worker already stopped', async () => {
    vi.useFakeTimers();
    const { client, workers } = clientOverWorkers();
    const hung = client.parse('hang');
    hung.catch(() => {});
    await vi.advanceTimersByTimeAsync(1_000);
    const next = client.parse('next');
    workers[0]?.answer({ id: 1, result: { ok: false, problem: { key: 'empty', message: 'late' } } as never });
    await expect(next).resolves.toEqual(parsed);
  });
});
