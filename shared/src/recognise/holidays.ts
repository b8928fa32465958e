// "Thanksgiving Day", "Christmas", "last Christmas", "That Christmas", "Easter 1999", "Election Day", "New Year's Eve", "9/11", "post-9/11", "Orthodox Easter", "Victory Day",
// "the Thanksgiving weekend", "Memorial Day weekend", "Easter week", "Ukraine's Independence Day" (24 August), "Independence Day (3 July)" (the day told beside it)
import { MONTHS, NIGHT_COMPOUND_NOUNS, PARTS_OF_DAY } from '../lexicon/en/calendar';
import { EVENTS_NAMED_BY_A_HOLIDAY, HOLIDAYS, NAMES_AFTER_A_HOLIDAY, THINGS_NAMED_BY_A_HOLIDAY, INDEPENDENCE_DAYS, OTHER_NEW_YEARS, type Holiday, type HolidayRule } from '../lexicon/en/holidays';
import { B, E, MONTH, PART_OF_DAY, YEAR, compile, isCapitalised, lower } from './patterns';
import type { Recogniser } from './partialValue';
import { withStandInsOf } from '../text/oneByteText';

const NAMES = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.]/g, '\\.').replace(/'/g, "['’]").replace(/ /g, '\\s+'))
  .join('|');
const CURLY_APOSTROPHE = withStandInsOf(/’/g);
const isDigit = (c: number) => c >= 48 && c <= 57;
const OFFSETS = { last: -1, next: 1, this: 0 } as const;
const OTHER_NEW_YEAR_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${OTHER_NEW_YEARS.join('|')})\\s+$`, 'iu');

/** "3 July", "Oct. 25": a day and month, in groups d and m (db and mb written month first), numbered n for a pattern of several. */
const DAY_MONTH = (n = '') => `(?:(?<d${n}>\\d{1,2})\\s+(?<m${n}>${MONTH})|(?<m${n}b>${MONTH})\\s+(?<d${n}b>\\d{1,2})(?![\\p{N}]))`;
const TITLE_WORD_AFTER = /^\s+\p{Lu}\p{Ll}+(?![\p{L}])/u;
const TITLE_OPENING_BEFORE = /(?:(?<![\p{L}])A|\p{Lu}\p{L}*\s+of)\s+$/u;
const THING_AFTER = new RegExp(`^\\s+(?:${THINGS_NAMED_BY_A_HOLIDAY.join('|')})(?![\\p{L}])`, 'iu');
const NAME_AFTER = new RegExp(`^\\s+(?:${NAMES_AFTER_A_HOLIDAY.join('|')})(?![\\p{L}])`, 'u');
const EVENT_AFTER = new RegExp(`^\\s+(?:${EVENTS_NAMED_BY_A_HOLIDAY.join('|')})(?![\\p{L}])`, 'iu');
// "Independence Day (3 July)", "Freedom Day, 25 March,": the day the holiday falls on, told beside it.
const DAY_TOLD_BESIDE = new RegExp(`^(?:\\s*\\(\\s*|,\\s+)${DAY_MONTH()}(?:\\s*\\)|(?=[,;.]))`, 'iu');
// "Minsk celebrated Independence Day on 3 July": a country's day, which the day after "on" tells (another year's "Christmas on 26
// December" is no such thing, so only for Independence Day).
const DAY_TOLD_AFTER_ON = new RegExp(`^\\s+on\\s+${DAY_MONTH()}(?![\\p{L}\\p{N}])`, 'iu');
// "Ukraine's Independence Day", "Belarusian Independence Day", "Ukraine marks Independence Day"; "Independence Day of Ukraine".
const COUNTRY_BEFORE = withStandInsOf(/(?<![\p{L}])(?<w>\p{L}+)(?:['’]s?)?\s+(?:(?<v>\p{L}+)\s+)?$/u);
const COUNTRY_AFTER = /^\s+of\s+(?:the\s+)?(?<w>\p{L}+)/u;

// "the presidential election of 9 August 2020", "the vote on Oct. 25", "the 9 August election": the day of the election a
// story is about, which its "Election Day" is (the American rule is only the United States'). Looked for a few paragraphs back.
const ELECTION_DAY_TOLD = new RegExp(
  `(?<![\\p{L}])(?:(?:elections?|vote|polls|ballot|referendum)\\s+(?:of|on|held\\s+on)\\s+${DAY_MONTH('1')}|${DAY_MONTH('2')}(?:,?\\s+\\d{4})?\\s+(?:(?:presidential|parliamentary|general|national|local)\\s+)?(?:elections?|vote|polls|ballot|referendum))(?![\\p{L}])`,
  'giu',
);
const ELECTION_LOOK_BACK = 3000;

/** The day and month of a match's groups (d, m or their b variants), if they make one. */
function dayOfMonthIn(told: Record<string, string | undefined>, n = ''): { month: number; day: number } | undefined {
  const month = (MONTHS as Record<string, number>)[lower(told[`m${n}`] ?? told[`m${n}b`]).replace('.', '')];
  const day = Number(told[`d${n}`] ?? told[`d${n}b`]);
  return month !== undefined && day >= 1 && day <= 31 ? { month, day } : undefined;
}

interface ElectionTold {
  at: number;
  day: { month: number; day: number };
}

// The elections a text tells, found in one pass the first time an "Election Day" asks of that text: asked at each
// occurrence, a search a few paragraphs back would cost a paste of many of them that many times over.
let electionsTold: { text: string; tellings: ElectionTold[] } | null = null;

/** The day of the last election the text told in the few paragraphs before text[start] ("the election of 9 August 2020"). */
function electionDayBefore(text: string, start: number): { month: number; day: number } | undefined {
  if (electionsTold?.text !== text) {
    const tellings = [...text.matchAll(ELECTION_DAY_TOLD)].flatMap((match) => {
      const day = dayOfMonthIn(match.groups!, match.groups!.d1 ?? match.groups!.d1b ? '1' : '2');
      return day ? [{ at: match.index, day }] : [];
    });
    electionsTold = { text, tellings };
  }
  const { tellings } = electionsTold;
  // The last telling before start, by halves.
  let low = 0;
  let high = tellings.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tellings[middle]!.at < start) low = middle + 1;
    else high = middle;
  }
  const last = tellings[low - 1];
  return last && last.at >= start - ELECTION_LOOK_BACK ? last.day : undefined;
}

/** The day a holiday falls on where the text says it: told beside the name, by the country of an "Independence Day", or by the election an "Election Day" is of. */
function dayOn(holiday: Holiday, text: string, start: number, end: number): { month: number; day: number } | undefined {
  const after = text.slice(end, end + 24);
  const told = (DAY_TOLD_BESIDE.exec(after) ?? (holiday === 'independence day' ? DAY_TOLD_AFTER_ON.exec(after) : null))?.groups;
  const day = told && dayOfMonthIn(told);
  if (day) return day;
  if (holiday === 'election day') return electionDayBefore(text, start);
  if (holiday !== 'independence day') return undefined;
  const before = COUNTRY_BEFORE.exec(text.slice(Math.max(0, start - 32), start))?.groups;
  const of = COUNTRY_AFTER.exec(after)?.groups?.w;
  const country = [before?.v, before?.w, of].find((word) => word !== undefined && lower(word) in INDEPENDENCE_DAYS);
  return country === undefined ? undefined : INDEPENDENCE_DAYS[lower(country)];
}

const PREPOSITION_BEFORE = /(?<![\p{L}])(?:on|by|until|till|during|before|after|since|over|for|at|in|through|throughout|around|of)\s+$/iu;

/** "That Christmas she cooked", "by that Easter": "that" points at the story's holiday where it opens a sentence or follows a preposition. */
const CLAUSE_OPENS_BEFORE = withStandInsOf(/(?:^|[,;:(—–-])\s*$/u);
function isDemonstrativeThat(text: string, index: number): boolean {
  if (isCapitalised(text.charAt(index))) return true;
  const before = text.slice(Math.max(0, index - 12), index);
  return PREPOSITION_BEFORE.test(before) || CLAUSE_OPENS_BEFORE.test(before);
}

// A quotation opened by a capitalised word, its words capitalised but for a few small ones: "“A Harbor", "“Home for".
const QUOTED_TITLE_BEFORE = withStandInsOf(/["“]\p{Lu}[\p{L}'’]*\s+(?:(?:\p{Lu}[\p{L}'’]*|a|an|the|of|for|and|in|on|at|to)\s+){0,4}$/u);
const QUOTED_TITLE_REACH = 60;
const QUOTE_CLOSES_AFTER = withStandInsOf(/^[,.!?]?["”]/);

export const holidays: Recogniser[] = [
  {
    name: 'holiday',
    pattern: compile(`${B}(?:(?<weekOf>the\\s+week\\s+of)\\s+|(?<rel>last|next|this|that|every|each)\\s+)?(?<h>${NAMES})(?:\\s+(?:(?<we>weekend)|(?<wk>week)|(?<p>${PART_OF_DAY})(?!\\s+(?:${NIGHT_COMPOUND_NOUNS.join('|')})${E})))?(?:,?\\s+(?<y>${YEAR}))?${E}`),
    read: ({ groups: g, index, 0: all }, text) => {
      const numeric = isDigit(g!.h!.charCodeAt(0));
      // "the week of Christmas", as "Christmas week" (not "the week of Christmas Eve morning").
      if (g!.weekOf && (g!.we || g!.wk || g!.p)) return null;
      const week = g!.wk !== undefined || g!.weekOf !== undefined;
      // Holidays are proper names: "the easter egg" and "christmas tree lights" lower-case are not meant.
      if (!numeric && !isCapitalised(g!.h)) return null;
      // "9/11" but not inside "3/9/11" or "9/11/2001", which are numeric dates.
      if (numeric && (/[/.]/.test(text.charAt(index - 1)) || /^[/.]\d/.test(text.slice(index + all.length, index + all.length + 2)))) return null;
      // "A Christmas Carol", "the Ghost of Christmas Present": a holiday in a title before another capitalised word names no day.
      if (!numeric && TITLE_WORD_AFTER.test(text.slice(index + all.length, index + all.length + 16)) && TITLE_OPENING_BEFORE.test(text.slice(Math.max(0, index - 24), index))) return null;
      // ("“A Harbor Christmas,” a variety special": nor at the end of a title quoted in capitals.)
      if (!numeric && !g!.rel && !g!.y && QUOTE_CLOSES_AFTER.test(text.slice(index + all.length, index + all.length + 2))
        && QUOTED_TITLE_BEFORE.test(text.slice(Math.max(0, index - QUOTED_TITLE_REACH), index))) return null;
      // "The Rockefeller Center Christmas tree", "Lincoln's Christmas Market": a thing the holiday names, no day.
      if (!numeric && !g!.we && !week && !g!.p && !g!.y && (THING_AFTER.test(text.slice(index + all.length, index + all.length + 14))
        || NAME_AFTER.test(text.slice(index + all.length, index + all.length + 10)))) return null;
      const holiday = lower(g!.h).replace(CURLY_APOSTROPHE, "'") as Holiday;
      if (!(holiday in HOLIDAYS)) return null;
      if (holiday.startsWith('new year') && OTHER_NEW_YEAR_BEFORE.test(text.slice(Math.max(0, index - 16), index))) return null;
      const on = numeric ? undefined : dayOn(holiday, text, index, index + all.length);
      const rule: HolidayRule = on ? { fixed: on } : HOLIDAYS[holiday];
      // "Christmas morning", "Thanksgiving night": the holiday's part of the day, a TIME as "Tuesday morning" is.
      const extras = { rule, ...(g!.we ? { weekend: true as const } : week ? { week: true as const } : g!.p ? { part: PARTS_OF_DAY[lower(g!.p) as keyof typeof PARTS_OF_DAY] } : {}) };
      // "every Christmas", "each Boxing Day": the holiday of every year, a set (of a fixed day only: a moving one has no TimeML value).
      if (lower(g!.rel) === 'every' || lower(g!.rel) === 'each') {
        // (By the rule of today, for a holiday a law moved: "every Veterans Day".)
        const today = 'since' in rule ? rule.rule : rule;
        return 'fixed' in today && !g!.we && !week && !g!.y && !g!.p
          ? { kind: 'fixed', type: 'SET', value: `XXXX-${String(today.fixed.month).padStart(2, '0')}-${String(today.fixed.day).padStart(2, '0')}` } : null;
      }
      if (lower(g!.rel) === 'that') {
        // "He said that Christmas would be quiet": "that" opens a clause, and the holiday is read alone from its own word.
        if (!isDemonstrativeThat(text, index)) return null;
        return { kind: 'holiday', ...(g!.y ? { year: Number(g!.y) } : { yearTold: true }), ...extras };
      }
      const offset = g!.rel ? OFFSETS[lower(g!.rel) as keyof typeof OFFSETS] : undefined;
      // "the Christmas Offensive", "the Easter Rising": an event named by the holiday it began near (not a day of history: "the 7/7 bombings").
      const namesEvent = !numeric && !g!.we && !week && !g!.y && EVENT_AFTER.test(text.slice(index + all.length, index + all.length + 12)) ? { namesEvent: true as const } : {};
      return { kind: 'holiday', ...(g!.y ? { year: Number(g!.y) } : {}), ...(offset !== undefined ? { offset } : {}), ...extras, ...namesEvent };
    },
  },
];
