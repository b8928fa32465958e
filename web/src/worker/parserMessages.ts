// What crosses the worker boundary: plain data, by structured clone.
import type { ParseResult } from '../../../shared/src/index';

export interface ParseOptions {
  publicationDate?: string;
  fileName?: string;
}

export interface ParseRequest {
  id: number;
  raw: string;
  options: ParseOptions;
}

/** A parse either returns the parser's result or, on a bug in the parser, the error's message. */
export type ParseResponse = { id: number; result: ParseResult } | { id: number; error: string };
