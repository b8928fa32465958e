// "8/9/2020", "5/23/2021", "23/5/2021", "6/25/21", "2020/08/09", "09.07.2021", "9.7.2021": dates
// written in figures. Not "3/4", "won 3/2", "v2.10.2021", "1.2.3", "12.08", an IP address or a phone number.
import { isValidDay } from '../resolve/calendarMath';
import { B, YEAR, compile } from './patterns';
import type { Recognition, Recogniser } from './partialValue';

const DAY_OR_MONTH = '\\d{1,2}';
// Not inside a longer run of numbers, "1.2.3.4.2021", "10.1.2000.5", nor after a letter and a dot ("v.2.10.2021").
const NO_RUN_BEFORE = '(?<![\\p{L}\\p{N}][./:,-])';
const NO_RUN_AFTER = '(?![\\p{L}\\p{N}]|[./:,-]\\p{N})';

// A two-digit year is a date only when no number stands next to it: "06/12/34 56 78" is a phone
// number, though "6/25/21 10:30" is a day and its time.
const SPACED_NUMBER_BEFORE = /\p{N}\s$/u;
const SPACED_NUMBER_AFTER = /^\s\d+(?!\d|[:.]\d|\s*[ap]\.?\s?m)/i;
// "version 2.10.2021", "build 1.12.2020": a version number that looks like a date.
const VERSION_BEFORE = /(?:^|[^\p{L}])(?:v|ver|version|build|firmware)\.?\s*$/iu;

/**
 * Month and day of a slash date: month first, as English news writes it ("5/23/2021"), unless the
 * first number cannot be a month and the second can ("23/5/2021"). Null for a day the calendar lacks.
 */
function monthAndDay(first: number, second: number, year: number): { month: number; day: number } | null {
  const [month, day] = first > 12 && second <= 12 ? [second, first] : [first, second];
  return isValidDay(year, month, day) ? { month, day } : null;
}

export const numericDates: Recogniser[] = [
  {
    // "8/9/2020" (9 August), "5/23/2021", "23/5/2021" (day first, as the 23rd is no month), "6/25/21"
    name: 'slashDate',
    pattern: compile(`${B}${NO_RUN_BEFORE}(?<a>${DAY_OR_MONTH})/(?<b>${DAY_OR_MONTH})/(?:(?<y>${YEAR})|(?<yy>\\d\\d))${NO_RUN_AFTER}`),
    read: ({ groups: g, index, 0: whole }, text) => {
      const [first, second] = [Number(g!.a), Number(g!.b)];
      if (g!.y) {
        const year = Number(g!.y);
        const told = monthAndDay(first, second, year);
        return told && { kind: 'calendar', year, ...told };
      }
      const end = index + whole.length;
      if (SPACED_NUMBER_BEFORE.test(text.slice(Math.max(0, index - 2), index)) || SPACED_NUMBER_AFTER.test(text.slice(end, end + 12))) return null;
      // The century is the resolver's to choose, as for "'95"; 2000 lets "2/29/00" through, as 29 February 2000 was a day.
      const yearOfCentury = Number(g!.yy);
      const told = monthAndDay(first, second, 2000 + yearOfCentury);
      return told && { kind: 'calendar', yearOfCentury, ...told };
    },
  },
  {
    // "2020/08/09", "2021/1/5": year, month, day
    name: 'yearFirstSlashDate',
    pattern: compile(`${B}${NO_RUN_BEFORE}(?<y>${YEAR})/(?<m>${DAY_OR_MONTH})/(?<d>${DAY_OR_MONTH})${NO_RUN_AFTER}`),
    read: ({ groups: g }) => {
      const [year, month, day] = [Number(g!.y), Number(g!.m), Number(g!.d)];
      return isValidDay(year, month, day) ? { kind: 'calendar', year, month, day } : null;
    },
  },
  {
    // "09.07.2021", "9.7.2021": day, month, year, as Europe writes them; never a two-digit year ("1.2.21" is a version, or a score)
    name: 'dotDate',
    pattern: compile(`${B}${NO_RUN_BEFORE}(?<d>${DAY_OR_MONTH})\\.(?<m>${DAY_OR_MONTH})\\.(?<y>${YEAR})${NO_RUN_AFTER}`),
    read: ({ groups: g, index }, text) => {
      const [year, month, day] = [Number(g!.y), Number(g!.m), Number(g!.d)];
      if (!isValidDay(year, month, day) || VERSION_BEFORE.test(text.slice(Math.max(0, index - 12), index))) return null;
      return { kind: 'calendar', year, month, day };
    },
  },
];

// A slash date's first two numbers, as the text writes them.
const SLASH_DATE_NUMBERS = /^(\d{1,2})\/(\d{1,2})\//;

/** The order a slash date shows its numbers in: day first ("23/5/2021"), month first ("5/23/2021"), or either ("8/9/2020"). */
function orderShown(text: string, { start, end }: Recognition): 'day' | 'month' | 'either' | undefined {
  const numbers = SLASH_DATE_NUMBERS.exec(text.slice(start, end));
  if (!numbers) return undefined;
  const [first, second] = [Number(numbers[1]), Number(numbers[2])];
  return first > 12 && second <= 12 ? 'day' : second > 12 && first <= 12 ? 'month' : 'either';
}

/**
 * "Filed 23/5/2021 … heard 8/9/2021": a text that shows its slash dates day first, and never month first, writes them all so,
 * as Europe does; "8/9/2021" is then 8 September. Texts that show neither order keep the month first of English news.
 */
export function slashDatesInTheTextsOrder(text: string, recognitions: Recognition[]): Recognition[] {
  let dayFirst = false;
  for (const recognition of recognitions) {
    // Most texts have no slash date: only a find opening with a digit is read.
    const c = text.charCodeAt(recognition.start);
    if (c < 48 || c > 57) continue;
    const order = orderShown(text, recognition);
    if (order === 'month') return recognitions;
    if (order === 'day') dayFirst = true;
  }
  if (!dayFirst) return recognitions;
  return recognitions.map((recognition) => {
    const { partial } = recognition;
    if (partial.kind !== 'calendar' || partial.month === undefined || partial.day === undefined || orderShown(text, recognition) !== 'either') return recognition;
    const year = partial.year ?? 2000 + (partial.yearOfCentury ?? 0);
    return isValidDay(year, partial.day, partial.month) ? { ...recognition, partial: { ...partial, month: partial.day, day: partial.month } } : recognition;
  });
}
