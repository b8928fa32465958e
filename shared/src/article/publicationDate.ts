// Finds a publication date in the first lines of a text: "2021-11-19", "Published: 19 November 2021",
// "November 19, 2021 10:42". Uses the tagger, so every date shape it reads is a date line too.
import { tagTimexes } from '../tagTimexes';

const FULL_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** "2021-11-19T10:00:00Z" → "2021-11-19"; null when it is not a full calendar date. */
export function toIsoDay(value: string): string | undefined {
  const match = FULL_DAY.exec(value.trim());
  if (!match) {
    const [timex] = tagTimexes(value);
    return timex && FULL_DAY.test(timex.value) ? timex.value.slice(0, 10) : undefined;
  }
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? match[0] : undefined;
}

const DATE_LINE_WORDS = /^(?:published|updated|posted|date|dated|first published)\b[:\s]*/i;

/** The first short line that is a full date (with an optional "Published:"), and whether the line is nothing else. */
export function findDateLine(lines: string[]): { index: number; date: string; wholeLine: boolean } | undefined {
  for (const [index, line] of lines.entries()) {
    if (line.length > 80) continue;
    const rest = line.replace(DATE_LINE_WORDS, '');
    const [timex] = tagTimexes(rest);
    if (!timex || !FULL_DAY.test(timex.value)) continue;
    // Only a line that is mostly the date: "By Jane Doe | 19 November 2021" qualifies, a sentence does not.
    if (timex.text.length < rest.length * 0.5) continue;
    return { index, date: timex.value.slice(0, 10), wholeLine: true };
  }
  return undefined;
}
