// "now", "recently", "the past", "the future", "currently", "the other day", "the old days"; "every Monday", "on Sundays", "weekly", "each year",
// "twice a year", "once-a-decade", "twice-yearly", "every three months", "every spring", "every weekend", "every morning", "on weekdays",
// "every few weeks", "every third year", "every second Tuesday", "on alternate days", "year after year"
import { FULL_MONTHS, MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAY_NAME_PREFIXES } from '../lexicon/en/calendar';
import { NOUNS_AFTER_CURRENT_NOT_TIME, PERIODICAL_DESCRIPTIONS, PERIODICAL_WORDS, REFERENCE_WORDS, SET_WORDS, WORDS_AFTER_A_SET_ADVERB, WORDS_AFTER_THE_PRESENT_AS_TIME } from '../lexicon/en/references';
import { UNIT_WORDS } from '../lexicon/en/units';
import { CARDINALS, ORDINALS, readNumber } from '../lexicon/en/numbers';
import { durationValue } from './durations';
import { AMOUNT, B, DAY_NUMBER, E, PART_OF_DAY, SEASON, WEEKDAY, alternation, compile, isCapitalised, lower, weekdayNumber } from './patterns';
import type { Recogniser } from './partialValue';
import { capitalisedWordAfter, capitalisedWordBefore } from './neighbourWords';
import { isSeasonInName } from './seasonsAndQuarters';

// An amount right before: "$26 each", "10 cents each".
const AMOUNT_BEFORE = /(?:\d|\p{Sc}|cents?|pounds?|euros?|dollars?|apiece)\s*$/iu;
// A capitalised word (or a name's possessive) right before: "China Daily", "the People's Daily".
const NAME_BEFORE = /(?<![\p{L}])\p{Lu}[\p{L}]*(?:['’]s)?\s+$/u;
const NAME_PREFIXES: ReadonlySet<string> = new Set(WEEKDAY_NAME_PREFIXES);

const NOT_TIME_AFTER_CURRENT: ReadonlySet<string> = new Set(NOUNS_AFTER_CURRENT_NOT_TIME);
const OF_AFTER = /^\s+of(?![\p{L}])/iu;
const TIME_AFTER_THE_PRESENT: ReadonlySet<string> = new Set(WORDS_AFTER_THE_PRESENT_AS_TIME);
const AFTER_A_SET_ADVERB: ReadonlySet<string> = new Set(WORDS_AFTER_A_SET_ADVERB);
const WORD_AFTER = /^\s+(\p{L}+)/u;
const NOT_A_NOUN_AFTER_CURRENT: ReadonlySet<string> = new Set(['and', 'or', 'but', 'with', 'for', 'to', 'in', 'on', 'at', 'as', 'through', 'until', 'by', 'than', 'if', 'so']);
const THEN_BEFORE = /(?<![\p{L}])then[\s-]$/iu;
// "the past five sessions", "the past two elections": a count of things follows, and "the past" is no time of its own.
const NUMBER_WORD_AFTER = new RegExp(`^\\s+(?:${Object.keys(CARDINALS).filter((w) => !/^an?$/.test(w)).join('|')})(?![\\p{L}])`, 'iu');

/** "-26" of "every 26 April", or nothing for "every April". */
const dayOfYear = (day: string | undefined) => (day === undefined ? '' : `-${String(Number.parseInt(day, 10)).padStart(2, '0')}`);

// "every third year": an ordinal from the second, as "every first year" says nothing of a period.
const NTH = alternation(Object.entries(ORDINALS).filter(([, n]) => n >= 2 && n <= 10).map(([ordinal]) => ordinal));

// "each Oct. 17", "every Sept. 11": an abbreviated month, which a day follows.
const MONTH_ABBREVIATION = `(?:${Object.keys(MONTHS).filter((m) => m.length <= 4 && m !== 'may' && !(FULL_MONTHS as readonly string[]).includes(m)).join('|')})\\.?`;

const words = (table: object) => Object.keys(table).sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');

/** Whether a word that may not follow an adverb follows text[end]: "quarterly dividend" (not "quarterly and", "quarterly."). */
const isBeforeNoun = (text: string, end: number) => {
  const next = WORD_AFTER.exec(text.slice(end, end + 24))?.[1];
  return next !== undefined && !AFTER_A_SET_ADVERB.has(next.toLowerCase());
};
const PERCENT_BEFORE = /(?:%|(?<![\p{L}])(?:percent|per\s+cent))\s+$/iu;
const EACH_OR_EVERY = /^(?:each|every)\s/i;

const AS_BEFORE = /(?<![\p{L}])as\s+$/iu;
const AS_AFTER = /^\s+as(?![\p{L}])/iu;
const MOST_BEFORE = /(?<![\p{L}])most\s+$/iu;
// What opens a date right after "most recently": "on Nov. 6", "in March", "last October", "this week", "a month ago", a month's name.
const DATE_AFTER = new RegExp(`^,?\\s+(?:(?:on|in|at|during)\\s|(?:last|this|earlier|yesterday|today)(?![\\p{L}])|(?:an?|\\d+|two|three|four|five|six)\\s+\\p{L}+\\s+ago(?![\\p{L}])|(?:${FULL_MONTHS.join('|')})(?![\\p{L}]))`, 'iu');

const PERIODICALS: ReadonlySet<string> = new Set(PERIODICAL_WORDS);
const PERIODICAL_DESCRIPTION: ReadonlySet<string> = new Set(PERIODICAL_DESCRIPTIONS);
// "the Israeli daily", "the Communist Party daily", "a 104-year-old daily", "the opposition daily": a determiner, then up to three
// words that may describe a paper (captured).
const DETERMINER_AND_DESCRIPTION_BEFORE = /(?<![\p{L}])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+((?:[\p{L}\d'’.-]+\s+){0,3})$/u;
const DESCRIPTION_REACH = 48;
const REPORTING_VERB = String.raw`(?:said|says|reported|reports|wrote|writes|quoted|quotes|cited|cites|published|publishes|printed|ran|runs|carried|carries|found|claimed|added|noted|revealed|obtained|called|described|will|would|has|had|is|was|\p{Ll}{3,}ed)(?![\p{L}])`;
// "the Communist Party daily Granma compared", "the Israeli daily Haaretz,": after a description, the paper's name, then a verb or a stop
// (not "the weekly Forsa survey", a survey taken each week, nor "the weekly U.S. Drought Monitor,", a report named with no description).
const NAME_AFTER = new RegExp(String.raw`^\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:\s*[,.;:)]|\s+${REPORTING_VERB})`, 'u');
// "the Yedioth Ahronoth daily found", "the weekly will publish": a verb right after.
const VERB_AFTER = new RegExp(String.raw`^\s+${REPORTING_VERB}`, 'u');
// "told the daily.", "a 104-year-old daily in Danbridge", "a monthly with 9,000 subscribers" (not "the hourly, daily and weekly rates").
const STOP_OR_PREPOSITION_AFTER = /^(?:\s*[.;:)]|\s*,(?!\s*(?:(?:and|or)\s+)?\p{L}+ly(?![\p{L}]))|\s+(?:in|with|during|for|on|of|from|that|which|whose)(?![\p{L}-]))/u;
const PERIODICAL_AFTER_REACH = 60;

/**
 * Whether the adverb at text[start, end) is a noun that names a periodical: "the Communist Party daily Granma", "a small-town weekly
 * during the war". After names alone, only before a name or a verb: "briefs the President daily." is an object and an adverb.
 */
function namesPeriodical(text: string, start: number, end: number): boolean {
  const description = DETERMINER_AND_DESCRIPTION_BEFORE.exec(text.slice(Math.max(0, start - DESCRIPTION_REACH), start))?.[1];
  if (description === undefined) return false;
  const words = description.split(/\s+/).filter(Boolean);
  if (!words.every((word) => isCapitalised(word) || word.includes('-') || PERIODICAL_DESCRIPTION.has(word))) return false;
  const after = text.slice(end, end + PERIODICAL_AFTER_REACH);
  return VERB_AFTER.test(after) || (words.length > 0 && NAME_AFTER.test(after))
    || ((words.length === 0 || !words.every(isCapitalised)) && STOP_OR_PREPOSITION_AFTER.test(after));
}

const LEVELS_AFTER = /^\s+(?:or\s+\p{L}+\s+)?(?:levels?|rates?|prices?|values?|volumes?)(?![\p{L}])/iu;

export const referencesAndSets: Recogniser[] = [
  {
    name: 'reference',
    pattern: compile(`${B}(?<w>${words(REFERENCE_WORDS)})${E}`),
    read: ({ groups: g, index, 0: all }, text) => {
      const word = lower(g!.w);
      // "the past three months" is a duration, and "the present value" no time at all.
      const after = text.slice(index + all.length, index + all.length + 30);
      if (/^the (?:past|present)$/.test(word) && (/^\s+(?:\S+\s+)?(?:day|week|fortnight|hour|minute|month|year|quarter|decade|centur|summer|winter|spring|fall|autumn|few|several|\d)/i.test(after) || NUMBER_WORD_AFTER.test(after))) return null;
      if (word === 'current' || word === 'the present') {
        const next = lower(WORD_AFTER.exec(after)?.[1]);
        if (word === 'current' && NOT_TIME_AFTER_CURRENT.has(next)) return null;
        // "keeping his licence current and doing taxes", "is current.": an adjective after its noun tells no time, as one before it may.
        if (word === 'current' && (next === '' || NOT_A_NOUN_AFTER_CURRENT.has(next))) return null;
        // "the then-current market price": current at a time gone by.
        if (word === 'current' && THEN_BEFORE.test(text.slice(Math.max(0, index - 6), index))) return { kind: 'fixed', type: 'DATE', value: 'PAST_REF' };
        // "the present government": an adjective before its noun.
        if (word === 'the present' && next && !TIME_AFTER_THE_PRESENT.has(next)) return null;
      }
      // "to keep rates at present or lower levels": "present" of the levels, an adjective, no time.
      if (word === 'at present' && LEVELS_AFTER.test(after)) return null;
      // "the future of the American military presence", "the future of our peoples": what will become of a thing, no time.
      if (word === 'the future' && OF_AFTER.test(after)) return null;
      // "as recently as last month", "most recently on Nov. 6", "most recently last October": the date after it tells when.
      if (word === 'recently' && ((AS_BEFORE.test(text.slice(Math.max(0, index - 6), index)) && AS_AFTER.test(after)) || (MOST_BEFORE.test(text.slice(Math.max(0, index - 8), index)) && DATE_AFTER.test(after)))) return null;
      return { kind: 'fixed', type: 'DATE', value: REFERENCE_WORDS[word as keyof typeof REFERENCE_WORDS] };
    },
  },
  {
    name: 'setWord',
    // "twice-yearly", "twice daily": the count is the frequency, inside the span (as in "twice a year"); the value stays the period (P1Y).
    pattern: compile(`${B}(?:twice[-\\s])?(?<w>${words(SET_WORDS)})${E}`),
    read: ({ groups: g, index, 0: all }, text) => {
      // "The Daily Telegraph", "the Daily Mail", "The Weekly Standard": a capitalised adverb before a capitalised word names a paper;
      // so after one, "China Daily", "the People's Daily".
      if (isCapitalised(all) && !/\s/.test(all) && (capitalisedWordAfter(text, index + all.length) !== undefined || NAME_BEFORE.test(text.slice(Math.max(0, index - 24), index)))) return null;
      // "revenue to rise 20% annually", "grew 3 percent yearly": a rate of growth, not something that recurs (as the dev set has it);
      // "would rise about 5 percent each year" says it recurs (17 of 17 in the probes).
      if (!EACH_OR_EVERY.test(all) && PERCENT_BEFORE.test(text.slice(Math.max(0, index - 12), index))) return null;
      const w = lower(g!.w) as keyof typeof SET_WORDS;
      // "loved every minute of the last 18 months": each part of a stretch, no recurrence.
      if (SET_WORDS[w] === 'PT1M' && OF_AFTER.test(text.slice(index + all.length, index + all.length + 4))) return null;
      // "a quarterly dividend", "quarterly earnings": before a noun, what is paid or earned each quarter, which TimeML leaves out.
      if (w === 'quarterly' && isBeforeNoun(text, index + all.length)) return null;
      if (all === g!.w && PERIODICALS.has(w) && namesPeriodical(text, index, index + all.length)) return null;
      return { kind: 'fixed', type: 'SET', value: SET_WORDS[w] };
    },
  },
  {
    // "every 26 April", "every May 9": a day of every year, as Belarus's days of remembrance are told.
    // "every Monday", "each January", "every spring", "every weekend", "every weekday", and a weekday in the plural: "on Sundays";
    // with a part of the day: "every Tuesday evening", "on Tuesday nights"; a part of every day: "every morning", "each night"
    name: 'everyCalendarUnit',
    // "every second Tuesday", "every other Friday", "every other weekend": TimeML has no value for every other week's day; the weekly set stands for it.
    pattern: compile(`${B}(?:(?:every|each)\\s+(?:(?:(?:other|second|alternate)\\s+)?(?:(?<d>${WEEKDAY})(?:\\s+(?<p>${PART_OF_DAY}))?|(?<week>weekend))|(?<dm>${DAY_NUMBER})\\s+(?<mOfDay>${FULL_MONTHS.join('|')})|(?<m>${FULL_MONTHS.join('|')})(?:\\s+(?<md>${DAY_NUMBER})(?![\\p{N}]|[,.]\\d))?|(?<ma>${MONTH_ABBREVIATION})\\s+(?<mad>${DAY_NUMBER})(?![\\p{N}]|[,.]\\d)|(?<s>${SEASON})|(?<dp>${PART_OF_DAY})|(?<weekday>weekday))|(?<plural>${WEEKDAY})(?:s|\\s+(?<pp>${PART_OF_DAY})s)|(?<=(?<![\\p{L}])(?:on|at)\\s+)(?<weeks>weekends|weekdays))${E}`),
    read: ({ groups: g, index, 0: all }, text) => {
      if (g!.plural && !isCapitalised(g!.plural)) return null;
      // "has declared every Summer Games since 1984 the best ever": a season in a name.
      if (g!.s && isSeasonInName(text, g!.s, index + all.length - g!.s.length, false)) return null;
      // "priced its shares at $26 each Wednesday night": "each" of an amount, no set.
      if (/^each/i.test(text.slice(index, index + 4)) && AMOUNT_BEFORE.test(text.slice(Math.max(0, index - 12), index))) return null;
      // "a TGI Fridays restaurant": a chain's name.
      if (g!.plural && NAME_PREFIXES.has(capitalisedWordBefore(text, index) ?? '')) return null;
      const weekday = g!.d ?? g!.plural;
      const part = g!.p ?? g!.pp;
      const partCode = (word: string) => PARTS_OF_DAY[lower(word) as keyof typeof PARTS_OF_DAY];
      // TimeML has a token for the weekend (WE), none for the working days: WD, as TIMEX readers of "every weekday" write it.
      const value = weekday ? `XXXX-WXX-${weekdayNumber(weekday)}${part ? `T${partCode(part)}` : ''}`
        : g!.mOfDay || g!.m || g!.ma ? `XXXX-${String((MONTHS as Record<string, number>)[lower(g!.mOfDay ?? g!.m ?? g!.ma).replace(/\.$/, '')]).padStart(2, '0')}${dayOfYear(g!.dm ?? g!.md ?? g!.mad)}`
        : g!.s ? `XXXX-${SEASONS[lower(g!.s) as keyof typeof SEASONS]}`
        : g!.dp ? `XXXX-XX-XXT${partCode(g!.dp)}`
        : g!.weekday || /^weekday/i.test(g!.weeks ?? '') ? 'XXXX-WXX-WD' : 'XXXX-WXX-WE';
      return { kind: 'fixed', type: 'SET', value };
    },
  },
  {
    name: 'everyN',
    // "every 15 minutes", "every two hours", "every other year" (two years apart), "every third year", "every few weeks" (PXW),
    // "every half hour", "every quarter of an hour"
    pattern: compile(`${B}(?:every|each)\\s+(?:(?:(?<n>${AMOUNT})|(?<vague>(?:a\\s+)?few|several)|(?<couple>(?:a\\s+)?couple\\s+of))\\s+(?<u>seconds|minutes|hours|days|weeks|months|years|decades)|(?:(?<other>other|alternate)|(?<nth>${NTH}))\\s+(?<u2>day|week|month|year|decade)|(?:(?<half>half)(?:\\s+an)?|(?<quarter>quarter)(?:\\s+of\\s+an)?)[\\s-]+hour)${E}`),
    read: ({ groups: g }) => {
      if (g!.half || g!.quarter) return { kind: 'fixed', type: 'SET', value: g!.half ? 'PT30M' : 'PT15M' };
      if (g!.u2) return { kind: 'fixed', type: 'SET', value: durationValue(g!.other ? 2 : ORDINALS[lower(g!.nth) as keyof typeof ORDINALS], UNIT_WORDS[lower(g!.u2)]!) };
      if (g!.vague || g!.couple) return { kind: 'fixed', type: 'SET', value: durationValue(g!.couple ? 2 : null, UNIT_WORDS[lower(g!.u)]!) };
      const n = readNumber(g!.n!);
      return n === null ? null : { kind: 'fixed', type: 'SET', value: durationValue(n, UNIT_WORDS[lower(g!.u)]!, g!.n) };
    },
  },
  {
    name: 'timesPer',
    // "a once-a-year event", "a twice-a-day dose": hyphened before a noun, still the set (else "a-year" would read as a period).
    // "open six days a week", "works four nights a week", "furloughed one day a week": the days of each week it recurs on (not "24
    // hours a day", a rate, nor "seven days a week", which is always).
    pattern: compile(`${B}(?:once|twice|(?:${AMOUNT})\\s+times|(?:(?!seven\\s)(?:${AMOUNT})\\s+(?:days|nights)|one\\s+(?:day|night))(?=\\s+(?:a|per)\\s+week${E}))(?:\\s+|-)(?:a|an|per|each)(?:\\s+|-)(?<u>day|week|month|year|decade)${E}`),
    read: ({ groups: g }) => ({ kind: 'fixed', type: 'SET', value: durationValue(1, UNIT_WORDS[lower(g!.u)]!) }),
  },
];
