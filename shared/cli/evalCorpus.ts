// Reading the evaluation corpora and tagging them: shared by the eval, timex and bench commands.
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDay } from '../src/resolve/calendarMath';
import { tagTexts } from '../src/tagTimexes';

export interface EvalDocument {
  id: string;
  dct?: string;
  corpus?: string;
  text: string;
  timexes?: { start: number; end: number; type: string; value: string }[];
}

/** The evaluation data lives beside the project, in ../shared/eval (never shipped in the app). */
export const EVAL_DIR = resolve(import.meta.dirname, '../../../shared/eval');

/** Reads a JSON array of {id, dct, text}; returns an error message instead of throwing. */
export function readDocuments(path: string): EvalDocument[] | string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return `${path}: cannot read the file`;
  }
  // Read as bytes and then decoded: Node 20's readFileSync(path, 'utf8') took 0.28 s for a 27 MB corpus, this 0.14 s; and a file
  // all in ASCII, as most corpora are, decodes as Latin-1 to the same string in 0.08 s.
  const raw = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return `${path}: not valid JSON (${(error as Error).message})`;
  }
  if (!Array.isArray(data)) return `${path}: expected a JSON array of documents [{id, dct, text}]`;
  for (const [i, doc] of data.entries()) {
    if (!doc || typeof doc !== 'object') return `${path}: document ${i} is not an object`;
    const { id, text, dct } = doc as Record<string, unknown>;
    if (typeof id !== 'string' && typeof id !== 'number') return `${path}: document ${i} has no id`;
    if (typeof text !== 'string') return `${path}: document ${String(id)} has no text`;
    if (dct !== undefined && dct !== null && typeof dct !== 'string') return `${path}: document ${String(id)} has a dct that is not a string`;
  }
  return data as EvalDocument[];
}

/** How many documents with a dct that is no date are named one by one; the rest are counted. */
const NAMED_DCTS = 5;

/**
 * Lines about the documents whose dct is given but is no date (as "19/11/2021" or "yesterday"): they are tagged as if they had
 * none, so that "last week" stays unresolved rather than counted from a guess, and the user should know why.
 */
export function unreadableDcts(documents: readonly EvalDocument[]): string[] {
  const unreadable = documents.filter((doc) => typeof doc.dct === 'string' && doc.dct.trim() !== '' && !parseDay(doc.dct));
  const lines = unreadable.slice(0, NAMED_DCTS).map((doc) => `document ${doc.id}: dct "${doc.dct}" is not a date (YYYY-MM-DD); tagged as if it had none`);
  if (unreadable.length > NAMED_DCTS) lines.push(`and ${unreadable.length - NAMED_DCTS} more documents whose dct is not a date`);
  return lines;
}

export function tagDocuments(documents: readonly EvalDocument[]) {
  const tagged = tagTexts(documents.map((doc) => ({
    text: doc.text,
    options: { dct: doc.dct ?? undefined, ...(doc.corpus === 'WikiWars' ? { genre: 'narrative' as const } : {}) },
  })));
  return documents.map((doc, i) => ({ id: doc.id, timexes: tagged[i]!.map(({ start, end, type, value }) => ({ start, end, type, value })) }));
}
