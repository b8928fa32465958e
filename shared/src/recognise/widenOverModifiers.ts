// Widens finds over the words before them that TimeML puts inside the expression: a date's
// "late 2019", "mid-August", "end-2014", "early in 1914", "early next year", "the end of 1998", "the beginning of the month",
// "the mid-1980s", "the first half of the 1990s", "a good part of 1990", "the Thanksgiving weekend"; an amount of time's "nearly forty years", "more than four hours", "at least
// the past 18 months", "almost two years ago", "65 million years ago", "over a week", "for over nine months"; a period's "earlier this year", "later that month"; the "this" of
// "this past spring" and "this coming Sunday". And
// over the words after it that TimeML puts inside: "the next year or so", "1994 or later", "weeks or months".
import { SHARES_OF_A_PERIOD, TEN_DAYS_OF_A_MONTH } from '../lexicon/en/calendar';
import { QUANTITY_MODIFIERS } from '../lexicon/en/numbers';
import { PERIOD_PART_MODIFIERS, TRAILING_MODIFIERS } from '../lexicon/en/references';
import type { PartialValue, Recognition } from './partialValue';
import { withStandInsOf } from '../text/oneByteText';
import { isPossessiveAt } from '../text/possessive';

/** How far before a find its modifier may begin. */
const MODIFIER_REACH = 24;
const SHARE_OF_A_PERIOD = `(?:the|a)\\s+(?:${SHARES_OF_A_PERIOD.map((share) => share.replace(' ', '\\s+')).join('|')})\\s+of`;
const DATE_MODIFIER_BEFORE = new RegExp(
  `(?:(?<![\\p{L}\\p{N}])(?:(?:the\\s+)?(?:early|late|mid)|end(?=-)|(?:early|late)\\s+in|the\\s+(?:end|beginning|start|middle|turn|close)\\s+of|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of|${SHARE_OF_A_PERIOD})[\\s-]*)$`,
  'iu',
);
const TEN_DAYS_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])the\\s+(?:${TEN_DAYS_OF_A_MONTH.map((share) => share.replace(' ', '\\s+')).join('|')})\\s+of\\s+$`, 'iu');
/** "September", "September 2020": a month with no day. */
const isMonthAlone = (partial: PartialValue) => partial.kind === 'calendar' && partial.month !== undefined && partial.day === undefined && partial.weekday === undefined;
const QUANTITY_MODIFIER_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...QUANTITY_MODIFIERS].sort((a, b) => b.length - a.length).map((m) => m.replace(/ /g, '\\s+')).join('|')})\\s+$`,
  'iu',
);
// "over" is "more than" before a single unit ("over a week", "just over an hour later") and after "for" ("for over nine
// months"), as the gold has it; else it tells when ("used over three years", "over a three-year period", "over the past year").
const OVER_BEFORE = /(?<![\p{L}\p{N}])(?<for>for\s+)?over\s+$/iu;
const ONE_UNIT = /^an?\s+(?:second|minute|hour|day|week|fortnight|month|year|decade|century)(?![\p{L}-])/iu;

const APPROXIMATELY_BEFORE = /(?<![\p{L}\p{N}])(?:about|around|approximately|roughly)\s+$/iu;

// "earlier this year", "later in the year": "in" comes inside with the modifier, as the gold has it.
const PERIOD_PART_MODIFIER_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${PERIOD_PART_MODIFIERS.join('|')})(?<in>\\s+in)?\\s+$`, 'iu');
const THIS_OR_THAT = /^th(?:is|at)\s/i;
const THE_BEFORE = /(?<![\p{L}\p{N}])the\s+$/iu;
const LONG_UNITS: ReadonlySet<string> = new Set(['month', 'quarter', 'year', 'decade', 'century']);
/** A period of a month or longer: "this year", "that month", "the year", "the summer", "1792", "March". */
const isLongPeriod = (partial: PartialValue) =>
  (partial.kind === 'unitShift' && LONG_UNITS.has(partial.unit)) || partial.kind === 'season'
  || (partial.kind === 'calendar' && partial.day === undefined && partial.weekday === undefined && partial.part === undefined);

const isWeek = (partial: PartialValue) => partial.kind === 'unitShift' && partial.unit === 'week';

const TRAILING_MODIFIER = new RegExp(`\\s+(?:${TRAILING_MODIFIERS.map((m) => m.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'iuy');
// "noon London time", "1:45 p.m. Frankfurt time", "5:34 AM Baghdad time": a clock time's zone named by a place (case-sensitive, unlike
// the zones the clock's pattern reads: not "at 3 p.m. This time").
const PLACE_TIME_AFTER = /\s+(?!(?:This|That|The|Last|Next|Each|Every|Any|Some)\s)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+time(?![\p{L}])/uy;
/** "weeks or months": some of one unit or another, told as one vague period. */
const OR_UNITS = /\s+or\s+(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?![\p{L}\p{N}])/iuy;

/** An amount of time, told alone or as a shift: "four hours", "the past 18 months", "two years ago". */
const isAmountOfTime = (partial: PartialValue) =>
  (partial.kind === 'fixed' && partial.type === 'DURATION') || (partial.kind === 'shiftBy' && !partial.period);

export function widenOverModifiers(text: string, recognitions: readonly Recognition[]): Recognition[] {
  return recognitions.map((recognition, index) => {
    const modifier = modifierBefore(text, recognition);
    const previous = recognitions[index - 1];
    const start = modifier && !(previous && previous.end > recognition.start - modifier) ? recognition.start - modifier : recognition.start;
    const trailing = modifierAfter(text, recognition);
    const next = recognitions[index + 1];
    // "or later today": the words after belong to the next expression.
    const end = trailing && !(next && next.start <= recognition.end + trailing + 1) ? recognition.end + trailing : recognition.end;
    return start === recognition.start && end === recognition.end ? recognition : { ...recognition, start, end };
  });
}

/** The length of the words right after the find that belong to it, or 0. */
function modifierAfter(text: string, { end, partial }: Recognition): number {
  if (text.charCodeAt(end) !== 32) return 0;
  if (partial.kind === 'time') {
    PLACE_TIME_AFTER.lastIndex = end;
    return PLACE_TIME_AFTER.exec(text)?.[0].length ?? 0;
  }
  // Most finds are followed by neither: a trailing modifier opens with " or" or " and".
  const next = text.charCodeAt(end + 1) | 0x20;
  if (next !== 111 && next !== 97) return 0;
  TRAILING_MODIFIER.lastIndex = end;
  const trailing = TRAILING_MODIFIER.exec(text);
  if (trailing) return trailing[0].length;
  if (partial.kind !== 'fixed' || partial.type !== 'DURATION' || !/^PX/.test(partial.value)) return 0;
  OR_UNITS.lastIndex = end;
  return OR_UNITS.exec(text)?.[0].length ?? 0;
}

// "this coming Sunday", "this past weekend", "the coming Monday": the word before "coming" or "past" is inside, as TimeML has it.
const COMING_OR_PAST = /^(?:coming|past)\s/i;
const THIS_OR_THE_BEFORE = /(?<![\p{L}\p{N}])(?:this|the)\s+$/iu;

// "65 million years ago", "thousands of years ago": a count too large to shift by, so the find is a bare "years ago"; its count comes inside.
const VAST_COUNT_BEFORE = withStandInsOf(/(?<![\p{L}\p{N}$£€¥])(?:[\p{L}\d.,-]+\s+(?:hundred|thousand|million|billion)|(?:hundreds|thousands|millions|billions)\s+of)\s+$/iu);

/** The length of the modifier right before the find, or 0. */
function modifierBefore(text: string, { start, end: findEnd, partial }: Recognition): number {
  // "around 7:15 p.m.", "about 2:50 p.m. Monday", "around noon": a clock time told roughly keeps the word that says so.
  if (partial.kind === 'time') return APPROXIMATELY_BEFORE.exec(text.slice(Math.max(0, start - 15), start))?.[0].length ?? 0;
  if (partial.kind === 'fixed' && partial.type !== 'DURATION' && partial.value !== 'PAST_REF') return 0;
  // Most finds open with neither word: their first letter (lower-cased) is not "c" or "p".
  const first = text.charCodeAt(start) | 0x20;
  if ((first === C || first === P) && COMING_OR_PAST.test(text.slice(start, start + 7))) {
    return THIS_OR_THE_BEFORE.exec(text.slice(Math.max(0, start - 6), start))?.[0].length ?? 0;
  }
  // Most finds follow no modifier: the last letter before them (lower-cased) tells which could be there.
  const end = lastLetterBefore(text, start);
  const last = end < 0 ? 0 : text.charCodeAt(end) | 0x20;
  // "hundred", "thousand", "million", "billion", "thousands of" end in d, n or f: every "now" and "recently" is asked this.
  if (partial.kind === 'fixed' && partial.value === 'PAST_REF') {
    return last === D || last === N || last === F ? VAST_COUNT_BEFORE.exec(text.slice(Math.max(0, start - MODIFIER_REACH), start))?.[0].length ?? 0 : 0;
  }
  if (isAmountOfTime(partial)) {
    if (last === R) return overAsMoreThan(text, start);
    // "nearly", "almost", "than", "at least", "at most", "up to".
    if (last !== Y && last !== T && last !== N && last !== O) return 0;
    return QUANTITY_MODIFIER_BEFORE.exec(text.slice(Math.max(0, start - MODIFIER_REACH), start))?.[0].length ?? 0;
  }
  if ((isLongPeriod(partial) || isWeek(partial)) && (last === R || (last === N && isEarlierOrLaterIn(text, end)))) {
    const periodPart = PERIOD_PART_MODIFIER_BEFORE.exec(text.slice(Math.max(0, start - MODIFIER_REACH), start));
    // "earlier this year", "later that month", "later in the year", "later in the week" (as "late in the week"); not "later March",
    // "earlier the plan", nor "earlier this week", which the gold leaves outside as it does "earlier Friday".
    if (periodPart && (periodPart.groups!.in || (isLongPeriod(partial) && THIS_OR_THAT.test(text.slice(start, start + 5))))) return periodPart[0].length;
  }
  if (partial.kind === 'fixed') return 0;
  // "the Thanksgiving weekend", "the Christmas week": the article comes inside, as it does in "the weekend".
  if (partial.kind === 'holiday' && (partial.weekend || partial.week)) return THE_BEFORE.exec(text.slice(Math.max(0, start - 8), start))?.[0].length ?? 0;
  // "early", "late", "mid", "of", and the "in" of "early in", "late in".
  if (last !== Y && last !== E && last !== D && last !== F && !(last === N && isEarlierOrLaterIn(text, end))) return 0;
  // ("moved the start of Sunday's marathon forward": what "of" leads to is the event the day is named for, not the day.)
  if (last === F && isPossessiveAt(text, findEnd)) return 0;
  const before = text.slice(Math.max(0, start - MODIFIER_REACH), start);
  const modifier = DATE_MODIFIER_BEFORE.exec(before)?.[0].length ?? 0;
  return modifier || !isMonthAlone(partial) ? modifier : TEN_DAYS_BEFORE.exec(before)?.[0].length ?? 0;
}

/** The length of an "over" before the find that means "more than" (not its "for"), or 0. */
function overAsMoreThan(text: string, start: number): number {
  const over = OVER_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  if (!over || (!over.groups!.for && !ONE_UNIT.test(text.slice(start, start + 14)))) return 0;
  return over[0].length - (over.groups!.for?.length ?? 0);
}

// Lower-case letters, as char codes.
const [C, D, E, F, N, O, P, R, T, Y] = [...'cdefnoprty'].map((c) => c.charCodeAt(0)) as [number, number, number, number, number, number, number, number, number, number];

const SPACE = /\s/u;
// Every find asks this of the characters before it: ASCII is answered without a regex.
const isSpaceOrHyphen = (c: number) => c === 32 || c === 45 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(String.fromCharCode(c)));

/** The index of the last character before `start` that is no space or hyphen, within reach; -1 if none. */
function lastLetterBefore(text: string, start: number): number {
  const limit = Math.max(0, start - MODIFIER_REACH);
  let i = start - 1;
  while (i >= limit && isSpaceOrHyphen(text.charCodeAt(i))) i--;
  return i >= limit ? i : -1;
}

/** Whether text[end] ends the word "in" after a word that ends as "early", "late", "earlier" and "later" do (y, e, r). */
function isEarlierOrLaterIn(text: string, end: number): boolean {
  if ((text.charCodeAt(end - 1) | 0x20) !== 105 || !isSpaceOrHyphen(text.charCodeAt(end - 2))) return false;
  const before = lastLetterBefore(text, end - 1);
  const c = before < 0 ? 0 : text.charCodeAt(before) | 0x20;
  return c === Y || c === E || c === R;
}
