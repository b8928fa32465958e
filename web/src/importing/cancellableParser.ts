// The editor's parser: the same worker as the app's, but one that Cancel may stop. Terminating
// a worker is the only way to stop a parse that is running; the next parse starts a fresh one.
import type { ParseResult } from '../../../shared/src/index';
import { createParserClient, type ParserClient } from '../worker/parserClient';
import type { ParseOptions } from '../worker/parserMessages';

let client: ParserClient | null = null;

export function parseCancellably(raw: string, options?: ParseOptions): Promise<ParseResult> {
  client ??= createParserClient(
    () => new Worker(new URL('../worker/parser.worker.ts', import.meta.url), { type: 'module' }),
  );
  return client.parse(raw, options);
}

/** Rejects the parses under way and stops their worker. */
export function cancelParsing(): void {
  client?.terminate();
}
