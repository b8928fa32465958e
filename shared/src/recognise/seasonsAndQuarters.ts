// "summer 1998", "last winter", "this spring", "the third quarter", "the fourth quarter of 1998",
// "the first half of 1999", "second-quarter", "Q3 1998", "in the fall", "the March quarter", "the June half", "the April-June quarter"
import { NOUNS_A_FALL_QUALIFIES, NOUNS_A_SEASON_NAMES_A_KIND_OF, NOUNS_A_SEASON_QUALIFIES, NOUNS_OF_A_SEASON_S_USE, PREPOSITIONS_BEFORE_FALL, PREPOSITIONS_BEFORE_THE_FALL, SEASONS, SEASON_EVENT_NOUNS, WORDS_OF_A_FALL_ACCIDENT, SPRING_AS_WATER_AFTER, SPRING_AS_WATER_BEFORE, WORDS_AFTER_A_SPRING_THING } from '../lexicon/en/calendar';
import { HALF_YEAR_WORDS } from '../lexicon/en/finance';
import { ORDINALS, readNumber } from '../lexicon/en/numbers';
import { RELATIVE_OFFSETS, SKIPPING_OFFSETS } from '../lexicon/en/references';
import { AMOUNT, B, E, MONTH, SEASON, TIME_WORD_AFTER, WEEKDAY, YEAR, alternation, compile, isCapitalised, lower, monthOf } from './patterns';
import type { PartialValue, Recogniser } from './partialValue';
import { capitalisedWordAfter, capitalisedWordBefore, mayBeNameWord } from './neighbourWords';
import { withStandInsOf } from '../text/oneByteText';

const THE_BEFORE = /(?<![\p{L}])the\s+$/iu;
const RELATIVE = `(?:${Object.keys(RELATIVE_OFFSETS).filter((w) => w !== 'same' && w !== 'that').join('|')})`;
const STORY_RELATIVE = new Set(['following', 'previous', 'preceding', 'prior', 'that', 'same']);
const ORDINAL_QUARTER = '(?:first|second|third|fourth|1st|2nd|3rd|4th|last|final)';
const offsetOf = (word: string | undefined) => (word ? (RELATIVE_OFFSETS as Record<string, number>)[lower(word)] : undefined);
// "the final quarter" is the fourth; "the last quarter" may be the one before this (see the quarter recogniser).
const ordinalOf = (word: string) => (lower(word) === 'final' ? 4 : (ORDINALS as Record<string, number>)[lower(word)] ?? Number.parseInt(word, 10));
// "of the year", "of next year", "of 2013", "of fiscal 1999": joinNeighbours makes it that year's half. Not "of the 1990s" nor
// "of the century": that is a share of the decade, which widenOverModifiers keeps inside it.
const OF_A_YEAR_AFTER = withStandInsOf(/^\s+of\s+(?:(?:the|this|last|next|that|fiscal|calendar)\s+)*(?:year|\d{4}(?!s)|['’]\d\d(?!s))/i);
// "fell for the second quarter in a row", "the third quarter running": an ordinal that counts quarters, naming none of them.
const COUNTED_AFTER = /^\s+(?:in\s+a\s+row|running)(?![\p{L}])/iu;
const OF_AFTER = /^\s+of(?![\p{L}])/iu;
// "the latest quarter", "the most recent quarter", "the just-ended quarter": one that has ended, not one under way a forecast speaks of.
const ENDED_QUARTER = /^the\s+(?:latest|most\s+recent|recent|just)\S*\s+(?:ended\s+)?quarter$/i;
// Not "the 25-year-old scored in the second half": a word of accounts, not part of a compound.
const HALF_YEAR_WORD = new RegExp(`(?<![\\p{L}-])(?:${alternation(HALF_YEAR_WORDS)})(?![\\p{L}-])`, 'iu');
const SENTENCE_BREAK = withStandInsOf(/[.!?]["”’]?(?:\s|$)/);
// "105 children have died of flu since the season began in the fall": a fall that hurt someone is told in the clause of the hurt.
const CLAUSE_BREAK = /[,;:]|(?<![\p{L}])(?:since|when|while|because|which|who|that|and|but)(?![\p{L}])/iu;
// Punctuation, the end of the text or a conjunction: "before" ends the phrase rather than opening a clause or a noun.
const PHRASE_ENDS = `(?=\\s*(?:[.,;:!?)"”’—–]|$)|\\s+(?:and|but)${E})`;

/** A bare "the second half" is a half-year only with a year after it, or a word of accounts near it in its sentence. */
function isHalfOfYear(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 60);
  if (OF_A_YEAR_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, start - 60), start);
  if (HALF_YEAR_WORD.test(before.split(SENTENCE_BREAK).at(-1)!) || HALF_YEAR_WORD.test(after.split(SENTENCE_BREAK)[0]!)) return true;
  // ("Results fell in the spring. … 'We expect the first half to be choppy,' Okafor said": or in a story of money a few sentences
  // on, where no play is told in its sentence.)
  return MONEY_WORDS.test(text.slice(Math.max(0, start - HALF_YEAR_STORY_REACH), start)) && !isInSentenceOfPlay(text, start, end)
    && !PLAY_WORDS.test(text.slice(Math.max(0, start - HALF_YEAR_STORY_REACH), start));
}
/** How far back a story of money is looked for around a bare "the second half". */
const HALF_YEAR_STORY_REACH = 400;

const EVENT_NOUNS: ReadonlySet<string> = new Set(SEASON_EVENT_NOUNS);
const TO_A_VERB_AFTER = /^\s+to\s+(?!about|around|nearly|almost|just|some|under|over|below|above|a|an|the|its|their)\p{Ll}/u;
const FALL_AS_VERB_AFTER = /^\s+(?:short|below|under|behind|back|apart|into|off|through|to|from|by|sharply|further|flat|victim|prey|silent)(?![\p{L}])/iu;
// "Clocks spring forward at 2 a.m. Sunday": the verb.
const SPRING_AS_VERB_AFTER = /^\s+forward(?![\p{L}])/iu;
const QUALIFIED_NOUN_AFTER = new RegExp(`^\\s+(?:${[...NOUNS_A_SEASON_QUALIFIES, ...NOUNS_OF_A_SEASON_S_USE].join('|')})(?![\\p{L}])`, 'iu');
const FALL_QUALIFIED_NOUN_AFTER = new RegExp(`^\\s+(?:${NOUNS_A_FALL_QUALIFIES.join('|')})(?![\\p{L}])`, 'iu');
// (A word or two may name the game: "of a regular-season game", "of the Super Bowl", "of San Antonio's 104-92 win".)
const QUARTER_OF_A_GAME_AFTER = new RegExp(`^\\s+of\\s+(?:${WEEKDAY}(?:\\s+(?:night|afternoon))?['’]s|(?:(?:the|a|this|that|his|her|their|its)\\s+|\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*['’]s\\s+)(?:[\\p{L}\\d-]+\\s+){0,2}(?:game|match|contest|win|loss|victory|defeat|opener|final|playoff|bowl)s?(?![\\p{L}]))`, 'iu');
// "on the opening drive of the third quarter", "with 4:12 left in the third quarter": a quarter of a game by what is played in it.
const QUARTER_OF_A_GAME_BEFORE = /(?:(?<![\p{L}])(?:drive|possession)\s+of|\d:\d\d\s+(?:left|remaining)\s+in|\d:\d\d\s+(?:into|of))\s+(?:the\s+)?$/iu;
const PLAY_WORDS = /(?<![\p{L}])(?:injury|injured|injuries|sprained|sprain|touchdowns?|yards|field\s+goals?|kickoff|halftime|overtime|quarterback|interceptions?|fumbles?|rebounds|games?|left\s+in|play|scored|comeback)(?![\p{L}])/iu;
const MONEY_WORDS = /(?<![\p{L}])(?:profits?|revenues?|sales|earnings|income|loss|losses|percent|economy|growth|gdp|fiscal|results|shares?|dividends?|forecasts?|billion|million)(?![\p{L}])/iu;
/** How far around a quarter its sentence is read for words of play or of money. */
const SENTENCE_OF_PLAY_REACH = 160;

/** Whether the sentence of text[start, end) tells of play (an injury, yards, games) and not of money: a quarter of a game. */
function isInSentenceOfPlay(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - SENTENCE_OF_PLAY_REACH), start);
  const after = text.slice(end, end + SENTENCE_OF_PLAY_REACH);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1) + after.slice(0, after.search(/\.(?:\s|$)|\n|$/));
  return PLAY_WORDS.test(sentence) && !MONEY_WORDS.test(sentence);
}
// (Or joined to it: "winter-blend gasoline".)
const KIND_NOUN_AFTER = new RegExp(`^[\\s-]+(?:${NOUNS_A_SEASON_NAMES_A_KIND_OF.join('|')})(?![\\p{L}])`, 'u');
const USE_NOUN_AFTER = new RegExp(`^\\s+(?:${NOUNS_OF_A_SEASON_S_USE.join('|')})(?![\\p{L}])`, 'iu');
const WATER_BEFORE = new RegExp(`(?<![\\p{L}])(?:${SPRING_AS_WATER_BEFORE.join('|')})\\s+$`, 'iu');
const WATER_AFTER = new RegExp(`^\\s+(?:${SPRING_AS_WATER_AFTER.join('|')})(?![\\p{L}])`, 'iu');
const A_BEFORE = /(?<![\p{L}])a\s+$/iu;
const QUOTE_OPENS_BEFORE = withStandInsOf(/(?:["“‘]|``)$/u);
const OF_A_NAME_AFTER = /^\s+of\s+(?:the\s+)?\p{Lu}/u;
// A spring as a thing is a noun: punctuation or a preposition after it ("a spring in his step"), not a noun it qualifies.
const THING_AFTER_A_SPRING = new RegExp(`^(?:\\s*[.,;:!?)]|\\s+(?:${WORDS_AFTER_A_SPRING_THING.join('|')})(?![\\p{L}]))`, 'iu');

/**
 * A season word with no year and no relative word that is part of a name or no season at all: "the Arab Spring", "the
 * Summer Olympics", "Spring Breakers" (a capitalised word after it, or a name word before it), "a hot spring", "spring water",
 * "a spring in his step".
 */
export function isSeasonInName(text: string, season: string, start: number, after: boolean): boolean {
  const end = start + season.length;
  if (!isCapitalised(season)) {
    if (lower(season) !== 'spring') return false;
    const before = text.slice(Math.max(0, start - 9), start);
    const after = text.slice(end, end + 8);
    return WATER_BEFORE.test(before) || WATER_AFTER.test(after) || (A_BEFORE.test(before) && THING_AFTER_A_SPRING.test(after));
  }
  const next = capitalisedWordAfter(text, end);
  if (next !== undefined) return !EVENT_NOUNS.has(next);
  // "the ``Spring of Life'' demonstrations", "the “Summer of Love”": a quoted name that opens with the season.
  if (QUOTE_OPENS_BEFORE.test(text.slice(Math.max(0, start - 2), start)) && OF_A_NAME_AFTER.test(text.slice(end, end + 12))) return true;
  // "The Rite of Spring", "the Battle of Spring Hill": a capitalised season after a name word and "of" is in a name.
  if (NAME_OF_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return true;
  if (!after) return false;
  const before = capitalisedWordBefore(text, start);
  return before !== undefined && mayBeNameWord(before);
}
/** Whether a capitalised word after a season ending at `end` makes it a name ("Summer Olympics"), not an event of the season ("Spring Meeting"). */
function isNamedAfter(text: string, end: number): boolean {
  const next = capitalisedWordAfter(text, end);
  return next !== undefined && !EVENT_NOUNS.has(next);
}
const NAME_OF_BEFORE = /(?<![\p{L}])\p{Lu}\p{Ll}+\s+of\s+$/u;

const PREPOSITION_BEFORE_THE_FALL = new RegExp(`(?<![\\p{L}])(?:${PREPOSITIONS_BEFORE_THE_FALL.join('|').replace(/ /g, '\\s+')})\\s+$`, 'iu');
const PREPOSITION_BEFORE_FALL = new RegExp(`(?<![\\p{L}])(?:${PREPOSITIONS_BEFORE_FALL.join('|')})\\s+$`, 'iu');
// What ends a bare "fall" told as the season: the clause ("by fall, as rising prices", "until fall."), or "unless" and the like.
const FALL_ENDS_CLAUSE_AFTER = /^\s*(?:[,.;:!?)"”]|\s(?:unless|if|when|as|and|or|but)\s)/u;
const FALL_ACCIDENT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${WORDS_OF_A_FALL_ACCIDENT.join('|')})(?![\\p{L}])`, 'iu');
const SEASON_COORDINATED_BEFORE = new RegExp(`(?<![\\p{L}])${SEASON}\\s+(?:or|and|to|through|into|until)\\s+(?:(?:early|late|mid)[\\s-]+)?$`, 'iu');
const SEASON_COORDINATED_AFTER = new RegExp(`^\\s+(?:or|and|to|through|into|until)\\s+(?:(?:early|late|mid)[\\s-]+)?(?:the\\s+)?${SEASON}(?![\\p{L}])`, 'iu');
// "a tablet version is scheduled for the fall": what is planned for a time.
const PLANNED_FOR_BEFORE = /(?<![\p{L}])(?:scheduled|planned|set|slated|due|expected|booked|programmed)\s+for\s+$/iu;
// "the fall of Rome", "the fall in prices", "the fall from power": a noun with its complement.
// (Not "in case": "will add $50 billion in the fall in case depositors withdraw cash".)
const SPENDING_BEFORE = /(?<![\p{L}])(?:spend|spent|spends|spending)\s+$/iu;
const COMPLEMENT_OF_A_FALL = /^\s+(?:of|in(?!\s+case(?![\p{L}]))|from)(?![\p{L}])/iu;

/**
 * "The bridge will reopen in the fall", "until the fall": a bare "the fall" is the season after a preposition of time, with no
 * complement after it, and not where it hurt someone ("was injured in the fall").
 */
function isTheFallAsSeason(text: string, start: number, end: number): boolean {
  // "late summer or early fall", "the spring and fall", "fall and winter": a season beside another.
  if (SEASON_COORDINATED_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || SEASON_COORDINATED_AFTER.test(text.slice(end, end + 24))) return true;
  // "Meade's inconclusive fall campaign", "the fall semester": a season before a noun it qualifies.
  if (end - start === 4 && FALL_QUALIFIED_NOUN_AFTER.test(text.slice(end, end + 14))) return true;
  if (!/^the\s/i.test(text.slice(start, start + 4))) {
    return end - start === 4 && PREPOSITION_BEFORE_FALL.test(text.slice(Math.max(0, start - 8), start)) && FALL_ENDS_CLAUSE_AFTER.test(text.slice(end, end + 8));
  }
  // (After "spend", a place may follow: "to spend the fall in their old building".)
  const before = text.slice(Math.max(0, start - 14), start);
  if (!(PREPOSITION_BEFORE_THE_FALL.test(before) || PLANNED_FOR_BEFORE.test(text.slice(Math.max(0, start - 20), start)))
    || (COMPLEMENT_OF_A_FALL.test(text.slice(end, end + 12)) && !SPENDING_BEFORE.test(before))) return false;
  return !FALL_ACCIDENT_BEFORE.test(text.slice(Math.max(0, start - 40), start).split(SENTENCE_BREAK).at(-1)!.split(CLAUSE_BREAK).at(-1)!);
}

// "Q3 FY24", "the third quarter of FY2025", "H1 FY25": a fiscal year as results news abbreviates it, read as "fiscal 2024" is;
// and "Q2'24", "H1 ’25": a year by its last two digits, as "'24" alone is.
const SHORT_YEAR_AFTER = `(?:(?:\\s+of)?\\s+FY\\s?(?<fy>${YEAR}|\\d\\d)|\\s?['’](?<fy2>\\d\\d))`;

const withYearOrOffset = (year: string | undefined, rel: string | undefined, shortYear?: string) => ({
  ...(year ? { year: Number(year) } : {}),
  // "FY24", "Q2'24": a year told by its last two digits, as "'24" is.
  ...(shortYear ? (shortYear.length === 2 ? { yearOfCentury: Number(shortYear) } : { year: Number(shortYear) }) : {}),
  ...(offsetOf(rel) !== undefined ? { offset: offsetOf(rel)! } : {}),
});

const RESULTS_FOR_BEFORE = /(?<![\p{L}])(?:results|earnings|figures)\s+for\s+$/iu;
/** Nouns of a company's or an economy's report after a quarter: "fourth-quarter results", "third-quarter net income", "fourth-quarter economic growth". */
const RESULTS_AFTER = /^\s+(?:(?:financial|operating|net|pretax|pre-tax|economic)\s+)?(?:results|earnings|profits?|loss(?:es)?|income|revenues?|sales|figures|growth|GDP|GNP|gross\s+(?:domestic|national)\s+product|output)(?![\p{L}])/iu;

/** Whether a quarter at text[start, end) is one reported on: "fourth-quarter results", "will report results for the December quarter". */
const isReportedQuarterAt = (text: string, start: number, end: number) =>
  RESULTS_AFTER.test(text.slice(end, end + 24)) || RESULTS_FOR_BEFORE.test(text.slice(Math.max(0, start - 24), start));

/**
 * "the March quarter" (Q1), "the December half" (H2), "the July-September quarter" (Q3): the part of the year that ends in the
 * month. "the July-September period", "the January-June period": the quarter or half its months span.
 */
function periodByLastMonth(first: string | undefined, last: string, part: string): PartialValue | null {
  const end = monthOf(last);
  if (!isCapitalised(last) || !end) return null;
  const start = first === undefined ? undefined : monthOf(first);
  const months = part === 'half' || (part === 'period' && start === end - 5) ? 6 : 3;
  if (end % months !== 0) return null;
  // The months told must span the period: "the April-June quarter", not "the April-September quarter".
  if (first !== undefined && (!isCapitalised(first) || start !== end - months + 1 || part === 'half')) return null;
  return months === 6 ? { kind: 'half', half: end / 6 } : { kind: 'quarter', quarter: end / 3 };
}

export const seasonsAndQuarters: Recogniser[] = [
  {
    name: 'season',
    // "The summer before, he had been in Madrid": "the" season "before" or "after" ending its phrase is the previous or next one
    // from the story's last date, as "the year before" is (relativeUnits); "the summer before his senior year" is left to "the summer".
    pattern: compile(`${B}(?:(?:the\\s+|that\\s+)?(?<rel>${RELATIVE}|that|same)\\s+|the\\s+)?(?<s>${SEASON})(?:\\s+(?:of\\s+)?(?<y>${YEAR})|(?<=(?<![\\p{L}])the\\s+${SEASON})\\s+(?<side>before|after)${PHRASE_ENDS})?${E}`),
    read: ({ groups: g, index, 0: all }, text) => {
      if (g!.side) return { kind: 'season', season: SEASONS[lower(g!.s) as keyof typeof SEASONS], offset: lower(g!.side) === 'after' ? 1 : -1, anchor: 'previous' };
      // "fall" alone is mostly the verb or "the fall of Saigon": a season only with a year or a relative word, or "in the fall".
      if (!g!.y && !g!.rel && lower(g!.s) === 'fall' && !isTheFallAsSeason(text, index, index + all.length)) return null;
      // "raises that fall short of", "shares that fall below": the verb after "that" (not "this fall under a law").
      // ("has redrawn bus routes for the fall to save money": after "the", "to" and a verb are the noun's purpose; "the fall to $30" is a drop.)
      const afterFall = text.slice(index + all.length, index + all.length + 12);
      if (!g!.y && lower(g!.s) === 'fall' && (!g!.rel || lower(g!.rel) === 'that') && FALL_AS_VERB_AFTER.test(afterFall)
        && !(/^the\s/i.test(all) && TO_A_VERB_AFTER.test(afterFall))) return null;
      if (!g!.y && !g!.rel && lower(g!.s) === 'spring' && SPRING_AS_VERB_AFTER.test(text.slice(index + all.length, index + all.length + 10))) return null;
      // "a winter storm watch", "spring break", "Summer school begins": a kind of thing, no time (its noun in lower case, not a name's).
      // ("asking that spring break be left alone", "this winter storm": so after "that" or "this" too.)
      if (!g!.y && KIND_NOUN_AFTER.test(text.slice(index + all.length, index + all.length + 14))) return null;
      // "the summer offensive": "the" is the noun's; the season alone is read at its own word.
      if (!g!.y && !g!.rel && all.length > g!.s!.length && QUALIFIED_NOUN_AFTER.test(text.slice(index + all.length, index + all.length + 14))) return null;
      // "The next Summer Games are in Athens", "since the last Winter Olympics": a capitalised season after a relative word in lower case
      // opens a name as a bare one does.
      if (!g!.y && g!.rel && isCapitalised(g!.s!) && !isCapitalised(g!.rel) && isNamedAfter(text, index + all.length)) return null;
      // The season is the find's last word when no year follows; a name word before it counts only where nothing else does.
      if (!g!.y && !g!.rel && isSeasonInName(text, g!.s!, index + all.length - g!.s!.length, all.length === g!.s!.length)) return null;
      // "entered winter quarters", "winter food supplies": a season of any year, the use of a thing.
      if (!g!.y && !g!.rel && all.length === g!.s!.length && USE_NOUN_AFTER.test(text.slice(index + all.length, index + all.length + 12))) {
        return { kind: 'fixed', type: 'DATE', value: `XXXX-${SEASONS[lower(g!.s) as keyof typeof SEASONS]}` };
      }
      // "the following spring", "that winter", "the next spring" (not "next spring"): counted from the story's last date, not from
      // the publication, as "the next year" is.
      const anaphoric = g!.rel !== undefined && (STORY_RELATIVE.has(lower(g!.rel)) || (lower(g!.rel) === 'next' && /^the\s/i.test(all)));
      return {
        kind: 'season', season: SEASONS[lower(g!.s) as keyof typeof SEASONS], ...withYearOrOffset(g!.y, g!.rel), ...(anaphoric ? { anchor: 'previous' } : {}),
        ...(anaphoric && lower(g!.rel) === 'that' ? { distal: true } : {}),
      };
    },
  },
  {
    name: 'seasonsAgo',
    // "two summers ago", "three springs ago": the season of the year that many years back, as annotators read it whatever the time of
    // year (the probes, 8 of 8); not winters, which span two years.
    pattern: compile(`${B}(?<n>${AMOUNT})\\s+(?<s>summers|springs|autumns|falls)\\s+ago${E}`),
    read: ({ groups: g }) => {
      const years = readNumber(g!.n!);
      if (years === null || !Number.isInteger(years) || years < 2) return null;
      return { kind: 'season', season: SEASONS[lower(g!.s!).slice(0, -1) as keyof typeof SEASONS], yearOffset: -years };
    },
  },
  {
    name: 'quarter',
    // "the fiscal first quarter", "fiscal second-quarter": news writes "fiscal" before the ordinal as often as after it, inside the span.
    pattern: compile(`${B}(?:(?<rel>${RELATIVE})\\s+|the\\s+)?(?:fiscal[\\s-]+)?(?:(?<ord>${ORDINAL_QUARTER})[\\s-]+(?:fiscal\\s+)?quarter|Q(?<q>[1-4])|(?<qFirst>[1-4])Q(?<qy>${YEAR}|\\d\\d)?)(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(?<y>${YEAR})|${SHORT_YEAR_AFTER})?${E}`),
    read: ({ groups: g, 0: all, index }, text) => {
      // "the third-quarter loss": "the" is the noun's; the quarter is read from its ordinal.
      if (!g!.rel && !g!.y && /^the\s/i.test(all) && /-(?:fiscal\s+)?quarter$/i.test(all)) return null;
      // "the Q4 results": so before a noun of results, "Q4" read alone.
      if (!g!.rel && g!.q && /^the\s/i.test(all) && RESULTS_AFTER.test(text.slice(index + all.length, index + all.length + 24))) return null;
      // "the last quarter of 1998" is its fourth; "the last quarter" alone is the one before this.
      // "2Q24", "3Q2013", "4Q": the quarter's number first, as analysts write it; a capital Q only.
      // Alone, "4Q" is as often a model's name: it is a quarter with its year, before results or after "in".
      if (g!.qFirst && (!/^[1-4]Q/.test(all) || (!g!.qy && !RESULTS_AFTER.test(text.slice(index + all.length, index + all.length + 24)) && !/(?<![\p{L}])(?:in|during|for)\s+$/iu.test(text.slice(Math.max(0, index - 8), index))))) return null;
      if (g!.ord && !g!.y && COUNTED_AFTER.test(text.slice(index + all.length, index + all.length + 16))) return null;
      // "hurt in the second quarter of Saturday's game", "late in the fourth quarter of Sunday night's win": a quarter of a game.
      if (g!.ord && !g!.y && (QUARTER_OF_A_GAME_AFTER.test(text.slice(index + all.length, index + all.length + 50)) || QUARTER_OF_A_GAME_BEFORE.test(text.slice(Math.max(0, index - 24), index)))) return null;
      // "He sprained his left ankle in the second quarter", "we lost four games in the fourth quarter": so in a sentence of play, not money.
      if (g!.ord && !g!.y && !g!.rel && isInSentenceOfPlay(text, index, index + all.length)) return null;
      const quarter = g!.q || g!.qFirst ? Number(g!.q ?? g!.qFirst) : ordinalOf(g!.ord!) === -1 && g!.y ? 4 : ordinalOf(g!.ord!);
      if (quarter === -1) return { kind: 'unitShift', unit: 'quarter', offset: -1, anchor: 'document' };
      if (!(quarter >= 1 && quarter <= 4)) return null;
      const told = withYearOrOffset(g!.y, g!.rel, g!.fy ?? g!.fy2 ?? g!.qy);
      // "in the final quarter" alone is more often a game's than a year's.
      if (lower(g!.ord) === 'final' && !g!.y && !g!.rel && !OF_A_YEAR_AFTER.test(text.slice(index + all.length, index + all.length + 40))) return null;
      // "will report fourth-quarter results" in January: results are of a quarter that has ended.
      const noYearTold = !g!.y && !g!.fy && !g!.fy2 && !g!.qy && !g!.rel;
      // "the fiscal third quarter, which ended Feb. 28", told in March: a company's own year, which the date of the report names.
      if (noYearTold && /fiscal/i.test(all)) return { kind: 'quarter', quarter, fiscal: true };
      // ("will report results for the fourth quarter on Jan. 23" too.)
      if (noYearTold && isReportedQuarterAt(text, index, index + all.length)) return { kind: 'quarter', quarter, ...told, reported: true };
      return { kind: 'quarter', quarter, ...told };
    },
  },
  {
    // "this year's third quarter", "last year's fourth quarter", "the 1988 second quarter"; and halves, "the 1990 first half".
    name: 'quarterOfYear',
    pattern: compile(`${B}(?:the\\s+)?(?:(?<y>${YEAR})|(?<rel>this|last|next)\\s+year['’]s)\\s+(?:(?<ord>${ORDINAL_QUARTER})[\\s-]+(?:fiscal\\s+)?quarter|(?<half>first|second)[\\s-]+half)${E}`),
    read: ({ groups: g }) => {
      if (g!.half) {
        const half = lower(g!.half) === 'first' ? 1 : 2;
        if (g!.y) return { kind: 'half', half, year: Number(g!.y) };
        return { kind: 'half', half, yearOffset: { this: 0, last: -1, next: 1 }[lower(g!.rel) as 'this' | 'last' | 'next'] };
      }
      const quarter = ordinalOf(g!.ord!);
      if (!(quarter >= 1 && quarter <= 4)) return null;
      if (g!.y) return { kind: 'quarter', quarter, year: Number(g!.y) };
      return { kind: 'quarter', quarter, yearOffset: { this: 0, last: -1, next: 1 }[lower(g!.rel) as 'this' | 'last' | 'next'] };
    },
  },
  {
    // "the quarter", "the latest quarter", "the most recent quarter", "the fiscal quarter"; and a quarter or half named by its last
    // month, as Australian, Indian and British accounts do: "the March quarter", "the June half", "the April-June quarter"
    // (one pattern: both open with "the", tried once).
    name: 'reportedPeriod',
    pattern: compile(`${B}the\\s+(?:(?:(?:latest|most\\s+recent|recent|just-ended|just\\s+ended|fiscal)\\s+)?quarter|(?<holiday>holiday)\\s+quarter|(?:latest|most\\s+recent)\\s+period|(?:(?<first>${MONTH})\\s*[-–]\\s*)?(?<last>${MONTH})\\s+(?<part>quarter|half)|(?<first2>${MONTH})\\s*[-–]\\s*(?<last2>${MONTH})\\s+period)${E}(?![\\s-]+(?:of|century|hour|mile|point|percent|cent))`),
    read: ({ groups: g, index, 0: all }, text) => {
      // ("the holiday quarter": a retailer's or a device maker's October to December.)
      const period = g!.holiday ? { kind: 'quarter' as const, quarter: 4 } : g!.last ? periodByLastMonth(g!.first, g!.last, lower(g!.part))
        : g!.last2 ? periodByLastMonth(g!.first2, g!.last2, 'period')
          : { kind: 'reportedQuarter' as const, ...(ENDED_QUARTER.test(all) ? { ended: true as const } : {}) };
      // "will report results for the December quarter on Jan. 23": a quarter reported on has ended.
      const reported = period?.kind === 'quarter' && isReportedQuarterAt(text, index, index + all.length);
      return reported ? { ...period, reported: true } : period;
    },
  },
  {
    // "the year-earlier quarter", "the comparable year-ago period", "the quarter a year ago", "last year's quarter", "year-earlier" (results)
    name: 'yearEarlierPeriod',
    pattern: compile(`${B}(?:(?:the\\s+)?(?:(?:comparable|corresponding|same)\\s+(?=year-))?(?:year-earlier|year-ago|year\\s+earlier|prior-year|comparable|corresponding|same)(?:\\s+(?:third|second|first|fourth|fiscal))?\\s+(?:quarter|period)(?:\\s+(?:last\\s+year|a\\s+year\\s+(?:ago|earlier)))?|the\\s+quarter\\s+a\\s+year\\s+(?:ago|earlier)|last\\s+year['’]s\\s+(?:quarter|period)|year-earlier|year-ago)${E}`),
    read: ({ 0: all }) => ({ kind: 'shiftBy', unit: 'year', amount: 1, direction: -1, anchor: 'document', ...(/quarter/i.test(all) ? { period: 'quarter' } : /period/i.test(all) ? { period: 'period' } : {}) }),
  },
  {
    // "the 1988 quarter", "the 1989 period"
    name: 'periodOfYear',
    pattern: compile(`${B}the\\s+(?<y>${YEAR})\\s+(?<unit>quarter|period)${E}`),
    read: ({ groups: g }) => ({ kind: 'periodOfYear', year: Number(g!.y), quarter: lower(g!.unit) === 'quarter' }),
  },
  {
    // "the weekend", "the holiday weekend", "the three-day weekend", "last weekend", "this weekend", "next weekend"; "the weekend before
    // last", as "the week before last" is;
    // "the following weekend", "that weekend", "the previous weekend": counted from the last day told, as "the following day" is.
    name: 'weekend',
    pattern: compile(
      `${B}(?:the\\s+(?:(?:holiday|three-day|four-day)\\s+)?weekend${E}(?:\\s+(?<skip>${alternation(Object.keys(SKIPPING_OFFSETS))})${E}(?!${TIME_WORD_AFTER}))?|(?<rel>this|last|next|past|coming)\\s+(?:(?:holiday|three-day|four-day)\\s+)?weekend${E}`
      + `|(?<anaphoric>the\\s+(?:following|next|previous|preceding|same)|that(?:\\s+same)?)\\s+weekend${E}(?!\\s+of${E}))`,
    ),
    read: ({ groups: g, index, 0: all }, text) => {
      if (g!.skip) return { kind: 'weekend', offset: SKIPPING_OFFSETS[lower(g!.skip) as keyof typeof SKIPPING_OFFSETS] };
      // "the following", "that same": the offset of the word that tells it.
      if (g!.anaphoric) return { kind: 'weekend', offset: offsetOf(g!.anaphoric.split(/\s+/).at(-1))!, anaphoric: true };
      // "the last weekend of the year", "the last weekend of his life": the final one of a span, not the one before now.
      if (g!.rel && THE_BEFORE.test(text.slice(Math.max(0, index - 4), index)) && OF_AFTER.test(text.slice(index + all.length, index + all.length + 4))) return null;
      // "preparing for visitors over the coming weekend", told on a Monday: the one still to come, this week's.
      if (g!.rel && lower(g!.rel) === 'coming') return { kind: 'weekend', ahead: true };
      return { kind: 'weekend', ...(g!.rel ? { offset: offsetOf(g!.rel)! } : {}) };
    },
  },
  {
    name: 'half',
    // "the first half of fiscal 1990" is that fiscal year's, as "the second quarter of fiscal 1990" is.
    // "the last half of 1989" is the second; "the last half" alone is as often a game's.
    pattern: compile(`${B}(?:(?:the\\s+)?(?:(?<ord>first|second)[\\s-]+half(?:\\s+of\\s+(?:fiscal\\s+)?(?<y>${YEAR}))?|(?<last>last|latter)\\s+half\\s+of\\s+(?:fiscal\\s+)?(?<y2>${YEAR}))|H(?<h>[12])(?:\\s+(?<y3>${YEAR})|${SHORT_YEAR_AFTER})?)${E}`),
    // "H1 2024", "H2": a half as results news writes it.
    read: ({ groups: g, index, 0: all }, text) => {
      if (g!.ord && !g!.y && !isHalfOfYear(text, index, index + all.length)) return null;
      // "the first half of the 1990s", "of the century", "of March": a half of something else than a year, even in results news.
      if (g!.ord && !g!.y && OF_AFTER.test(text.slice(index + all.length, index + all.length + 4)) && !OF_A_YEAR_AFTER.test(text.slice(index + all.length, index + all.length + 40))) return null;
      return { kind: 'half', half: g!.h ? Number(g!.h) : g!.ord && lower(g!.ord) === 'first' ? 1 : 2, ...withYearOrOffset(g!.y ?? g!.y2 ?? g!.y3, undefined, g!.fy ?? g!.fy2) };
    },
  },
];
