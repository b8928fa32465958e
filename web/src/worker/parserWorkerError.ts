// The worker, not the article, failed: it crashed or stopped answering, and was replaced.

export type WorkerFailure = 'crashed' | 'hung' | 'terminated';

export class ParserWorkerError extends Error {
  constructor(
    readonly failure: WorkerFailure,
    message: string,
  ) {
    super(message);
    this.name = 'ParserWorkerError';
  }
}

const second = 1000;

/**
 * How long one parse may take before its worker counts as hung: 30 s, and 15 s more per million
 * characters. Generous on purpose: the parser reads a megabyte in well under a second, so only a
 * worker stuck in a loop, or dead without a word, ever reaches it.
 */
export function parseTimeout(text: { length: number }): number {
  return Math.round(30 * second + (text.length / 1_000_000) * 15 * second);
}

/** A source the worker downloads (?src=) has this long to arrive; then the allowance of its text applies. */
export const loadTimeout = Math.round(30 * second + 20 * 15 * second);
