// What crosses the worker boundary: plain data, by structured clone.
import type { ParseResult } from '../../../shared/src/index';

export interface ParseOptions {
  publicationDate?: string;
  fileName?: string;
  /** What the text is: an article in any shape the reader takes (the default), or an events file as `npm run extract` prints it. */
  as?: 'article' | 'events';
}

export interface ParseRequest {
  id: number;
  raw: string;
  options: ParseOptions;
}

/** A parse either returns the parser's result or, on a bug in the parser, the error's message. */
export type ParseResponse = { id: number; result: ParseResult } | { id: number; error: string };
