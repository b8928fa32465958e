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

/** Downloads and reads a source (?src=) in the worker; see ParserClient.load. */
export function loadInWorker(src: string, baseUrl: string): Promise<ParseResult> {
  return parserClient().load(src, baseUrl);
}
