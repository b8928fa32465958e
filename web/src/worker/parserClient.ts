// A promise per parse over one long-lived worker, created on first use (nothing runs at import).
// A worker that crashes or stops answering is terminated; the next parse gets a fresh one.
import type { ParseResult } from '../../../shared/src/index';
import type { ParseOptions, ParseRequest, ParseResponse } from './parserMessages';
import { ParserWorkerError, parseTimeout } from './parserWorkerError';

/** The part of Worker the client uses, so tests can pass a fake. */
export interface ParserWorker {
  postMessage(request: ParseRequest): void;
  addEventListener(type: 'message', listener: (message: MessageEvent<ParseResponse>) => void): void;
  addEventListener(type: 'error', listener: (error: ErrorEvent) => void): void;
  terminate(): void;
}

export interface ParserClient {
  parse(raw: string, options?: ParseOptions): Promise<ParseResult>;
  /** Starts the worker ahead of the first parse, so its script loads while the text is fetched. */
  start(): void;
  terminate(): void;
}

export interface ParserClientOptions {
  /** Milliseconds a parse of this text may take before the worker counts as hung. */
  timeoutFor?(raw: string): number;
}

interface Pending {
  timeout: number;
  resolve(result: ParseResult): void;
  reject(error: Error): void;
}

export function createParserClient(
  createWorker: () => ParserWorker,
  { timeoutFor = parseTimeout }: ParserClientOptions = {},
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
      pending.delete(data.id);
      if ('result' in data) request.resolve(data.result);
      else request.reject(new Error(`The parser failed: ${data.error}`));
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

  return {
    parse(raw, options = {}) {
      const id = nextId++;
      return new Promise<ParseResult>((resolve, reject) => {
        pending.set(id, { timeout: timeoutFor(raw), resolve, reject });
        try {
          ensureWorker().postMessage({ id, raw, options });
        } catch (error) {
          pending.delete(id);
          const reason = error instanceof Error ? error.message : String(error);
          reject(new ParserWorkerError('crashed', `The parser worker could not be started: ${reason}`));
          return;
        }
        if (pending.size === 1) watchCurrent();
      });
    },
    start() {
      try {
        ensureWorker();
      } catch {
        // Reported by the parse that needs it, which tries again.
      }
    },
    terminate() {
      stop(new ParserWorkerError('terminated', 'The parser worker was terminated.'));
    },
  };
}
