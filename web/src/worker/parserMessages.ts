// What crosses the worker boundary: plain data, by structured clone.
import type { ParseResult } from '../../../shared/src/index';

export interface ParseOptions {
  publicationDate?: string;
  fileName?: string;
  /** What the text is: an article in any shape the reader takes (the default), or an events file as `npm run extract` prints it. */
  as?: 'article' | 'events';
}

/** A text to parse, or a source (?src=) for the worker to download and read as loadSource does. */
export type ParseRequest =
  | { id: number; raw: string; options: ParseOptions }
  | { id: number; src: string; baseUrl: string };

/** Why a source could not be downloaded, rebuilt on the page as an ArticleFetchError. */
export interface FetchFailure {
  url: string;
  status: number | null;
  detail: string;
}

/**
 * A parse returns the parser's result; a download that failed, why; a bug in the parser, the
 * error's message. A download says first how long its text is.
 */
export type ParseResponse =
  | { id: number; result: ParseResult }
  /** Not an answer: a source is downloaded and is being read, with this many characters. */
  | { id: number; downloaded: number }
  | { id: number; fetchFailure: FetchFailure }
  | { id: number; error: string };
