// "10:30 a.m.", "3 p.m.", "noon", "midday", "midnight", "14:30", "0530 hours", "4 in the morning", with an optional day:
// "3 p.m. Friday", "noon today"
import { BOOKS_OF_SCRIPTURE, GAME_CLOCK_AFTER, ZONE_ABBREVIATIONS, ZONE_NAMES_ALONE, ZONE_TIME_WORDS } from '../lexicon/en/calendar';
import { LEVEL_WORDS_BEFORE_AT } from '../lexicon/en/finance';
import { B, E, alternation, compile, isCapitalised, lower } from './patterns';
import type { Recogniser } from './partialValue';
import { capitalisedWordAfter, capitalisedWordBefore, mayBeNameWord } from './neighbourWords';
import { withStandInsOf } from '../text/oneByteText';

const HOURS = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 } as const;
const HOUR_WORDS = Object.keys(HOURS).join('|');
const DAY_PARTS = 'morning|afternoon|evening';
// "a.m." keeps its closing full stop; "6am." leaves the sentence's to the sentence.
const MERIDIEM = '(?<ampm>[ap]\\.\\s?m\\.?|[ap]\\s?m)';
// A zone's name alone only before punctuation or a word that cannot go on its name: the pattern reads case-blind, so the
// capital of "Eastern Europe" cannot tell.
const NAME_ALONE_ENDS = `(?=\\s*(?:[.,;:)!?"”]|$)|\\s+(?:on|at|tonight|today|tomorrow|and|to|until|till)${E})`;
const ZONE_TOLD = `\\s+(?:${alternation(ZONE_ABBREVIATIONS)}|(?:${alternation(ZONE_TIME_WORDS)})\\s+(?:(?:standard|daylight)\\s+)?time|(?:${alternation(ZONE_NAMES_ALONE)})${NAME_ALONE_ENDS})${E}`;
const ZONE = `(?:${ZONE_TOLD})?`;
// "0530 hours", "03:00hrs", "19:00 hr": a military time's word.
const MILITARY_HOURS = `\\s*(?:hours|hrs|hr)${E}`;
const GAME_CLOCK = new RegExp(`^\\s+(?:${GAME_CLOCK_AFTER.map((w) => w.replace(' ', '\\s+')).join('|')})(?![\\p{L}])`, 'iu');
// "ran the mile in 3:43": a time taken, as a clock time is told "at 10:30".
const RACE_TIME_BEFORE = /(?<!\p{L})in\s+$/iu;
const SCRIPTURE: ReadonlySet<string> = new Set(BOOKS_OF_SCRIPTURE);
// "at 18.00", "from 08.00", "until 06.00": a preposition of time before a two-digit hour and its minutes after a full stop;
// "to 20.00" only after another such time ("from 08.00 to 20.00").
const TIME_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:(?<w>\p{L}+)\s+)?(?:at|from|until|till|before|after|since)\s+(?:about\s+|around\s+|approximately\s+)?$/iu;
const SECOND_TIME_BEFORE = withStandInsOf(/(?:^|[^\d.])(?:[01]\d|2[0-3])[.:][0-5]\d\s*(?:to|until|till|-|–)\s*$/u);
// What may follow the time: punctuation, or a word that goes on the sentence ("at 18.00 on Sunday", "at 08.00 and closed").
const CLOCK_TIME_ENDS = withStandInsOf(/^(?:\s*(?:[.,;:)!?"”—–-]|$)|\s+(?:on|and|or|to|until|till|in|at|near|outside|when|the|local|hours|sharp)(?![\p{L}]))/iu);
const LEVEL_WORDS: ReadonlySet<string> = new Set(LEVEL_WORDS_BEFORE_AT);

/** "began at 18.00", "from 08.00 to 20.00", but not a price or a level: "closed at 18.50", "rose from 18.20 to 18.50 roubles". */
function isEuropeanClockTime(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (!SECOND_TIME_BEFORE.test(before)) {
    const preposition = TIME_PREPOSITION_BEFORE.exec(before);
    if (!preposition) return false;
    // "closed at 20.00", "opened at 08.00" are times of day on the hour or with an hour's leading zero, as no price is written.
    const leadingZero = text.charAt(start) === '0';
    const minutes = text.slice(end - 2, end);
    if (!leadingZero && minutes !== '00') {
      // "at 14.05" alone may be a decimal: a time only on a quarter of the hour, and not after a word of prices ("closed at 18.30").
      if (minutes !== '15' && minutes !== '30' && minutes !== '45') return false;
      if (preposition.groups!.w !== undefined && LEVEL_WORDS.has(lower(preposition.groups!.w))) return false;
    }
  }
  return CLOCK_TIME_ENDS.test(text.slice(end, end + 12));
}

export const times: Recogniser[] = [
  {
    name: 'clockTime',
    // "10.30am" (a full stop between hour and minute only before am or pm: "14.05" alone may be a decimal);
    // "1800 GMT", "1900 local time", "10.30 GMT": four digits, or a full stop between hour and minute, read as a time only
    // before a time zone; "at 18.00", "from 08.00 to 20.00" (European copy) only after a preposition of time, not of a price;
    // "09:15:00" to the second with a two-digit hour.
    pattern: compile(
      `${B}(?<![£$€¥])(?<h>[01]?\\d|2[0-3])(?:[:.](?<m>[0-5]\\d))?\\s*${MERIDIEM}(?=[^\\p{L}\\p{N}]|$)${ZONE}`
      + `|${B}(?<h24>[01]?\\d|2[0-3]):(?<m24>[0-5]\\d)${E}(?![.:]\\d)(?:${MILITARY_HOURS})?${ZONE}`
      + `|${B}(?<hZ>[01]\\d|2[0-3])(?:\\.?(?<mZ>[0-5]\\d)${ZONE_TOLD}|\\.(?<mD>[0-5]\\d)(?![.,]?\\d)${E}|:?(?<mH>[0-5]\\d)${MILITARY_HOURS}|:(?<mS>[0-5]\\d):[0-5]\\d${E}(?![.:]\\d)${ZONE})`,
    ),
    read: ({ 0: match, groups: g, index }, text) => {
      // "17:30 That's all from us": a live blog's time stamp, on the day of publication whatever the entry before it told.
      const lineStamp = /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, index - 20), index)) ? { lineStamp: true as const } : {};
      // Only a bare "2:31": a time zone after it tells a time of day.
      if (g!.h24 && match.length === g!.h24.length + 3) {
        const end = index + match.length;
        if (GAME_CLOCK.test(text.slice(end, end + 12)) || RACE_TIME_BEFORE.test(text.slice(Math.max(0, index - 4), index))) return null;
        // "John 3:16", "Psalm 23:4": a chapter and verse.
        const before = capitalisedWordBefore(text, index);
        if (before !== undefined && SCRIPTURE.has(before)) return null;
      }
      // "8:02 last night", "at 7:30 this evening": an hour of one digit, or 10 or 11, is as a 12-hour clock writes it, which the
      // afternoon, evening or night of its day puts after noon ("08:02" and "20:02" are a 24-hour clock's).
      if (g!.h24) {
        const hour = Number(g!.h24);
        const twelveHour = hour >= 1 && hour <= 12 && !g!.h24.startsWith('0') ? { meridiemUntold: true as const } : {};
        return { kind: 'time', hour, minute: Number(g!.m24), ...lineStamp, ...twelveHour };
      }
      if (g!.mD) return isEuropeanClockTime(text, index, index + match.length) ? { kind: 'time', hour: Number(g!.hZ), minute: Number(g!.mD), ...lineStamp } : null;
      // "at 0530 hours", "03:00hrs": a military time, told by its leading zero or its preposition ("for 1500 hours" is how long).
      if (g!.mH) {
        const militaryTime = text.charAt(index) === '0' || TIME_PREPOSITION_BEFORE.test(text.slice(Math.max(0, index - 40), index));
        return militaryTime ? { kind: 'time', hour: Number(g!.hZ), minute: Number(g!.mH), ...lineStamp } : null;
      }
      // "09:15:00", "14:32:10 GMT": a time stamp to the second, its hour in two digits (a race time's is one: "2:14:04").
      if (g!.mS) return RACE_TIME_BEFORE.test(text.slice(Math.max(0, index - 4), index)) ? null : { kind: 'time', hour: Number(g!.hZ), minute: Number(g!.mS), ...lineStamp };
      if (g!.hZ) return { kind: 'time', hour: Number(g!.hZ), minute: Number(g!.mZ), ...lineStamp };
      let hour = Number(g!.h);
      if (hour < 1 || hour > 12) return null;
      const pm = lower(g!.ampm).startsWith('p');
      if (pm && hour < 12) hour += 12;
      if (!pm && hour === 12) hour = 0;
      return { kind: 'time', hour, minute: Number(g!.m ?? 0), ...lineStamp };
    },
  },
  {
    name: 'noon',
    // "noon ET", "midnight GMT": the zone told is the time's, as it is after "9 a.m.".
    pattern: compile(`${B}(?<w>noon|midday|midnight)${E}${ZONE}`),
    read: ({ groups: g, index, 0: all }, text) => {
      // "High Noon" is a film, and "high noon" a figure of speech.
      if (/high\s+$/i.test(text.slice(Math.max(0, index - 6), index))) return null;
      // "the Midnight Sun Game", "Midnight Mass": capitalised before another capitalised word, a name's.
      const next = isCapitalised(g!.w!) ? capitalisedWordAfter(text, index + all.length) : undefined;
      if (next !== undefined && mayBeNameWord(next)) return null;
      // TimeML writes midnight as the end of its day, T24:00: "midnight Friday" is when Friday ends.
      return { kind: 'time', hour: lower(g!.w) === 'midnight' ? 24 : 12, minute: 0 };
    },
  },
  {
    // "4 in the morning", "eight o'clock in the evening", "8:30 in the morning", "10 this morning": the part of the day says before or after noon
    name: 'hourOfPart',
    // "at 9 o'clock" alone is read as written.
    // One of the two must follow the hour, so that a bare number fails at once, as most do.
    // "a quarter to nine", "half past ten" as transcripts speak them; not a share, "fell by a quarter to 3 percent".
    pattern: compile(
      `${B}(?:(?<share>(?:a\\s+)?quarter\\s+(?:past|to|after)|half\\s+past)\\s+(?<hs>[1-9]|1[0-2]|${HOUR_WORDS})(?:\\s+o['’]clock)?(?:\\s+in\\s+the\\s+(?<ps>${DAY_PARTS}))?`
      + `(?!\\s*(?:%|percent|per\\s+cent|points?|million|billion|[.,:]\\d))`
      // ("11 o'clock at night", "10:30 at night": the night's hours so, not a bare number's, "drove on Route 9 at night".)
      + `|(?<h>[1-9]|1[0-2]|${HOUR_WORDS})(?:\\s+o['’]clock(?:\\s+in\\s+the\\s+(?<p>${DAY_PARTS})|\\s+at\\s+(?<pn>night))?|\\s+in\\s+the\\s+(?<p2>${DAY_PARTS}))`
      // "8:30 in the morning", "10:15 in the evening": minutes too.
      + `|(?<hm>[1-9]|1[0-2]):(?<m>[0-5]\\d)\\s+(?:in\\s+the\\s+(?<pm>${DAY_PARTS})|at\\s+(?<pmn>night))`
      // "at 10 this morning", "around 4 this morning", "at 11 last night": an hour in figures before the day's part, which it goes on with.
      + `|(?<!\\d\\s*(?:[-–]|to)\\s*)(?<hd>[1-9]|1[0-2])(?=\\s+(?:(?:this|tomorrow|yesterday)\\s+(?:${DAY_PARTS})|tonight|last\\s+night)${E}))${E}`,
    ),
    read: ({ groups: g, index }, text) => {
      if (g!.hd) {
        // An hour told so is governed by a word of time ("at 10 this morning", "until 9 tonight"): not "slid off Route 9 this morning",
        // "Channel 4 tonight", "aftershocks above magnitude 5 last night", "temperatures near 5 tonight".
        const wordBefore = WORD_BEFORE.exec(text.slice(Math.max(0, index - WORD_BEFORE_REACH), index))?.[1];
        if (wordBefore === undefined || !WORDS_BEFORE_HOUR.has(lower(wordBefore))) return null;
        return { kind: 'time', hour: Number(g!.hd), minute: 0, meridiemUntold: true };
      }
      const told = g!.h ?? g!.hs ?? g!.hm!;
      const written = (HOURS as Record<string, number>)[lower(told)] ?? Number(told);
      const part = g!.p ?? g!.p2 ?? g!.ps ?? g!.pm;
      const share = lower(g!.share);
      const [hour, minute] = share ? toTheHour(written % 12, share.startsWith('half') ? 30 : 15, share.endsWith(' to')) : [written, Number(g!.m ?? 0)];
      // The night's hours run from the evening's to the small ones: "11 o'clock at night" is 23:00, "2 o'clock at night" 2:00.
      if (g!.pn || g!.pmn) return { kind: 'time', hour: hour >= 6 && hour < 12 ? hour + 12 : hour === 12 ? 24 : hour, minute };
      if (!part) return { kind: 'time', hour: hour === 0 ? 12 : hour, minute, meridiemUntold: true };
      return { kind: 'time', hour: lower(part) === 'morning' ? hour % 12 : (hour % 12) + 12, minute };
    },
  },
];

// The words that govern an hour in figures before the day's part ("At 9 this morning", "until 11 tonight").
const WORDS_BEFORE_HOUR: ReadonlySet<string> = new Set(['at', 'by', 'until', 'till', 'around', 'about', 'before', 'after', 'since', 'from', 'nearly', 'almost', 'shortly', 'just', 'roughly', 'approximately', 'sometime']);
const WORD_BEFORE = /(\p{L}+)\s+$/u;
const WORD_BEFORE_REACH = 16;

/** The hour and minute "a quarter to nine" (8:45) or "half past ten" (10:30) tells, on a 12-hour clock (0 for twelve). */
function toTheHour(hour: number, minutes: number, before: boolean): [number, number] {
  return before ? [(hour + 11) % 12, 60 - minutes] : [hour, minutes];
}
