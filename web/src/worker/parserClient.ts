// A promise per parse over one long-lived worker, created on first use (nothing runs at import).
// A worker that crashes or stops answering is terminated; the next parse gets a fresh one.
import type { ParseResult } from '../../../shared/src/index';
import { ArticleFetchError } from '../app/articleFetchError';
import type { ParseOptions, ParseRequest, ParseResponse } from './parserMessages';
import { loadTimeout, ParserWorkerError, parseTimeout } from './parserWorkerError';

/** The part of Worker the client uses, so tests can pass a fake. */
export interface ParserWorker {
  postMessage(request: ParseRequest): void;
  addEventListener(type: 'message', listener: (message: MessageEvent<ParseResponse>) => void): void;
  addEventListener(type: 'error', listener: (error: ErrorEvent) => void): void;
  terminate(): void;
}

export interface ParserClient {
  parse(raw: string, options?: ParseOptions): Promise<ParseResult>;
  /**
   * Downloads a source (?src=, relative to `baseUrl`) in the worker and reads it as loadSource does;
   * rejects with an ArticleFetchError when it cannot be downloaded.
   */
  load(src: string, baseUrl: string): Promise<ParseResult>;
  terminate(): void;
}

export interface ParserClientOptions {
  /** Milliseconds a parse of a text this long may take before the worker counts as hung. */
  timeoutFor?(text: { length: number }): number;
  /** Milliseconds a download may take: its size is not known until it is downloaded. */
  loadTimeout?: number;
}

interface Pending {
  timeout: number;
  resolve(result: ParseResult): void;
  reject(error: Error): void;
}

export function createParserClient(
  createWorker: () => ParserWorker,
  { timeoutFor = parseTimeout, loadTimeout: loadAllowance = loadTimeout }: ParserClientOptions = {},
): ParserClient {
  let worker: ParserWorker | null = null;
  let nextId = 0;
  // In the order sent, which is the order the worker answers in: the first one is being parsed.
  const pending = new Map<number, Pending>();
  let watchdog: ReturnType<typeof setTimeout> | undefined;

  const stop = (error: ParserWorkerError) => {
    clearTimeout(watchdog);
    watchdog = undefined;
    worker?.terminate();
    worker = null;
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  };

  // One timer, for the parse the worker is on now; queued parses wait their turn without a clock.
  const watchCurrent = () => {
    clearTimeout(watchdog);
    watchdog = undefined;
    const current = pending.values().next();
    if (current.done) return;
    const seconds = Math.round(current.value.timeout / 1000);
    watchdog = setTimeout(
      () =>
        stop(
          new ParserWorkerError(
            'hung',
            `The parser did not answer within ${seconds} seconds and was stopped. Try again for a fresh one.`,
          ),
        ),
      current.value.timeout,
    );
  };

  const ensureWorker = (): ParserWorker => {
    if (worker) return worker;
    const created = createWorker();
    created.addEventListener('message', ({ data }) => {
      if (created !== worker) return;
      const request = pending.get(data.id);
      if (!request) return;
      if ('downloaded' in data) {
        // The download is done: from now on the text's own allowance applies, not the download's.
        request.timeout = timeoutFor({ length: data.downloaded });
        if (pending.values().next().value === request) watchCurrent();
        return;
      }
      pending.delete(data.id);
      if ('result' in data) request.resolve(data.result);
      else if ('fetchFailure' in data) {
        const { url, status, detail } = data.fetchFailure;
        request.reject(new ArticleFetchError(url, status, detail));
      } else request.reject(new Error(`The parser failed: ${data.error}`));
      watchCurrent();
    });
    created.addEventListener('error', (event) => {
      if (created !== worker) return;
      // A worker that failed to load or crashed cannot be trusted: the next parse starts a fresh one.
      stop(new ParserWorkerError('crashed', `The parser worker stopped: ${event.message || 'it could not be loaded'}`));
    });
    worker = created;
    return created;
  };

  const ask = (request: (id: number) => ParseRequest, timeout: number) => {
    const id = nextId++;
    return new Promise<ParseResult>((resolve, reject) => {
      pending.set(id, { timeout, resolve, reject });
      try {
        ensureWorker().postMessage(request(id));
      } catch (error) {
        pending.delete(id);
        const reason = error instanceof Error ? error.message : String(error);
        reject(new ParserWorkerError('crashed', `The parser worker could not be started: ${reason}`));
        return;
      }
      if (pending.size === 1) watchCurrent();
    });
  };

  return {
    parse(raw, options = {}) {
      return ask((id) => ({ id, raw, options }), timeoutFor(raw));
    },
    load(src, baseUrl) {
      return ask((id) => ({ id, src, baseUrl }), loadAllowance);
    },
    terminate() {
      stop(new ParserWorkerError('terminated', 'The parser worker was terminated.'));
    },
  };
}
