// "today", "yesterday", "tomorrow", "tonight", "this morning", "yesterday afternoon",
// "Friday", "last Monday", "next Tuesday", "Wednesday night", "the day before yesterday", "that afternoon", "the next morning",
// "Monday week", "Friday fortnight"
// ("two Fridays ago" is a shift: relativeUnits.ts)
import { NIGHT_COMPOUND_NOUNS, OVERNIGHT_HAPPENINGS, OVERNIGHT_KIND_NOUNS, PARTS_OF_DAY, PRESENT_AGE_NOUNS, WEEKDAY_NAME_PREFIXES, WEEKDAY_NAME_WORDS, type PartOfDay } from '../lexicon/en/calendar';
import { ORDINALS } from '../lexicon/en/numbers';
import { RELATIVE_OFFSETS } from '../lexicon/en/references';
import { B, E, MONTH, NUMBER_WORD, PART_OF_DAY, SEASON, UNIT, WEEKDAY, compile, isCapitalised, lower, weekdayNumber } from './patterns';
import type { PartialValue, Recogniser } from './partialValue';
import { capitalisedWordAfter, capitalisedWordBefore, mayBeNameWord } from './neighbourWords';
import { isApostropheCode, withStandIns, withStandInsOf } from '../text/oneByteText';

const OVERNIGHT_HAPPENING_AFTER = new RegExp(`^\\s+(?:${OVERNIGHT_HAPPENINGS.join('|')})(?![\\p{L}])`, 'iu');
const NOT_OVERNIGHT_BEFORE = /(?:n['’]t|(?<![\p{L}])(?:not|never))\s+(?:[\p{L}]+\s+){0,2}(?:happen|change|disappear|vanish|come|be\s+\p{L}+ed|be\s+built|be\s+done)\s+$/iu;
const NOT_OVERNIGHT_REACH = 40;
const OVERNIGHT_KIND_AFTER = new RegExp(`^\\s+(?:${OVERNIGHT_KIND_NOUNS.join('|')})(?![\\p{L}])`, 'iu');
const DAY_WORDS = { today: 0, yesterday: -1, tomorrow: 1, tonight: 0, 'this morning': 0, 'this afternoon': 0, 'this evening': 0, 'last night': -1 } as const;
const GENERIC_AFTER_TODAY = new RegExp(withStandIns(`^['’]s\\s+(?:[\\p{L}-]+\\s+)?(?:${PRESENT_AGE_NOUNS.join('|')})(?![\\p{L}])`), 'iu');
const NAME_WORDS: ReadonlySet<string> = new Set(WEEKDAY_NAME_WORDS);
const NAME_PREFIXES: ReadonlySet<string> = new Set(WEEKDAY_NAME_PREFIXES);
const CAPITALISED_DAY_WORD = /^(?:Today|Tonight|Tomorrow|Yesterday)$/;
const USA_BEFORE = /(?:^|[^\p{L}])USA\s+$/u;
const PAST_OPENER_BEFORE = /(?<![\p{L}])(?:this|the)\s+$/iu;
// ("until the afternoon", "forecast for the afternoon", "for much of the morning", "spent the morning calling radio stations" too.)
const TIME_PREPOSITION_BEFORE = /(?<![\p{L}])(?:in|into|by|during|through|throughout|until|till|before|for|(?:much|most|all|rest|part)\s+of|spen[dt]|spends|spending)\s+$/iu;
const THROUGH_BEFORE = /(?<![\p{L}])(?:through|throughout)\s+$/iu;
const RUN_WORDS: ReadonlySet<string> = new Set(['consecutive', 'straight', 'successive', 'running']);
/** The last letters of the ordinals ("first", "second", "4th") and of the run words, lower-cased. */
const COUNT_WORD_ENDINGS: ReadonlySet<number> = new Set([...'tdheg'].map((c) => c.charCodeAt(0)));
/** The longest word before a counted day: "consecutive", "twenty-first" is read as "first". */
const MAX_COUNT_WORD = 12;

/** "for the fourth consecutive Sunday", "a 3rd straight Friday": the ordinal before a day counts such days, naming none of them. */
function isCounted(text: string, start: number): boolean {
  // Most days follow a word that no ordinal or run word ends as ("on", "of"): every one ends in t, d, h, e or g.
  if (!COUNT_WORD_ENDINGS.has(text.charCodeAt(start - 2) | 0x20)) return false;
  let word = asciiWordBefore(text, start);
  if (word !== undefined && RUN_WORDS.has(word)) word = asciiWordBefore(text, start - word.length - 1);
  return word !== undefined && ((word in ORDINALS && word !== 'last') || (word.charCodeAt(0) <= 57 && /^\d+(?:st|nd|rd|th)$/.test(word)));
}

const isAsciiWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The word of ASCII letters and digits before text[end] and one space, in lower case (undefined: none): ordinals are ASCII. */
function asciiWordBefore(text: string, end: number): string | undefined {
  if (text.charCodeAt(end - 1) !== 32) return undefined;
  let begins = end - 1;
  while (begins > 0 && isAsciiWordCode(text.charCodeAt(begins - 1))) begins--;
  return begins < end - 1 && begins > end - 1 - MAX_COUNT_WORD ? text.slice(begins, end - 1).toLowerCase() : undefined;
}
const partOf = (word: string | undefined): PartOfDay | undefined => (word ? (PARTS_OF_DAY as Record<string, PartOfDay>)[lower(word)] : undefined);

// After "Tuesday last": "last" belongs to the word after it in "Tuesday last year", "Monday next month"; "next to" is a place.
const TIME_WORD = `(?:${UNIT}|${WEEKDAY}|${MONTH}|${SEASON}|to)${E}`;

const PROGRAMME_AFTER = /^\s+(?:programme|program|show)(?![\p{L}])/u;

const OPENING_QUOTE_BEFORE = withStandInsOf(/(?:^|\s)["“‘]$/);
// (Capitalised words only, up to the closing quotation mark: not "“Tuesday I rented two bikes,”".)
const TITLE_CLOSES_AFTER = withStandInsOf(/^(?:\s+\p{Lu}[\p{L}'’-]*){1,4}[,.!?]?["”’]/u);
const TITLE_REACH = 40;

/**
 * "That Thursday", "on that Friday": the weekday of the story's week, where "that" opens its sentence or follows a preposition (not
 * "officials said that Thursday's meeting", where it opens a clause).
 */
const THAT_OF_STORY = '(?<that>(?<=(?:^|(?<![ap]\\.m)[.!?]["”’]?\\s+|(?<![\\p{L}])(?:on|by|until|till|before|after|since|from|for|of|during)\\s+))that)';

const SUNDAY_SCHOOL = /^sunday\s+school(?![\p{L}])/iu;

export const relativeDays: Recogniser[] = [
  {
    name: 'dayWord',
    pattern: compile(`${B}(?:the\\s+day\\s+(?<around>before|after)\\s+)?(?<w>today|yesterday|tomorrow|tonight|this\\s+(?:morning|afternoon|evening)|last\\s+night)(?:\\s+(?<p>${PART_OF_DAY}))?${E}`),
    read: ({ groups: g, index, 0: all }, text) => {
      const word = lower(g!.w);
      // "today's world", "today's youth": the present age, not the day (looked for only after an apostrophe).
      const after = index + all.length;
      const apostrophe = text.charCodeAt(after);
      if (isApostropheCode(apostrophe) && GENERIC_AFTER_TODAY.test(text.slice(after, after + 30))) return null;
      // "USA Today", "VOA Today", "The World Tonight": a capitalised day word after a name word names a paper or a programme.
      const nameBefore = CAPITALISED_DAY_WORD.test(all) ? capitalisedWordBefore(text, index) : undefined;
      if (nameBefore !== undefined && mayBeNameWord(nameBefore)) return null;
      // "told USA TODAY by phone": the paper as it writes its own name.
      if (g!.w === 'TODAY' && USA_BEFORE.test(text.slice(Math.max(0, index - 4), index))) return null;
      // "Radio 4's Today programme", "NBC's Today show": the programme's name.
      if (all === 'Today' && PROGRAMME_AFTER.test(text.slice(after, after + 12))) return null;
      const shift = (g!.around === 'before' ? -1 : g!.around === 'after' ? 1 : 0) + DAY_WORDS[word as keyof typeof DAY_WORDS];
      const part = partOf(g!.p) ?? (word === 'tonight' || word === 'last night' ? 'NI' : partOf(word.replace('this ', '')));
      const value: Extract<PartialValue, { kind: 'dayShift' }> = { kind: 'dayShift', days: shift };
      if (part) value.part = part;
      return value;
    },
  },
  {
    // "that afternoon", "that same night", "the next morning", "the previous evening", "in the morning", "in the late afternoon", "by mid afternoon", "by
    // evening", "worked through the night": a
    // part of the day the story has got to; joinNeighbours gives it the day named after it ("mid-afternoon yesterday"). Not "the
    // morning of December 28", which TimeML splits as often as not.
    name: 'partOfToldDay',
    pattern: compile(`${B}(?:that(?:\\s+same)?\\s+|the\\s+(?:(?<rel>next|following|previous|same)\\s+|(?<theMod>mid|early|late)[-\\s]?)?|(?<mod>mid|early|late)[-\\s]?|(?<=(?<![\\p{L}])(?:by|until|till)\\s+))(?<p>${PART_OF_DAY})${E}(?![-‐]|\\s+(?:of|hours)${E})`),
    read: ({ groups: g, index }, text) => {
      const part = partOf(g!.p)!;
      // "the night", "late night" alone are too often no time: the night of a crime, a late-night show (but "worked through the night"
      // is a time of the day told).
      if (!g!.rel && part === 'NI' && !/^that/i.test(text.slice(index, index + 4)) && !THROUGH_BEFORE.test(text.slice(Math.max(0, index - 12), index))) return null;
      // "the morning" alone is a time only where it is when something happened: "in the morning", "by the afternoon".
      if (!g!.rel && !g!.mod && !g!.theMod && /^the/i.test(text.slice(index, index + 3)) && !TIME_PREPOSITION_BEFORE.test(text.slice(Math.max(0, index - 12), index))) return null;
      const days = g!.rel ? RELATIVE_OFFSETS[lower(g!.rel) as 'next' | 'following' | 'previous' | 'same'] : 0;
      return { kind: 'dayShift', days, part, anchor: 'previous', ...(/^that/i.test(text.slice(index, index + 4)) ? { distal: true as const } : {}) };
    },
  },
  {
    // "moved only at night", "travelled by night", "a night-time retreat", "limited daytime flights": any night or day, as a habit
    // (a night told is "that night", "Tuesday night"). Not "by night shift workers".
    name: 'anyNightOrDay',
    pattern: compile(`${B}(?:(?<=(?<![\\p{L}])(?:at|by)\\s+)night(?![-‐'’]|\\s+(?:${NIGHT_COMPOUND_NOUNS.join('|')})${E})|(?<p>day|night)[-‐]?time)${E}`),
    read: ({ groups: g }) => ({ kind: 'fixed', type: 'TIME', value: lower(g!.p) === 'day' ? 'XXXX-XX-XXTDT' : 'XXXX-XX-XXTNI' }),
  },
  {
    // "struck overnight", "overnight losses in New York", "an overnight snowfall"; not "an overnight stay", "an overnight success",
    // which are no night told.
    name: 'overnight',
    pattern: compile(`${B}overnight${E}(?![-‐])`),
    // ("kept its overnight rate unchanged", "overnight lending", "worked the overnight shift": the kind of a thing, no night.)
    // ("won't happen overnight", "can't be solved overnight": suddenly, denied, no night told.)
    read: ({ index, 0: all }, text) =>
      (/(?<![\p{L}])an?\s+$/iu.test(text.slice(Math.max(0, index - 4), index)) && !OVERNIGHT_HAPPENING_AFTER.test(text.slice(index + all.length, index + all.length + 16)))
        || OVERNIGHT_KIND_AFTER.test(text.slice(index + all.length, index + all.length + 16))
        || NOT_OVERNIGHT_BEFORE.test(text.slice(Math.max(0, index - NOT_OVERNIGHT_REACH), index))
        ? null : { kind: 'overnight' },
  },
  {
    name: 'weekday',
    // "Monday week", "Friday fortnight" (British): a week or two after the coming Monday; not "Monday week two of the trial".
    // "the Tuesday after next": the Tuesday of the week after next (not "the Tuesday after next week's vote").
    // "Monday next week", "Monday of last week": that week's Monday; "Tuesday last", "Monday next": "last Tuesday", "next Monday".
    pattern: compile(`${B}(?:the\\s+(?=${WEEKDAY}\\s+after\\s+next${E}(?!\\s+${TIME_WORD})))?(?:(?:the\\s+(?=previous|following))?(?<rel>last|next|this|coming|past|previous|following)\\s+|${THAT_OF_STORY}\\s+)?(?<d>${WEEKDAY})(?:\\s+(?<later>week|fortnight)${E}(?!\\s+(?:\\d|${NUMBER_WORD}${E})))?(?:\\s+(?<p>${PART_OF_DAY}))?(?:\\s+(?:of\\s+)?(?<week>last|this|next)\\s+week|(?<=the\\s+${WEEKDAY})\\s+(?<afterNext>after\\s+next)${E}(?!\\s+${TIME_WORD})|\\s+(?<relAfter>last|next)${E}(?!\\s+${TIME_WORD}))?${E}`),
    read: ({ groups: g, index, 0: all }, text) => {
      if (!isCapitalised(g!.d)) return null;
      // "keep the government open past Monday night": "past" alone is the preposition, beyond the day ("this past Monday" is last Monday).
      if (lower(g!.rel) === 'past' && !PAST_OPENER_BEFORE.test(text.slice(Math.max(0, index - 6), index))) return null;
      // "following Thursday's launch": without "the", "following" and "previous" are prepositions ("the following Thursday" is a day).
      if ((lower(g!.rel) === 'following' || lower(g!.rel) === 'previous') && !/^the\s/i.test(all)) return null;
      // "The Sunday Times", "Monday Night Football": a capitalised word after the day makes a name, as after "Night" written as a name's.
      const next = capitalisedWordAfter(text, index + all.length);
      // ("the “Sunday Night Showdown” telecast": so any capitalised word after a part of the day written as a name's.)
      if (next && (NAME_WORDS.has(next) || (g!.p && !g!.rel && isCapitalised(g!.p))) && (!g!.p || isCapitalised(g!.p))) return null;
      // "“Tuesday Girl,” the band's only Top 40 single": a title a quotation mark opens, with a capitalised word after the day.
      if (next && !g!.rel && !g!.p && OPENING_QUOTE_BEFORE.test(text.slice(Math.max(0, index - 2), index)) && TITLE_CLOSES_AFTER.test(text.slice(index + all.length, index + all.length + TITLE_REACH))) return null;
      // ("taught Sunday school for two generations": the religious class, no day.)
      if (!g!.rel && !g!.p && SUNDAY_SCHOOL.test(text.slice(index, index + all.length + 8))) return null;
      // "Super Tuesday", "Bloody Sunday", "Black Monday": a word before the day makes a name.
      if (!g!.rel) {
        const before = capitalisedWordBefore(text, index);
        if (before && NAME_PREFIXES.has(before)) return null;
        if (isCounted(text, index)) return null;
      }
      const weekday = weekdayNumber(g!.d)!;
      if (g!.later) return { kind: 'shiftBy', unit: lower(g!.later) === 'week' ? 'week' : 'fortnight', amount: 1, direction: 1, anchor: 'document', from: { weekday } };
      const rel = lower(g!.rel ?? g!.relAfter);
      const offset = rel ? (RELATIVE_OFFSETS as Record<string, number>)[rel] : undefined;
      const part = partOf(g!.p);
      // Set field by field, not spread from optional parts: every weekday read passes through here.
      const value: Extract<PartialValue, { kind: 'weekday' }> = { kind: 'weekday', weekday };
      if (offset !== undefined) value.offset = offset;
      if (part) value.part = part;
      if (/^the\s/i.test(all) && !g!.afterNext) value.anchor = 'previous';
      // "That Thursday morning, his lawyers were in court": the day of that name in the week of the day told.
      if (g!.that) {
        value.offset = 0;
        value.anchor = 'previous';
        value.distal = true;
      }
      // "Monday of last week", "Monday next week": that week's Monday, which "last Monday" need not be.
      if (g!.week) value.week = (RELATIVE_OFFSETS as Record<string, number>)[lower(g!.week)]!;
      // "the Tuesday after next": the Tuesday of the week after next.
      if (g!.afterNext) value.week = 2;
      return value;
    },
  },
];
