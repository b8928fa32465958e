// A promise per parse over one long-lived worker, created on first use (nothing runs at import).
import type { ParseResult } from '../../../shared/src/index';
import type { ParseOptions, ParseRequest, ParseResponse } from './parserMessages';

/** The part of Worker the client uses, so tests can pass a fake. */
export interface ParserWorker {
  postMessage(request: ParseRequest): void;
  addEventListener(type: 'message', listener: (message: MessageEvent<ParseResponse>) => void): void;
  addEventListener(type: 'error', listener: (error: ErrorEvent) => void): void;
  terminate(): void;
}

export interface ParserClient {
  parse(raw: string, options?: ParseOptions): Promise<ParseResult>;
  terminate(): void;
}

interface Pending {
  resolve(result: ParseResult): void;
  reject(error: Error): void;
}

export function createParserClient(createWorker: () => ParserWorker): ParserClient {
  let worker: ParserWorker | null = null;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  };

  const ensureWorker = (): ParserWorker => {
    if (worker) return worker;
    const created = createWorker();
    created.addEventListener('message', ({ data }) => {
      const request = pending.get(data.id);
      if (!request) return;
      pending.delete(data.id);
      if ('result' in data) request.resolve(data.result);
      else request.reject(new Error(`The parser failed: ${data.error}`));
    });
    created.addEventListener('error', (event) => {
      // A worker that failed to load cannot recover: drop it so the next parse starts a fresh one.
      failAll(new Error(`The parser worker stopped: ${event.message || 'it could not be loaded'}`));
      created.terminate();
      worker = null;
    });
    worker = created;
    return created;
  };

  return {
    parse(raw, options = {}) {
      const id = nextId++;
      return new Promise<ParseResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        ensureWorker().postMessage({ id, raw, options });
      });
    },
    terminate() {
      failAll(new Error('The parser worker was terminated.'));
      worker?.terminate();
      worker = null;
    },
  };
}
