// The app's parser: the shared parseArticle, run in a module worker.
import type { ParseResult } from '../../../shared/src/index';
import { createParserClient, type ParserClient } from './parserClient';
import type { ParseOptions } from './parserMessages';

let client: ParserClient | null = null;

export function parseInWorker(raw: string, options?: ParseOptions): Promise<ParseResult> {
  client ??= createParserClient(
    () => new Worker(new URL('./parser.worker.ts', import.meta.url), { type: 'module' }),
  );
  return client.parse(raw, options);
}
