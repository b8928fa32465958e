// The app's parser: the shared parseArticle, run in a module worker.
import type { ParseResult } from '../../../shared/src/index';
import { createParserClient, type ParserClient } from './parserClient';
import type { ParseOptions } from './parserMessages';

let client: ParserClient | null = null;

function parserClient(): ParserClient {
  client ??= createParserClient(
    () => new Worker(new URL('./parser.worker.ts', import.meta.url), { type: 'module' }),
  );
  return client;
}

export function parseInWorker(raw: string, options?: ParseOptions): Promise<ParseResult> {
  return parserClient().parse(raw, options);
}

/** Loads the worker now: called as a text starts downloading, so both happen at once. */
export function startParser(): void {
  parserClient().start();
}
