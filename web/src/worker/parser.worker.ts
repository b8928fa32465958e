// Runs the shared parser (and the events-file check) off the main thread, so a long article never
// freezes the page. It downloads a source (?src=) itself: the download and the parse then go on
// while the page's thread is still busy starting the app.
import { ArticleFetchError } from '../app/articleFetchError';
import { loadSource } from '../app/loadSource';
import type { ParseRequest, ParseResponse } from './parserMessages';
import { prepareArticleParser, readSource } from './readSource';

/** The part of DedicatedWorkerGlobalScope used here (web/ compiles against the DOM lib). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (message: MessageEvent<ParseRequest>) => void): void;
  postMessage(response: ParseResponse): void;
}

const scope = self as unknown as WorkerScope;

// One request at a time, answered in the order asked: the client's watchdog times the oldest one.
let answered = Promise.resolve();
scope.addEventListener('message', ({ data: request }) => {
  answered = answered.then(() => answer(request));
});

function download(request: Extract<ParseRequest, { src: string }>) {
  const loaded = loadSource(
    request.src,
    (raw, options) => {
      // The page's watchdog gives the parse the allowance of a text this long, from now.
      scope.postMessage({ id: request.id, downloaded: raw.length });
      return readSource(raw, options);
    },
    { baseUrl: request.baseUrl },
  );
  // An article, most likely: the parser downloads and gets ready while the article downloads.
  if (!/\.json(?:[?#]|$)/i.test(request.src)) prepareArticleParser();
  return loaded;
}

async function answer(request: ParseRequest): Promise<void> {
  try {
    const result = 'src' in request ? await download(request) : await readSource(request.raw, request.options);
    scope.postMessage({ id: request.id, result });
  } catch (error) {
    if (error instanceof ArticleFetchError) {
      const { url, status, detail } = error;
      scope.postMessage({ id: request.id, fetchFailure: { url, status, detail } });
      return;
    }
    // The parser promises not to throw; if it does, the page shows the message instead of hanging.
    scope.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
}
