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

// "Published: …" opens the line, or follows a byline ("By Jane Doe Published Aug. 3, 2021"), capitalised.
const DATE_LINE_WORDS = /^(?:published|updated|posted|date|dated|first published)\b[:\s]*|(?<=\s|[|·•–—-]\s*)(?:Published|Updated|Posted|First published)\b[:\s]*/i;

/** The first short line that is a full date (with an optional "Published:"): its index and the date. */
export function findDateLine(lines: string[]): { index: number; date: string } | undefined {
  for (const [index, line] of lines.entries()) {
    if (line.length > 80) continue;
    const words = DATE_LINE_WORDS.exec(line);
    // A byline before "Published" is part of the date line; a lower-case "published" mid-line is a sentence's.
    if (words && words.index > 0 && !/^[PUF]/.test(words[0])) continue;
    const rest = words ? line.slice(words.index + words[0].length) : line;
    const timexes = tagTimexes(rest);
    // "Updated 3 hours ago · 24 June 2023": the full date need not come first.
    const timex = timexes.find((t) => FULL_DAY.test(t.value));
    if (!timex) continue;
    // Only a line that is mostly dates and times: "By Jane Doe | 19 November 2021" and "Aug. 3, 2021 at 10:42 a.m." qualify, a sentence does not.
    const covered = timexes.reduce((sum, t) => sum + t.end - t.start, 0);
    if (covered >= rest.length * 0.5) return { index, date: timex.value.slice(0, 10) };
    // "Obituary | 4 May 2022", "By Ihar Ilyash Vilnius, 9 August 2025": a part of its own, set off by a
    // separator, that opens with the date and is mostly dates.
    const part = datePart(rest, timexes);
    if (part) return { index, date: part };
  }
  return undefined;
}

const PART_SEPARATOR = /\s*[|·•–—]\s*|,\s+/g;

function datePart(line: string, timexes: readonly { start: number; end: number; value: string }[]): string | undefined {
  const starts = [0, ...[...line.matchAll(PART_SEPARATOR)].map((match) => match.index + match[0].length)];
  for (const [i, start] of starts.entries()) {
    const end = i + 1 < starts.length ? line.slice(0, starts[i + 1]).search(/\s*(?:[|·•–—]|,\s)\s*$/) : line.length;
    const opening = timexes.find((t) => t.start === start && FULL_DAY.test(t.value));
    if (!opening || end <= start) continue;
    const covered = timexes.filter((t) => t.start >= start && t.end <= end).reduce((sum, t) => sum + t.end - t.start, 0);
    if (covered >= (end - start) * 0.75) return opening.value.slice(0, 10);
  }
  return undefined;
}
