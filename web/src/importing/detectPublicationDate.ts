// The date line of a pasted text, read by the parser in the worker from the text's first part only.
import { parseInWorker } from '../worker/parseInWorker';

/** Enough for a title, a byline and a date line; the rest of a long paste is never copied. */
const headLength = 4000;

export async function detectPublicationDate(text: string): Promise<string | undefined> {
  const head = text.slice(0, headLength);
  if (!head.trim()) return undefined;
  const result = await parseInWorker(head);
  return result.ok ? result.parsed.publicationDate : undefined;
}
