import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../../shared/src/index';
import { createParserClient, type ParserWorker } from './parserClient';
import type { ParseRequest, ParseResponse } from './parserMessages';

const parsed: ParseResult = { ok: true, parsed: { text: 'Text.', events: [] } };

/** A worker that answers each request with `answer`, asynchronously like a real one. */
function fakeWorker(answer: (request: ParseRequest) => ParseResponse) {
  const listeners: Record<string, Array<(event: never) => void>> = {};
  const sent: ParseRequest[] = [];
  const worker: ParserWorker & { sent: ParseRequest[]; fail(message: string): void; terminated: boolean } = {
    sent,
    terminated: false,
    postMessage(request) {
      sent.push(request);
      queueMicrotask(() => {
        for (const listener of listeners.message ?? []) listener({ data: answer(request) } as never);
      });
    },
    addEventListener(type: string, listener: (event: never) => void) {
      (listeners[type] ??= []).push(listener);
    },
    terminate() {
      worker.terminated = true;
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
    const worker = fakeWorker(({ id, raw }) => ({ id, result: { ok: true, parsed: { text: raw, events: [] } } }));
    const client = createParserClient(() => worker);
    const [first, second] = await Promise.all([client.parse('first'), client.parse('second', { fileName: 'b.txt' })]);
    expect(first).toEqual({ ok: true, parsed: { text: 'first', events: [] } });
    expect(second).toEqual({ ok: true, parsed: { text: 'second', events: [] } });
    expect(worker.sent[1]).toEqual({ id: 1, raw: 'second', options: { fileName: 'b.txt' } });
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
});
