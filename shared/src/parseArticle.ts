// From raw input to the timeline's model: read the article, then find its events.
import { readArticle, type ReadOptions } from './article/readArticle';
import { extractEvents } from './events/extractEvents';
import { unplacedDates } from './events/unplacedDates';
import { tagTimexes } from './tagTimexes';
import type { InputProblem, ParsedArticle } from './types';

export type ParseResult = { ok: true; parsed: ParsedArticle } | { ok: false; problem: InputProblem };

export function parseArticle(raw: string, options: ReadOptions = {}): ParseResult {
  const read = readArticle(raw, options);
  if (!read.ok) return read;
  const { article } = read;
  const timexes = tagTimexes(article.text, { dct: article.publicationDate });
  // Only an undated article has dates that count from a publication date it lacks.
  const unplaced = article.publicationDate ? [] : unplacedDates(timexes);
  return {
    ok: true,
    parsed: {
      ...(article.title ? { title: article.title } : {}),
      ...(article.source ? { source: article.source } : {}),
      ...(article.publicationDate ? { publicationDate: article.publicationDate } : {}),
      text: article.text,
      events: extractEvents(article, timexes),
      ...(unplaced.length > 0 ? { unplacedDates: unplaced } : {}),
    },
  };
}
