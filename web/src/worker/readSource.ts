// What the worker does with a text: parse an article, or read an events file as it is.
import { parseArticle, type ParseResult } from '../../../shared/src/index';
import { readEventsJson } from '../app/checkEventsJson';
import type { ParseOptions } from './parserMessages';

export function readSource(raw: string, { as, ...options }: ParseOptions = {}): ParseResult {
  return as === 'events' ? readEventsJson(raw, options.fileName ?? 'The events file') : parseArticle(raw, options);
}
