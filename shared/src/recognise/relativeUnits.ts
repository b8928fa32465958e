// "last week", "this year", "next month", "earlier this year", "the following day", "the same month",
// "that week", "two years ago", "a week or so ago", "a year earlier", "three days later", "the previous year", "last fiscal year",
// "the second day (of the offensive)", "the week before last", "the year after next", "a week from Tuesday", "three weeks from today",
// "two Fridays ago", "The day before, he …", "the night before.", "the year after, he …", "a week on Monday", "a fortnight on Friday"
import { AWARD_NOUNS, RELATIVE_OFFSETS, SKIPPING_OFFSETS } from '../lexicon/en/references';
import { UNIT_WORDS, type Unit } from '../lexicon/en/units';

import { AMOUNT, B, E, MONTH, ORDINAL_WORD, SEASON, TIME_WORD_AFTER, WEEKDAY, alternation, compile, isCapitalised, isQuotedTitle, lower, weekdayNumber } from './patterns';
import { readNumber } from '../lexicon/en/numbers';
import type { PartialValue, Recogniser } from './partialValue';
import { durationValue } from './durations';
import { withStandInsOf } from '../text/oneByteText';

const CALENDAR_UNIT = '(?:day|week|month|year|quarter|decade|century)';
// What a shift counts in: "a fortnight ago" too. ("An hour later" stays an amount of time, as the gold has it.)
const SHIFT_UNIT = '(?:day|week|fortnight|month|year|quarter|decade|century)';
// The units a day can be counted on by from another: "a week from Tuesday", "a month from Friday" (not "a decade from today").
const SHIFTS_FROM_A_DAY: ReadonlySet<string> = new Set(['day', 'week', 'fortnight', 'month', 'year']);
const WEEKS: ReadonlySet<string> = new Set(['week', 'fortnight']);
const DAYS_FROM_TODAY = { today: 0, tomorrow: 1, yesterday: -1 } as const;
const BEFORE_OR_AFTER = /^\s+(?:before|after)(?![\p{L}])/iu;
const SPAN_BEFORE = /(?<![\p{L}])(?:over|for|during|throughout|within)\s+$/iu;
// "Eleven shops have closed in the last decade", "has been cut twice in the last decade": the present perfect tells of the stretch up
// to now (3 of 3 in the probes), the simple past of the decade gone by ("Wages lost power in the last decade", as the dev set has it).
const PERFECT_IN_BEFORE = withStandInsOf(/(?:(?<![\p{L}])(?:has|have)|['’]ve)\s+(?:[\p{L}'’-]+\s+){1,4}in\s+$/iu);
const PERFECT_IN_REACH = 60;
// ("Dame Street will close for almost 12 weeks from Monday 23 September": past a modifier of the amount too.)
const FOR_BEFORE = /(?<![\p{L}])for\s+(?:(?:almost|nearly|about|around|roughly|some|up\s+to|at\s+least|more\s+than|less\s+than|just\s+over|over)\s+)?$/iu;
// (Or over them: "will take place over three days from Friday 19 July".)
const OVER_BEFORE = /(?<![\p{L}])over\s+$/iu;
const HOW_LONG_BEFORE = /(?<![\p{L}])(?:in|for|over|within|by)\s+(?:(?:nearly|almost|about|around|more\s+than|less\s+than|just\s+over|over|at\s+least|up\s+to)\s+)?$/iu;
const HOW_LONG_REACH = 20;
const SET_FOR_BEFORE = /(?<![\p{L}])(?:set|scheduled|rescheduled|planned|slated|fixed|due|postponed|moved|delayed|booked|added)\s+for\s+$/iu;
const isHowLongFrom = (text: string, index: number) =>
  FOR_BEFORE.test(text.slice(Math.max(0, index - 20), index)) && !SET_FOR_BEFORE.test(text.slice(Math.max(0, index - 20), index));
// "of his life", "of her career": a possessive after "the last year of" makes the year a person's own, not the calendar's.
const POSSESSIVE = '(?:his|her|their|its|my|our|your)';
const LIFE_SPAN_AFTER = new RegExp(`^\\s+of\\s+${POSSESSIVE}\\s`, 'iu');
const DEICTIC = '(?:last|next|this|coming|past|current)';
const ANAPHORIC = '(?:the\\s+(?:very\\s+)?(?:following|previous|preceding|same|next|prior)|that(?:\\s+same)?)';
// "earlier in the month", "late in the month": told with these, "the month" is the current one (alone, it is mostly a stretch
// of results or a story's month).
const IN_PART_OF = '(?:early|late|earlier|later)\\s+in';
// "before" ends the phrase: punctuation, the end of the text, a conjunction or where it was ("spent the night before in a hotel") follow,
// not a clause or a noun ("the day before the vote").
const APPOSED_BEFORE = withStandInsOf(/(?:,|[-–—])\s*$/);
const PHRASE_ENDS = `(?=\\s*(?:[.,;:!?)"”’—–]|$)|\\s+(?:and|but|in|at|to)${E})`;

const AWARD_OF_BEFORE = new RegExp(`(?<![\\p{L}\\d]['’]s\\s+)(?<![\\p{L}])(?:${AWARD_NOUNS.join('|')})\\s+of\\s+$`, 'iu');

export const relativeUnits: Recogniser[] = [
  {
    // "in the new year", "until the new year": the calendar year after the publication's. Capitalised, "New Year" is 1 January (holidays).
    name: 'theNewYear',
    // "before the New Year holiday" is the day: a noun after it leaves "New Year" to the holidays.
    pattern: compile(`(?<=(?<![\\p{L}])(?:in|into|until|till|by|before)\\s+)the\\s+new\\s+year${E}(?!['’]|\\s+(?:holidays?|break|celebrations?|festivities|party|parties|honours|address|message)${E})`),
    read: () => ({ kind: 'unitShift', unit: 'year', offset: 1, anchor: 'document' }),
  },
  {
    name: 'unitShift',
    // "earlier" and "later" are not read here (widenOverModifiers takes them into "earlier this year"); "the" before "past", "current" and "coming" is in: "[the past year]", "[the coming year]".
    pattern: compile(`${B}(?:(?<deictic>(?:the\\s+(?=past|current|coming|last\\s+(?:decade|century|(?:year|month|week)\\s+of\\s+${POSSESSIVE}\\s)))?${DEICTIC})|(?<anaphoric>${ANAPHORIC}))\\s+(?:(?:fiscal|financial)\\s+)?(?<u>${CALENDAR_UNIT})${E}(?!\\s+of\\s+an?\\s)`),
    read: ({ groups: g, 0: all, index }, text) => {
      // "the next quarter of a century" is 25 years: a unit "of a" something is a share of it, not a calendar unit.
      if (isQuotedTitle(all, text.slice(Math.max(0, index - 2), index))) return null;
      const unit = UNIT_WORDS[lower(g!.u)]!;
      // ("the very next day" is the next day.)
      const word = lower(g!.deictic ?? g!.anaphoric).replace(/^the\s+(?:very\s+)?/, '').replace(/^that same$/, 'same');
      const offset = (RELATIVE_OFFSETS as Record<string, number>)[word] ?? 0;
      // "this day" is a weak date; "the same day" and "the following day" count from the last date.
      if (unit === 'day' && g!.deictic) return null;
      // "the last decade of his life", "the last year of her presidency": the final one of a span of a life, how long, not last year.
      if (/^the\s/i.test(g!.deictic ?? '') && word === 'last' && LIFE_SPAN_AFTER.test(text.slice(index + all.length, index + all.length + 12))) {
        return { kind: 'fixed', type: 'DURATION', value: durationValue(1, unit) };
      }
      // "remained the capital for the next decade", "fighting continued for the following year": how long, not when.
      // (Not what is set for it: "a second round is planned for the following week"; nor a day or week, which "for" names as the
      // day things are for: "the men's final for the following day", "Rain is forecast for the next day".)
      if (g!.anaphoric && offset === 1 && unit !== 'day' && unit !== 'week' && isHowLongFrom(text, index)) {
        return { kind: 'fixed', type: 'DURATION', value: durationValue(1, unit) };
      }
      // "had become routine over the past decade", "will continue over the next decade": how long, as the dev set has it (a year, month
      // or week over the past stays the one gone by, as it has those too).
      // "in the past decade" too: "the past" decade is the stretch up to now ("the last decade" after "in" is the decade gone by).
      if ((unit === 'decade' || unit === 'century') && /^the\s/i.test(all) && offset !== 0 && (word === 'past' || SPAN_BEFORE.test(text.slice(Math.max(0, index - 11), index))
        || (offset < 0 && PERFECT_IN_BEFORE.test(text.slice(Math.max(0, index - PERFECT_IN_REACH), index))))) {
        return { kind: 'fixed', type: 'DURATION', value: durationValue(1, unit) };
      }
      return { kind: 'unitShift', unit, offset, anchor: g!.anaphoric ? 'previous' : 'document', ...(lower(g!.anaphoric ?? '') === 'that' ? { distal: true as const } : {}) };
    },
  },
  {
    // "the week before last", "the month after next": one unit skipped, from the publication date.
    name: 'unitSkipped',
    pattern: compile(`${B}the\\s+(?<u>week|month|year)\\s+(?<skip>${alternation(Object.keys(SKIPPING_OFFSETS))})${E}(?!${TIME_WORD_AFTER})`),
    read: ({ groups: g }) => ({ kind: 'unitShift', unit: UNIT_WORDS[lower(g!.u)]!, offset: SKIPPING_OFFSETS[lower(g!.skip) as keyof typeof SKIPPING_OFFSETS], anchor: 'document' }),
  },
  {
    // "The day before, he asked for a delay", "a delay the week before.": the unit before the last date told, as "the previous day" is.
    // "after" the same: "She married in 1945; the year after, he left" (obituaries tell lives this way).
    name: 'unitBeforeTold',
    pattern: compile(`${B}the\\s+(?<u>day|night|week|month|year)\\s+(?<side>before|after)${PHRASE_ENDS}`),
    read: ({ groups: g }): PartialValue | null => {
      const unit = lower(g!.u);
      const offset = lower(g!.side) === 'after' ? 1 : -1;
      // "the night after" a day may be that day's own night or the next: not guessed.
      if (unit === 'night') return offset === 1 ? null : { kind: 'dayShift', days: -1, part: 'NI', anchor: 'previous' };
      return { kind: 'unitShift', unit: UNIT_WORDS[unit]!, offset, anchor: 'previous' };
    },
  },
  {
    // "the day after his death", "The day before Obama's speech": a day counted from an event, which the story has mostly just
    // dated; set beside a date, "Oct. 12, the day before the plunge", it is that date again. Not "a year to the day after the attack".
    name: 'dayAroundEvent',
    pattern: compile(`${B}(?<!${B}to\\s+)the\\s+day(?=\\s+(?<side>before|after)\\s+(?:the|his|her|their|its|\\p{Lu}\\p{L}*['’]s)\\s)`),
    read: ({ groups: g, index }, text): PartialValue => {
      const apposed = APPOSED_BEFORE.test(text.slice(Math.max(0, index - 3), index));
      return { kind: 'unitShift', unit: 'day', offset: apposed ? 0 : lower(g!.side) === 'after' ? 1 : -1, anchor: 'previous' };
    },
  },
  {
    // "the second day of the offensive", "on the fifth day": the day the story has got to. Not a count: "the third day in a
    // row", "a third day-long meeting"; nor "the first day of spring", a day of the calendar the story has not got to, nor "the first
    // day of school", a day a school's calendar names.
    name: 'ordinalDay',
    pattern: compile(`${B}the\\s+(?:${ORDINAL_WORD}|[1-9]\\d?(?:st|nd|rd|th))\\s+day${E}(?![-‐]|\\s+(?:in\\s+a\\s+row|running|of\\s+(?:the\\s+)?(?:${SEASON}|school|classes|kindergarten|term|semester|summer\\s+camp))${E})`),
    read: () => ({ kind: 'unitShift', unit: 'day', offset: 0, anchor: 'previous' }),
  },
  {
    // "Her coverage starts the first of the year": 1 January, the next one or the last one as the tense tells, as "New Year's Day" is.
    name: 'firstOfTheYear',
    pattern: compile(`${B}the\\s+first\\s+of\\s+the\\s+year${E}`),
    read: () => ({ kind: 'holiday', rule: { fixed: { month: 1, day: 1 } } }),
  },
  {
    // "the year ended Sept. 30", "the fiscal year ending June 30", "the year to March", "the year to 31 December": a reporting period, told by its end.
    // Not "raised its forecast for the year to $2.10 a share", "the inflation rate for the year to 4.8%": "to" there is the verb's.
    name: 'yearEnded',
    pattern: compile(`${B}the\\s+(?:(?:fiscal|financial|calendar)\\s+)?year(?=\\s+(?:ended|ending|through|to\\s+(?:(?:the\\s+)?end|mid|(?:(?:[12]\\d|3[01]|0?[1-9])\\s+)?${MONTH}${E}))${E})`),
    read: () => ({ kind: 'fixed', type: 'DURATION', value: 'P1Y' }),
  },
  {
    // "the month ended Oct. 31", "the week ending Nov. 4": joinNeighbours makes it the one that holds the day after.
    name: 'unitEnded',
    pattern: compile(`${B}the\\s+(?<u>month|week)(?=\\s+(?:ended|ending)${E})`),
    read: ({ groups: g }) => ({ kind: 'unitShift', unit: UNIT_WORDS[lower(g!.u)]!, offset: 0, anchor: 'document' }),
  },
  {
    // "the end of the month", "the start of the decade", "the decade", "the full year", "later in the month", "the fiscal year", "the current fiscal year", "for the year", "the week's most
    // active session": the current one, in results news; "by mid-century", "mid-decade": the middle of the current one.
    name: 'currentUnit',
    pattern: compile(`${B}(?:the\\s+(?:(?:(?:full|fiscal|financial|current|calendar)\\s+){0,2}(?<u>year|week|month(?<=${IN_PART_OF}\\s+the\\s+month)|decade)|(?:end|start|beginning|middle)\\s+of\\s+the\\s+(?<u2>month|year|week|quarter|decade|century))|mid[-\\s](?<mid>decade|century))${E}(?![-‐]|\\s+(?:of|earlier|later|ago|two|ahead|modern)${E})`),
    read: ({ groups: g, index, 0: all }, text) => {
      // "the year before the war", "the month after": a unit counted from something else ("the end of the month after 31 years" is not).
      if (!g!.u2 && BEFORE_OR_AFTER.test(text.slice(index + all.length, index + all.length + 8))) return null;
      const unit = UNIT_WORDS[lower(g!.u ?? g!.u2 ?? g!.mid)]!;
      // "won album of the year", "named its Person of the Year": an award's name, no time (but "1965's Man of the Year" is of that year).
      if (unit === 'year' && /^the\s+year$/i.test(all) && AWARD_OF_BEFORE.test(text.slice(Math.max(0, index - 24), index))) return null;
      // "For the full year, profit climbed": the year of the accounts, which results news may have told.
      if (unit === 'year' && g!.u) return { kind: 'unitShift', unit, offset: 0, anchor: 'document', reporting: true, definite: true };
      // ("the end of the decade" in a story of May 1961 is the 1960s, as "the end of the year" there is 1961.)
      // ("one of the most celebrated stock offerings of the decade", "Over the decade, the average tripled": the decade told of.)
      const definite = unit === 'year' || unit === 'month' || unit === 'decade' || (unit === 'century' && g!.u2 !== undefined);
      if (unit === 'week' && /^the\s+week$/i.test(all)) return { kind: 'unitShift', unit, offset: 0, anchor: 'document', storyWeek: true };
      return definite ? { kind: 'unitShift', unit, offset: 0, anchor: 'document', definite: true } : { kind: 'unitShift', unit, offset: 0, anchor: 'document' };
    },
  },
  {
    name: 'shiftBy',
    // "two years ago", "a fortnight ago", "several weeks later", "five years previously", "two years before," (that ends its
    // clause: "two days before the vote" is how long before something; "a day later than planned" is how much later; "sat out two
    // weeks earlier this month" leaves "earlier" to "earlier this month"), and a
    // bare plural: "months ago", "weeks later"
    // (an alternative of its own, so that the amount is not tried optionally at every unit word). And one day counted
    // from another, "a week from Tuesday", "three weeks from today" (not "a week from Tuesday to Sunday", a stay and its
    // range), "a week on Monday", and "two Fridays ago": one pattern, as all open with an amount, which trying three patterns at every number costs.
    pattern: compile(`${B}(?:(?:(?<n>${AMOUNT}|half\\s+an?|a|an|one)|(?<vague>several|a\\s+few|few|many|some))\\s+(?:(?<u>${SHIFT_UNIT})s?|(?<weekdays>${WEEKDAY})s)|(?<quarterCentury>(?:a|one)\\s+quarter(?:\\s+of\\s+a\\s+|[\\s-]+)century)|(?<bare>(?:days|weeks|fortnights|months|years|quarters|decades|centuries)))(?:\\s+or\\s+so)?\\s+(?:(?<dir>ago|(?:earlier|later)(?!\\s+this\\s+(?:week|month|year|season|quarter|spring|summer|fall|autumn|winter|morning|afternoon|evening)${E})|hence|from\\s+now|previously|before(?=\\s*[,;:.!?)]))(?!\\s+than${E})|(?:from|(?<on>on))\\s+(?:(?<d>${WEEKDAY})|(?<w>today|tomorrow|yesterday))${E}(?!\\s*(?:(?:to|until|till|through|and)${E}|[-–—])))${E}`),
    read: ({ groups: g, index }, text) => {
      if (g!.weekdays) return weekdaysAgo(g!);
      // "will lie in state for three days from Wednesday": how long, from that day on, not the day three days after it (but "set for
      // a week from Monday" is that day).
      // ("Copper rose to its highest in nearly three weeks on Monday": after "in", how long, and the day it was told on; so "postponed
      // the launch by at least two weeks on Friday", by how much.)
      if (g!.d || g!.w) return isHowLongFrom(text, index) || OVER_BEFORE.test(text.slice(Math.max(0, index - 5), index)) || (g!.on && HOW_LONG_BEFORE.test(text.slice(Math.max(0, index - HOW_LONG_REACH), index))) ? null : shiftFromDay(g!);
      const dir = lower(g!.dir);
      const direction = dir === 'ago' || dir === 'earlier' || dir === 'previously' || dir === 'before' ? -1 : 1;
      if (g!.vague || g!.bare) return { kind: 'fixed', type: 'DATE', value: direction < 0 ? 'PAST_REF' : 'FUTURE_REF' };
      const shift = g!.quarterCentury ? { amount: 25, unit: 'year' as const } : wholeShift(readNumber(g!.n!), UNIT_WORDS[lower(g!.u)]!);
      if (!shift) return null;
      // "ago" and "from now" count from the publication date; "earlier"/"later" from the last date told.
      const anchor = dir === 'ago' || dir === 'from now' || dir === 'hence' ? 'document' : 'previous';
      return { kind: 'shiftBy', ...shift, direction, anchor };
    },
  },
];

type Groups = Record<string, string | undefined>;

// "two and a half years ago" is 30 months back, "half a century ago" 50 years: a half counted in the next smaller unit that
// holds it whole (a month and a half, 45 days, would tell a day the writer never meant).
const HALF_IN: Partial<Record<Unit, { unit: Unit; per: number }>> = {
  year: { unit: 'month', per: 12 }, quarter: { unit: 'month', per: 3 }, decade: { unit: 'year', per: 10 }, century: { unit: 'year', per: 100 },
};

/** A shift of `amount` units in whole units: null if the amount is none, or a fraction no smaller unit holds. */
function wholeShift(amount: number | null, unit: Unit): { amount: number; unit: Unit } | null {
  if (amount === null) return null;
  if (Number.isInteger(amount)) return { amount, unit };
  const smaller = HALF_IN[unit];
  return smaller && Number.isInteger(amount * smaller.per) ? { amount: amount * smaller.per, unit: smaller.unit } : null;
}

/** "two Fridays ago", "three Sundays ago": the last such day, and a week further back for each beyond the first. */
function weekdaysAgo(g: Groups): PartialValue | null {
  const nth = g.n === undefined ? null : readNumber(g.n);
  if (lower(g.dir) !== 'ago' || !isCapitalised(g.weekdays!) || nth === null || !Number.isInteger(nth) || nth < 1) return null;
  return { kind: 'weekday', weekday: weekdayNumber(g.weekdays)!, offset: -1, nth };
}

/** "a week from Tuesday", "two days from tomorrow", "three weeks from today": one day, counted from the day after "from". */
function shiftFromDay(g: Groups): PartialValue | null {
  if (g.d && !isCapitalised(g.d)) return null;
  const amount = g.n === undefined ? null : readNumber(g.n);
  if (amount === null || !Number.isInteger(amount) || !SHIFTS_FROM_A_DAY.has(lower(g.u))) return null;
  // "a week on Monday" (British) counts in weeks from a weekday; "three days on Friday" is more often how long something took.
  if (g.on && (!g.d || !WEEKS.has(lower(g.u)))) return null;
  const from = g.d ? { weekday: weekdayNumber(g.d)! } : { days: DAYS_FROM_TODAY[lower(g.w) as keyof typeof DAYS_FROM_TODAY] };
  return { kind: 'shiftBy', unit: UNIT_WORDS[lower(g.u)]!, amount, direction: 1, anchor: 'document', from };
}
