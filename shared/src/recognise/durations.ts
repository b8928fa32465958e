// "three months", "several months", "two-year", "24 hours", "the past three years", "years",
// "a decade", "another decade", "a quarter-century", "the last twenty four hours", "half an hour", "coming weeks", "decades-long", "eight trading days", "a three-year period",
// ("3 hours, 41 minutes" is one: joinNeighbours.ts)
import { VAGUE_QUANTITIES, readNumber } from '../lexicon/en/numbers';
import { BARE_FORM_GOVERNORS, BARE_INFINITIVE_GOVERNORS } from '../lexicon/en/tense';
import { AGE_PREPOSITIONS_AFTER, AGE_WORDS_AFTER, KINDS_A_DAY_OR_NIGHT_NAMES, MEASURES_AFTER_A_QUARTER, NAMES_AFTER_A_DAY_COUNT, UNITS, UNIT_WORDS, type Unit } from '../lexicon/en/units';
import { AMOUNT, B, E, NUMBER_WORD, UNIT, YEAR, alternation, compile, isQuotedTitle, lower } from './patterns';
import type { Recogniser } from './partialValue';
import { withStandInSpellings, withStandInsOf } from '../text/oneByteText';

// An amount, maybe followed by what it counts, right before "a week": "700 seats", "$2 million", "an hour" (of "an hour a day"); not
// a preposition, which opens a period ("fell 22 percent in a single day").
const RATE_BEFORE = new RegExp(`(?:(?:\\d|(?<!\\p{L})${NUMBER_WORD}|million|billion|thousand|percent|%)(?:\\s+(?!(?:in|within|over|during|for)\\s)\\p{L}+)?|(?<!\\p{L})${UNIT})\\s+$`, 'iu');
// After an amount of time, what it is an amount of: "24 hours a day", "seven days a week", "an hour per week" (a rate, no period).
const PER_UNIT_AFTER = /^\s+(?:a|an|per)\s+(?:minute|hour|day|night|week|fortnight|month|quarter|year)(?![\p{L}\p{N}-])/iu;
// A word after "a second" that is not a time's continuation ("a second later", "a second or two"), or a noun joined to it: "a
// second-floor flat", "a second-largest share" are the ordinal's; so is an adjective set off by a comma, "a second, stronger surge",
// "a second, similar attack", "pencilled in a second, 24-hour stoppage" (not "paused for a second, then").
const ORDINAL_SECOND_AFTER = /^(?:\s+(?!(?:later|earlier|ago|before|after|or|and|of|longer|more|too)(?![\p{L}]))\p{L}|-\p{L}|,\s+(?!later\s)(?:\p{L}+er|similar|separate|related|unrelated|new|much|even|[\p{L}\p{N}]+-\p{L}+)\s+\p{L})/u;
const ORDINAL_SECOND_REACH = 24;
const SECOND_AS_LENGTH_BEFORE = /(?<![\p{L}])(?:for|in|within|than|about|only|just|barely|even|every|each|per|half|quarter\s+of)\s+$/iu;
const SECOND_AS_LENGTH_AFTER = /^\s+(?:later|earlier|ago|before|after|long|or\s+two|or\s+so)(?![\p{L}])/iu;
// After an amount, an age: "six months old", "everyone six months and older", "12 years and up" (not "and up to five", "and over the summer").
const AGE_AFTER = `[\\s-]+(?:${alternation(AGE_WORDS_AFTER)})${E}|(?<=day)\\s+(?:${alternation(NAMES_AFTER_A_DAY_COUNT)})${E}|\\s+(?:${alternation(AGE_PREPOSITIONS_AFTER)})${E}(?!\\s+(?:(?:to|until|till|the|a|an|his|her|their|its|this|that)${E}|\\d))`;
const QUARTER_AS_FRACTION_AFTER = new RegExp(`^(?:\\s+(?:of|${alternation(MEASURES_AFTER_A_QUARTER)})(?![\\p{L}])|-)`, 'iu');
// "the 2013-14 fiscal year", "the 2012/13 season": the amount is the end of a span of years (yearRangeEnd), not a count of years.
const SPAN_SEPARATORS = withStandInSpellings(['-', '–', '/']).join('');
const YEAR_SPAN_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])${YEAR}[${SPAN_SEPARATORS}]$`, 'u');
const AMOUNT_BEFORE = /\p{N}[\s-]+$/u;
// A word that makes "days before" a time of its own ("in the days before", "his final hours before", "the first weeks after")
// or a measure ("a matter of days before").
const MODIFIER_BEFORE_AROUND = /(?<![\p{L}])(?:of|the|these|those|this|that|his|her|its|their|our|my|your|first|last|final|early|closing|opening|few|several|many|some|recent|past|coming|following|next|previous|dark|long)\s+$/iu;
const IN_BEFORE = /(?<![\p{L}])in\s+$/iu;
const OF_AFTER = /^\s+of\s/i;
const TIME_FROM_NOW_AFTER = withStandInsOf(/^['’]s?\s+time(?![\p{L}])/iu);
const SHIFTED_IN: ReadonlySet<Unit> = new Set(['day', 'week', 'fortnight', 'month', 'year', 'decade']);
// A record in the clause before "in five years": a superlative or "first", "only", "last" (its "-est" words are read as superlatives,
// with "best" and "worst").
// Read back to the sentence's start: a full stop before a capital ends it, one inside "U.S. president" does not.
// (An ordinal counts too: "his fourth cancer operation in 18 months".)
const RECORD_BEFORE = /(?<![\p{L}])(?:[Ff]irst|[Oo]nly|[Ll]ast|[Mm]ost|[Ll]east|[Bb]est|[Ww]orst|\p{L}{2,}est|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))(?![\p{L}])(?:[^.;:!?]|\.(?!\s+\p{Lu}))*$/u;
const RECORD_REACH = 60;
// "plays three matches in eight days", "scored 25 points in 10 minutes": a count of things done in a stretch, a rate, not a day ahead.
// ("Hollister is 286-161 in 14 years at Carver State": or a record of wins and losses.)
const COUNT_IN_BEFORE = /(?<![\p{L}\p{N}])(?:(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of|hundreds\s+of)\s+(?:[\p{L}-]+\s+)?\p{L}+s|\d+-\d+)\s+in\s+$/iu;
const COUNT_REACH = 48;
// A plural unit and a word that offers another as its alternative: "weeks, if not", "weeks or even", "weeks, possibly". (Not a bare
// "or": the dev set tags "weeks or months" as one expression, of the first.)
const PLURAL_UNIT_OR = '(?:days|weeks|months|years|decades|hours|minutes),?\\s+(?:if\\s+not|possibly|perhaps|maybe|or\\s+even)';
const VAGUE = `(?:${VAGUE_QUANTITIES.map((q) => q.replace(/ /g, '\\s+')).join('|')})`;

/** The TimeML duration value: (3, month) → P3M, (2, hour) → PT2H, (null, year) → PXY; `written`, the amount as the text has it. */
export function durationValue(amount: number | null, unit: Unit, written = ''): string {
  const { code, time } = UNITS[unit];
  const multiplier = 'multiplier' in UNITS[unit] ? (UNITS[unit] as { multiplier: number }).multiplier : 1;
  const count = amount === null ? NaN : amount * multiplier;
  // Centuries some in number ("centuries") write TimeML's century letter.
  if (unit === 'century' && amount === null) return 'PXC';
  // So do decades ("decades of decline" PXDE, as every probe annotator writes it).
  if (unit === 'decade' && amount === null) return 'PXDE';
  // An amount past exact integers ("18917662622956777233283425986773 days") is as good as unknown.
  if (!Number.isSafeInteger(Math.floor(count))) return `P${time ? 'T' : ''}X${code}`;
  // "two thousand years" is TimeML's millennium letter, P2L; "2,000 years" and "27,000 years" are years, as annotators write them.
  if (unit === 'year' && count >= 1000 && count % 1000 === 0 && THOUSAND.test(written)) return `P${count / 1000}L`;
  const whole = Math.floor(count);
  // "34.4 hours" is PT34.4H: an amount written with decimals keeps them, as ISO 8601 lets the last unit have them (every probe
  // annotator writes so; the dev set writes none).
  if (whole !== count && multiplier === 1 && DECIMAL.test(written)) return `P${time ? 'T' : ''}${count}${code}`;
  const smaller = SMALLER_UNIT[`${time ? 'T' : ''}${code}`];
  // "2 1/2 years" is P2Y6M, "half an hour" PT30M: a fraction goes to the next smaller unit.
  if (whole !== count && smaller) {
    const part = Math.round((count - whole) * smaller.per);
    const partTime = smaller.time && !time ? 'T' : '';
    return `P${time ? 'T' : ''}${whole ? `${whole}${code}` : ''}${partTime}${part}${smaller.code}`;
  }
  return `P${time ? 'T' : ''}${count}${code}`;
}

const THOUSAND = /thousand/i;
const DECIMAL = /\d\.\d/;

const SMALLER_UNIT: Readonly<Record<string, { code: string; per: number; time: boolean }>> = {
  Y: { code: 'M', per: 12, time: false }, M: { code: 'D', per: 30, time: false }, W: { code: 'D', per: 7, time: false },
  D: { code: 'H', per: 24, time: true }, TH: { code: 'M', per: 60, time: true }, TM: { code: 'S', per: 60, time: true },
};

// ("has shrunk by about a quarter", "fell by nearly a quarter" too.)
const BY_BEFORE = /(?<![\p{L}])by\s+(?:(?:about|nearly|almost|roughly|around|some|over|more\s+than|less\s+than|close\s+to)\s+)?$/iu;
const SOME_DAY_BEFORE = /(?<![\p{L}])(?:will|would|could|can|may|might|shall|should|must|to)\s+$/iu;
// A word before "last" that makes it a verb: "to last", "will last", "could last", "did not last".
const VERB_LAST_BEFORE = new RegExp(`(?<![\\p{L}])(?:${BARE_FORM_GOVERNORS.join('|')})\\s+$`, 'iu');
// "to begin on June 10 and last six weeks", "will open Monday and last three days": "last" coordinated with a verb that a modal
// or "to" governs, a few words back in the clause.
const COORDINATED_VERB_LAST_BEFORE = new RegExp(`(?<![\\p{L}])(?:${BARE_INFINITIVE_GOVERNORS.join('|')})\\s+(?:[^\\s.,;:!?]+\\s+){1,5}(?:and|or)\\s+$`, 'iu');
const COORDINATED_REACH = 60;

/** "eight-year", "30-day", "two day": an amount of time that modifies a noun, told by a hyphen or a singular unit after a plural amount. */
const isAdjectival = (all: string, unit: string, amount: number | null) =>
  all.charCodeAt(all.lastIndexOf(unit) - 1) === 45 || (amount !== null && amount > 1 && !/s$/i.test(unit));

const QUARTER_AS_SUBJECT_AFTER = /^\s+(?:said|say|says|were|are|have|had|would|will|reported|voted|expect|expected|plan|planned|want|wanted|support|supported|oppose|opposed|agree|agreed)(?![\p{L}])/iu;
const AGO_AFTER = /^\s+ago(?![\p{L}])/iu;
const PAID_BEFORE = /(?<![\p{L}])(?:paid|pay|pays|paying|cost|costs|costing|charged|charges|charge|spent|spend|earned|earn)\s+$/iu;
// Nouns "a day" or "a night" names a kind of ("a day hike", "a day trip", "a night watchman", "a day care center"), and what is like
// it ("on a night like this"): no stretch of time.
const DAY_OR_NIGHT_KIND_AFTER = new RegExp(`^\\s+(?:${KINDS_A_DAY_OR_NIGHT_NAMES.join('|')})(?![\\p{L}])`, 'iu');
const ONE_DAY_MATCH_AFTER = /^\s+(?:internationals?|cricket|format|tickets?|pass|passes)(?![\p{L}])/iu;

export const durations: Recogniser[] = [
  {
    name: 'duration',
    pattern: compile(`${B}(?:(?<lead>the\\s+(?:(?:past|last|next|previous|first|coming|following|final|latest)\\s+)?|(?:past|last|next|coming|first|following)\\s+))?(?:(?<n>(?:(?:an?|one)\\s+)?quarter(?=[\\s-]+(?:century|hour)${E})|${AMOUNT}|a\\s+couple\\s+of|couple\\s+of|(?:a\\s+)?half(?:\\s+an?)?|another|a|an)|(?<vague>${VAGUE}))(?:\\s+|-)(?:(?:full|more|straight|consecutive|long|additional|extra|calendar|fiscal|trading|business|working|single|Earth)\\s+)?(?<u>${UNIT})(?<half>\\s+and\\s+a\\s+half)?(?:\\s+(?:straight|running|long))?${E}(?!${AGE_AFTER})`),
    read: ({ groups: g, index, 0: all }, text) => {
      const unit = UNIT_WORDS[lower(g!.u)]!;
      // "three-quarters of", "a quarter of the vote", "a quarter point" are fractions, not time.
      if (unit === 'quarter' && !g!.vague && QUARTER_AS_FRACTION_AFTER.test(text.slice(index + all.length, index + all.length + 12))) return null;
      // "Emissions should fall by a quarter", "cut it by one quarter": how much, not how long.
      if (unit === 'quarter' && !g!.lead && /^(?:an?|one)\s/i.test(all) && BY_BEFORE.test(text.slice(Math.max(0, index - 16), index))) return null;
      // "had paid a quarter to walk its galleries", "a ride cost a quarter": a coin.
      if (unit === 'quarter' && !g!.lead && /^an?\s/i.test(all) && PAID_BEFORE.test(text.slice(Math.max(0, index - 9), index))) return null;
      if (unit === 'quarter' && /-$/.test(all.slice(0, all.length - g!.u!.length))) return null;
      // "while about a quarter said they would wait": a share of people, the subject of what they said or did.
      if (unit === 'quarter' && !g!.lead && /^an?\s/i.test(all) && QUARTER_AS_SUBJECT_AFTER.test(text.slice(index + all.length, index + all.length + 12))) return null;
      // "$1.76 a year", "four flights a week", "24 hours a day" are rates, not periods.
      if (/^an?\s/i.test(all) && RATE_BEFORE.test(text.slice(Math.max(0, index - 40), index))) return null;
      // ("its $85 billion-a-month bond purchases", "a £2-a-month price rise": a rate written as one word.)
      if (/^an?-/i.test(all) && text[index - 1] === '-') return null;
      if (PER_UNIT_AFTER.test(text.slice(index + all.length, index + all.length + 16))) return null;
      if (isQuotedTitle(all, text.slice(Math.max(0, index - 2), index))) return null;
      if (SPAN_SEPARATORS.includes(text[index - 1]!) && YEAR_SPAN_BEFORE.test(text.slice(Math.max(0, index - 6), index))) return null;
      // "another decade": one more, a single unit as "a decade" is.
      const one = /^(?:an?|another)$/i.test(g!.n ?? '');
      // "a second group", "a second time": the ordinal, not the unit.
      if (unit === 'second' && one && ORDINAL_SECOND_AFTER.test(text.slice(index + all.length, index + all.length + ORDINAL_SECOND_REACH))) return null;
      // ("A second, 24-hour walkout", "a second or subsequent offence", "after a second of its four wheels failed": "a second" is a
      // length only after a word of how long, "for a second", "a split second", or before one of how long ago, "a second later".)
      if (unit === 'second' && one && !g!.lead && !SECOND_AS_LENGTH_BEFORE.test(text.slice(Math.max(0, index - 12), index))
        && !SECOND_AS_LENGTH_AFTER.test(text.slice(index + all.length, index + all.length + 12))) return null;
      // "for two second-round picks", "a second-half goal": the ordinal of a compound.
      if (unit === 'second' && text.charCodeAt(index + all.length) === 45) return null;
      // "a decades-long battle": "a" counts the battle, not the decades.
      if (one && /s$/i.test(g!.u!)) return null;
      // "its quarter-century low": without "a" or "the past", a bare "quarter" is the fiscal one far more often.
      if (/^quarter$/i.test(g!.n ?? '') && !g!.lead) return null;
      const amount = g!.vague ? null : (one ? 1 : readNumber(g!.n!) ?? NaN) + (g!.half ? 0.5 : 0);
      if (Number.isNaN(amount)) return null;
      // "Islam will one day be …", "hopes to one day return": some day to come, not a day long.
      if (/^one\s+day$/i.test(all) && SOME_DAY_BEFORE.test(text.slice(Math.max(0, index - 8), index))) return { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' };
      // "set out alone for a day hike", "a day trip to Paris", "a night watchman": a kind of thing, no stretch of time.
      if ((unit === 'day' || unit === 'night') && one && DAY_OR_NIGHT_KIND_AFTER.test(text.slice(index + all.length, index + all.length + 12))) return null;
      // "one-day internationals", "one-day cricket", "a one-day ticket": a kind of match or ticket, named by how long it lasts, and no stretch of time.
      if (unit === 'day' && amount === 1 && all.endsWith('-day') && ONE_DAY_MATCH_AFTER.test(text.slice(index + all.length, index + all.length + 16))) return null;
      // "The linebacker won his first 12 years ago": before "ago", a lead is another word's ("12 years ago" is read at "12").
      if (g!.lead && text.charCodeAt(index + all.length) === 32 && AGO_AFTER.test(text.slice(index + all.length, index + all.length + 5))) return null;
      // "had lost the final a year ago": no lead goes with "a" ("the final a year" is no period; "a year ago" is read at "a").
      if (g!.lead && /^the\s+\S/i.test(g!.lead) && /^an?$/i.test(g!.n ?? '')) return null;
      // "Most shows last an hour", "the talks lasted a week": "last" before "a" is the verb, never "the last" (read from its next word).
      if (g!.lead && /^last\s/i.test(g!.lead) && /^(?:an?|another)$/i.test(g!.n ?? '')) return null;
      // "expected to last six weeks", "will last three days": the verb "last" is no part of the period (read from its next word).
      if (g!.lead && /^last\s/i.test(g!.lead) && (VERB_LAST_BEFORE.test(text.slice(Math.max(0, index - 12), index))
        || COORDINATED_VERB_LAST_BEFORE.test(text.slice(Math.max(0, index - COORDINATED_REACH), index)))) return null;
      // "the eight-year war", "the two day rally": "the" is the noun's; the amount alone is the period, read from its first word.
      if (g!.lead && /^the\s+$/i.test(g!.lead) && isAdjectival(all, g!.u!, amount)) return null;
      // "will be redeemed in five years", "the summit takes place in two weeks": the day that time from now, when the clause looks ahead.
      // Not "the first visit in a decade", "its highest level in five years": the stretch before now a record is counted over.
      if (!g!.lead && amount !== null && Number.isInteger(amount) && (text.charCodeAt(index - 2) | 32) === 110 && IN_BEFORE.test(text.slice(Math.max(0, index - 4), index))) {
        // "in a fortnight's time", "in two weeks' time": that time from now, whatever the clause's tense.
        if (TIME_FROM_NOW_AFTER.test(text.slice(index + all.length, index + all.length + 8))) return { kind: 'shiftBy', unit, amount, direction: 1, anchor: 'document' };
        // (Nor "in 20 years of doing this": a stretch filled with what it holds.)
        if (SHIFTED_IN.has(unit) && !RECORD_BEFORE.test(text.slice(Math.max(0, index - RECORD_REACH), index))
          && !COUNT_IN_BEFORE.test(text.slice(Math.max(0, index - COUNT_REACH), index)) && !OF_AFTER.test(text.slice(index + all.length, index + all.length + 4))) {
          return { kind: 'shiftBy', unit, amount, direction: 1, anchor: 'document', orDuration: durationValue(amount, unit, g!.n) };
        }
      }
      // "a year" opens many non-durations ("once a year" is a set, taken by the set recogniser first).
      return { kind: 'fixed', type: 'DURATION', value: durationValue(amount, unit, g!.n) };
    },
  },
  {
    // "a quarter of a century" (25 years), "three-quarters of an hour" (45 minutes), "a quarter of a year" (3 months)
    name: 'quarterOfUnit',
    pattern: compile(`${B}(?<n>an?|one|three)[\\s-]+quarters?\\s+of\\s+an?\\s+(?<u>century|year|hour)${E}`),
    read: ({ groups: g }) => {
      const quarters = lower(g!.n) === 'three' ? 3 : 1;
      const [amount, unit]: [number, Unit] = { century: [25, 'year'], year: [3, 'month'], hour: [15, 'minute'] }[lower(g!.u) as 'century' | 'year' | 'hour'] as [number, Unit];
      return { kind: 'fixed', type: 'DURATION', value: durationValue(quarters * amount, unit) };
    },
  },
  {
    // "the past year and a half", "the last month and a half": how long, up to now, not the past year and a half of something.
    name: 'pastUnitAndAHalf',
    pattern: compile(`${B}the\\s+(?:past|last|next|first)\\s+(?<u>hour|day|week|month|year|decade)\\s+and\\s+a\\s+half${E}`),
    read: ({ groups: g }) => ({ kind: 'fixed', type: 'DURATION', value: durationValue(1.5, UNIT_WORDS[lower(g!.u)]!) }),
  },
  {
    // "a three-year period", "a sixty-day period": the period named with its length is the expression.
    name: 'namedPeriod',
    pattern: compile(`${B}an?\\s+(?<n>${AMOUNT})[\\s-]+(?<u>second|minute|hour|day|week|month|year|decade)[\\s-]+period${E}`),
    read: ({ groups: g }) => {
      const amount = readNumber(g!.n!);
      return amount === null ? null : { kind: 'fixed', type: 'DURATION', value: durationValue(amount, UNIT_WORDS[lower(g!.u)]!) };
    },
  },
  {
    // "coming weeks", "the coming months", "the weeks ahead", "the following days", "the intervening years", "decades-long", "day-long",
// "a yearlong trek";
    // "the past fortnight", "the next fortnight", "in the past hour": two weeks or an hour from now or back to now, as neither is a
    // calendar unit to name ("the past minute" too, not "at the last minute").
    name: 'openPeriod',
    pattern: compile(`${B}(?:(?:the\\s+)?(?:coming|upcoming)\\s+(?<u>days|weeks|months|years|decades)|the\\s+(?:following|succeeding|ensuing|intervening|subsequent)\\s+(?<u4>days|weeks|months|years|decades)|the\\s+(?<u2>days|weeks|months|years)\\s+ahead|(?<u3>${UNIT})-?long|(?:the\\s+)?(?:past|last|next|coming|following|previous|preceding)\\s+(?<single>fortnight|hour)|(?:the\\s+)?past\\s+(?<minute>minute))${E}`),
    read: ({ groups: g }) => {
      if (g!.single || g!.minute) return { kind: 'fixed', type: 'DURATION', value: durationValue(1, UNIT_WORDS[lower(g!.single ?? g!.minute)]!) };
      const unit = UNIT_WORDS[lower(g!.u ?? g!.u2 ?? g!.u3 ?? g!.u4)]!;
      // "decades-long" is some decades, "day-long" one day.
      const amount = g!.u3 && !/s$/i.test(g!.u3) ? 1 : null;
      // (The dev set writes "decades-long" in years, PXY, where "for decades" is PXDE.)
      if (g!.u3 && amount === null && unit === 'decade') return { kind: 'fixed', type: 'DURATION', value: 'PXY' };
      return { kind: 'fixed', type: 'DURATION', value: durationValue(amount, unit) };
    },
  },
  {
    // "the first hours of the ground war", "the early years", "the last days of the battle", "the final years of his life": some
    // of them, at one end of a span ("the early hours of Sunday" are a time of its night); "for a while": some time, how much untold.
    name: 'endOfSpan',
    pattern: compile(`${B}(?:the\\s+(?:first|last|final|early(?!\\s+hours))\\s+(?<u>hours|days|weeks|months|years|decades)|(?<=(?<![\\p{L}])for\\s+(?:quite\\s+)?)a\\s+(?:little\\s+)?while)${E}`),
    read: ({ groups: g }) => ({ kind: 'fixed', type: 'DURATION', value: g!.u ? durationValue(null, UNIT_WORDS[lower(g!.u)]!) : 'PXX' }),
  },
  {
    name: 'pluralUnit',
    // ("could take weeks, if not months", "weeks or even months", "weeks, possibly months": so one told as the other's alternative.)
    // "for years", "for months" — a plural unit alone is an unspecified number of them; so how long a thing takes ("talks could
    // take weeks", "spent years in prison", "had waited months for", "the war could last weeks", "would need months to rebuild"; not
    // "the last days of", an adjective).
    // The preposition tells it is a period but is not part of it: "for [years]".
    // "over the years", "in the years that followed": some years; "in the days before" is a date TimeML leaves vague.
    // "after months of talks", "Years of war", "days of protests": some of them, told by what filled them; not "the days of
    // the week" nor "the months of the year", which name no stretch of time, nor the unit of an amount ("57 Days of Hell").
    // "Days after the vote", "hours before the attack", "planned months in advance", "Minutes later": some of them, how long after or before something
    // (as "two days after the vote" is two days), and "weeks away", "weeks ahead of schedule" how long until it; not "the days
    // before the slaying" nor "its final hours before", whose word
    // before makes them a time of their own. ("Weeks later", "months earlier" count from the story: relativeUnits.ts.)
    pattern: compile(`(?:(?<=(?<![\\p{L}\\p{N}])(?:for|over|in|within|take|takes|took|taken|taking|spend|spends|spent|spending|wait|waits|waited|waiting|(?<!(?:the|his|her|its|their|our|my|your)\\s+)last|lasts|lasted|lasting|need|needs|needed|needing|${PLURAL_UNIT_OR})\\s+)(?:(?<u>(?:days|weeks|months|years|decades|centuries|hours|minutes))|the\\s+(?<u2>years|decades|centuries)(?!\\s+\\d))|${B}(?<filled>days|weeks|months|years|decades|centuries)(?=\\s+of\\s+(?!(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your)\\s)\\p{L})|${B}(?:(?<around>days|weeks|months|years|decades)(?=\\s+(?:(?:after|before)\\s|(?:in\\s+advance|away|ahead)${E}))|(?<aroundClock>hours|minutes)(?=\\s+(?:after|before|later|earlier|away|ahead)${E})))${E}`),
    read: ({ groups: g, index }, text) => {
      const before = text.slice(Math.max(0, index - 16), index);
      if ((g!.filled || g!.around || g!.aroundClock) && AMOUNT_BEFORE.test(before)) return null;
      if ((g!.around || g!.aroundClock) && MODIFIER_BEFORE_AROUND.test(before)) return null;
      return { kind: 'fixed', type: 'DURATION', value: durationValue(null, UNIT_WORDS[lower(g!.u ?? g!.u2 ?? g!.filled ?? g!.around ?? g!.aroundClock)]!) };
    },
  },
];
