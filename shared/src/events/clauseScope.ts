// The part of a sentence that tells the event of one date in it. Semicolons part clauses: the date's
// clause runs on over the next ones until one holds a date of its own ("May 23 — flight forced to land
// in Minsk; journalist Roman Protasevich arrested."). Within it, a relative clause after a name
// (", who …,", ", which …,") that holds the date tells about that name; one that does not is left out.
import { CLAUSE_CONTINUATIONS, RELATIVE_PRONOUNS } from '../lexicon/en/clauses';

export interface Span {
  start: number;
  end: number;
}

export interface ClauseScope {
  /** The date's clause, between semicolons. */
  clause: Span;
  /** Stretches of the text whose names take part in the event. */
  ranges: Span[];
  /** With the date inside a relative clause: the phrase the clause tells about ("BATE" in "BATE, who won …"). */
  antecedent?: Span;
}

const CONTINUATIONS = new Set<string>(CLAUSE_CONTINUATIONS);
const RELATIVE = new RegExp(`,\\s+(?:${RELATIVE_PRONOUNS.join('|')})\\b`, 'g');
const NEXT_WORD = /^,\s*(?<word>[\p{L}\p{N}]+)/u;
// "Fasel, 70, who …": an age between a name and its relative clause.
const AGE = /^\s*\d{1,3}\s*$/;

/** `start`–`end`: the sentence; `date`: one of its dates; `dates`: all of them (with `date`). */
export function clauseScope(text: string, start: number, end: number, date: Span, dates: readonly Span[] = []): ClauseScope {
  const before = lastIndexWithin(text, ';', start, date.start);
  const clauseStart = before !== -1 ? before + 1 : start;
  let clauseEnd = end;
  for (let semicolon = indexWithin(text, ';', date.end, end); semicolon !== -1; semicolon = indexWithin(text, ';', semicolon + 1, end)) {
    const next = indexWithin(text, ';', semicolon + 1, end);
    const nextEnd = next !== -1 ? next : end;
    if (dates.some((d) => d.start > semicolon && d.start < nextEnd)) {
      clauseEnd = semicolon;
      break;
    }
  }
  const clause = { start: clauseStart, end: clauseEnd };
  const relatives = relativeClauses(text, clauseStart, clauseEnd);
  const holding = relatives.find((r) => r.start <= date.start && date.end <= r.end);
  if (holding) return { clause, ranges: [holding], antecedent: antecedentOf(text, clauseStart, holding.start) };
  // "the 2010 floods, which hit southern Poland": a relative clause about the date's own phrase stays in.
  const aside = relatives.filter((r) => {
    const about = antecedentOf(text, clauseStart, r.start);
    return !(about.start <= date.start && date.end <= about.end);
  });
  const ranges: Span[] = [];
  let from = clauseStart;
  for (const r of aside) {
    ranges.push({ start: from, end: r.start });
    from = r.end;
  }
  ranges.push({ start: from, end: clauseEnd });
  return { clause, ranges };
}

// ", who …" and ", which …" up to the comma where the main clause goes on ("BATE, who won …, finished").
function relativeClauses(text: string, start: number, end: number): Span[] {
  const clause = text.slice(start, end);
  const openings = [...clause.matchAll(RELATIVE)].map((m) => m.index);
  return openings.map((open, i) => {
    const limit = openings[i + 1] ?? clause.length;
    let close = limit;
    for (let comma = clause.indexOf(',', open + 1); comma !== -1 && comma < limit; comma = clause.indexOf(',', comma + 1)) {
      const word = NEXT_WORD.exec(clause.slice(comma))?.groups?.word;
      if (word && /^\p{Ll}/u.test(word) && !CONTINUATIONS.has(word)) {
        close = comma;
        break;
      }
    }
    return { start: start + open, end: start + close };
  });
}

// The phrase between the comma before a relative clause and the one before that, past an age.
function antecedentOf(text: string, clauseStart: number, relativeStart: number): Span {
  let end = relativeStart;
  let comma = lastIndexWithin(text, ',', clauseStart, end);
  if (comma !== -1 && AGE.test(text.slice(comma + 1, end))) {
    end = comma;
    comma = lastIndexWithin(text, ',', clauseStart, end);
  }
  return { start: Math.max(comma + 1, clauseStart), end };
}

// Searches kept within the sentence: on a text without semicolons, text.indexOf would read to its end for every date.
/** The first `char` in text[from, to), or -1. */
function indexWithin(text: string, char: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text[i] === char) return i;
  return -1;
}

/** The last `char` in text[from, to), or -1. */
function lastIndexWithin(text: string, char: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text[i] === char) return i;
  return -1;
}
