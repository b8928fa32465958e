// Runs the shared parser (and the events-file check) off the main thread, so a long article never freezes the page.
import type { ParseRequest, ParseResponse } from './parserMessages';
import { readSource } from './readSource';

/** The part of DedicatedWorkerGlobalScope used here (web/ compiles against the DOM lib). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (message: MessageEvent<ParseRequest>) => void): void;
  postMessage(response: ParseResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', ({ data: request }) => {
  try {
    scope.postMessage({ id: request.id, result: readSource(request.raw, request.options) });
  } catch (error) {
    // The parser promises not to throw; if it does, the page shows the message instead of hanging.
    scope.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
