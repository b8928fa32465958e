// The direction a date points in when the text leaves it open ("Friday", "in March"): the tense of
// the words nearest to it in its sentence, past when nothing tells, as news mostly reports what happened.
import { ATTRIBUTION_VERBS, PAST_ADVERBS, IS_CONTRACTED_ONTO, SAME_FORM_PAST_WORDS, DEFERRING_WORDS, FUTURE_PHRASES, WARNING_NOUNS, MEASURED_FIGURES, NOT_DEADLINE_TO, SCHEDULED_EVENTS, SCHEDULE_PLURAL_WORDS, SCHEDULE_PRESENT_WORDS, SCHEDULE_WORDS_NEVER_NOUNS, TAKES_EFFECT_WORDS, APPLYING_FROM_WORDS, TAKING_PART_PREPOSITIONS, TAKING_PART_VERBS } from '../lexicon/en/tense';
import { isCapitalised } from '../recognise/patterns';
import { isPossessiveAt } from '../text/possessive';
import { CARDINALS } from '../lexicon/en/numbers';
import { MONTHS, WEEKDAYS } from '../lexicon/en/calendar';
import { HEADLINE_LENGTH, clauseEnd, clauseStart, isAsciiLetterCode, isDigitCode, isSpaceCode, lastClauseComma, lastWordEnd, lastWordStart, lookBackLimit, wordAfter, wordBefore, wordEnd, wordStart } from './clauseWords';
import { isFigureComparedWith } from './comparison';
import { BARE_FORM_GOVERNOR, BARE_INFINITIVE_GOVERNOR, CUE_WORD, DATE_NAME, DATE_PREPOSITION, DETERMINER, FIRM_FUTURE, FORECAST_PARTICIPLE, FUTURE, MONTH_MAY, NOT_BARE, NOT_PAST, NOUN_MARKER, PAST, PAST_AFTER_SUBJECT, PLAN, PLANNED_THING_OPENER, POSSIBILITY_MODAL, PRESENT_AUXILIARY, SCHEDULE_PLURAL, SCHEDULE_PRESENT, SCHEDULE_PROGRESSIVE, SUBJECT_PRONOUN, WARNING, isIn, listsOf } from './tenseWordLists';
import { isApostropheCode, withStandInSpellings, withStandIns, withStandInsOf } from '../text/oneByteText';

export type Direction = 'past' | 'future' | 'unknown';

const FUTURE_PAIRS = new Set<string>(FUTURE_PHRASES);
const PERFECT_AUXILIARY: ReadonlySet<string> = new Set(withStandInSpellings(['have', "'ve", '’ve']));
// How a past participle ends, regular or not ("restored", "been", "grown", "done", "brought", "left", "hit", "won", "come").
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless', 'once']);
const MODALS_BEFORE_HAVE: ReadonlySet<string> = new Set(['would', 'should', 'could', 'must', 'might', 'may']);
const PARTICIPLE_ENDINGS = '(?:ed|en|wn|ne|ght|ft|lt|nt|pt|id|ld|ut|it|et|un|ung|on|ome)';
const PARTICIPLE_ENDING = new RegExp(`${PARTICIPLE_ENDINGS}$`);

const DEADLINE_WORDS = ['by', 'until', 'till', 'through', 'to'];
const DEADLINE_BEFORE = new RegExp(`(?<![\\p{L}])(?<word>${DEADLINE_WORDS.join('|')})\\s+(?:the\\s+)?$`, 'iu');
// "the October figures", "the October and November figures": the figures a month measures, after it or after a second one.
const FIGURES = MEASURED_FIGURES.map((figures) => figures.replace(' ', '\\s+')).join('|');
// ("January trade figures": a word may say what they count.)
const FIGURES_AFTER = new RegExp(`^(?:\\s+(?:and|or)\\s+\\p{L}+\\.?)?\\s+(?:\\p{Ll}+\\s+)?(?:${FIGURES})(?![\\p{L}])`, 'u');
const FIGURES_AFTER_REACH = 40;
// "sales in November and December", "inflation in May": a month figures are "in".
const FIGURES_IN_BEFORE = new RegExp(`(?<![\\p{L}])(?:${FIGURES}|sales|exports|imports|production|spending|prices)\\s+in\\s+(?:\\p{L}+\\s+(?:and|or)\\s+)?$`, 'iu');
// ("figures on personal income and spending for January are due Friday": with what they are on between.)
const FIGURES_FOR_BEFORE = new RegExp(`(?<![\\p{L}])(?:${FIGURES})(?:\\s+(?:on|of)\\s+(?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+)?\\s+for\\s+$`, 'iu');
const FIGURES_FOR_REACH = 64;
// (Not an alternative: "will close after Labor Day rather than in late September".)
const THAN_IN_BEFORE = /(?<![\p{L}])(?<!(?<![\p{L}])rather\s+)than\s+(?:in|on)\s+(?:the\s+)?$/iu;
const SAYING_BEFORE = /(?<![\p{L}])(?:saying|adding|noting|insisting|arguing|announcing)\s+(?:on\s+)?$/iu;
const SAID_AFTER = /^,?\s+(?:that\s|["“])/u;
const DECLARED_BEFORE = /(?<![\p{L}])(?:declared|declares|declaring|proclaimed|designated)\s+$/iu;
const HOLIDAY_AFTER = /^\s+(?:as\s+)?(?:an?\s+)?(?:(?:public|national|bank|school|official|special|state)\s+)?(?:holiday|day\s+of\s+(?:mourning|rest|prayer))/iu;
const ORGANIZED_FOR_BEFORE = /(?<![\p{L}])(?:organi[sz]ed|arranged|planned|booked)\s+(?:an?|the|their|its|his|her)\s+(?:[\p{L}'’-]+\s+){1,6}for\s+$/iu;
const ORGANIZED_FOR_REACH = 80;
/** Whether text[start, end) stands alone on its line, but for blanks before it and blanks, a colon or a full stop after it. */
const INFINITIVE_BEFORE = /(?<![\p{L}])to\s+\p{Ll}+(?:\s+[\p{L}'’-]+){0,4}\s+(?:on\s+|by\s+)?$/u;

/**
 * Whether the date stands in a headline (a line of at most HEADLINE_LENGTH, with no full stop, "!" or "?" at its end) after "to"
 * and a verb, a few words back ("Bridge to close Monday").
 */
function isInHeadlineInfinitive(text: string, start: number, end: number): boolean {
  // (The line's ends are looked for no further than a headline reaches, so that a long text on one line costs no more at each date;
  // most dates stand further into their paragraph, which a plain search tells first.)
  if (start > HEADLINE_LENGTH && !text.slice(start - HEADLINE_LENGTH - 1, start).includes('\n')) return false;
  const lineStart = lineEndWithin(text, start - 1, -1) + 1;
  if (lineStart < 0 || !INFINITIVE_BEFORE.test(text.slice(lineStart, start))) return false;
  const lineEnd = lineEndWithin(text, end, 1);
  if (lineEnd < 0) return false;
  const line = text.slice(lineStart, lineEnd).trimEnd();
  return line.length <= HEADLINE_LENGTH && !/[.!?"”]$/.test(line) && !line.includes('. ');
}

/** Where the line around text[from] ends, looking `step`-wise no further than HEADLINE_LENGTH: the line break, the text's end, or -2 if further. */
function lineEndWithin(text: string, from: number, step: 1 | -1): number {
  for (let i = from, left = HEADLINE_LENGTH; left >= 0; i += step, left--) {
    if (i < 0 || i >= text.length || text.charCodeAt(i) === 10) return i;
  }
  return -2;
}

function isAloneOnLine(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9)) before--;
  if (before >= 0 && text.charCodeAt(before) !== 10) return false;
  let after = end;
  while (after < text.length && (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9 || text.charCodeAt(after) === 58 || text.charCodeAt(after) === 46)) after++;
  return after < text.length && text.charCodeAt(after) === 10;
}
const PRESENT_COPULA_BEFORE = /(?<![\p{L}])(?:is|are)\s+$/iu;
// ("the race ends with Saturday's circuit race": or a schedule that a day's event opens or ends, told in the present.)
const STARTING_WITH_BEFORE = /(?<![\p{L}])(?:starting|beginning|(?:begins|starts|opens|ends|finishes|concludes|closes|continues|resumes)|(?:wraps|kicks)\s+(?:up|off))\s+with\s+$/iu;
const FOR_DELIVERY_BEFORE = /(?<![\p{L}])for\s+delivery\s+(?:in|on)\s+$/iu;
const DELIVERY_AFTER = /^\s+delivery(?![\p{L}])/iu;
// A date that opens with "the" ("the fourth quarter"), not an amount of time ("three months").
const THE_AT = /^the\s/i;
const FROM_FIGURE_BEFORE = /(?<![\p{L}])from\s+(?:about\s+|around\s+)?[$€£]?\d[\d.,]*\s*(?:%|percent|per\s+cent|million|billion|points?)?(?:\s+\p{L}+)?\s+(?:in|for)\s+$/iu;
/**
 * Whether the words before text[start] may end what awaits a date ("tickets for", "focus on", "a spot in", "awaiting", "for July
 * and"): read first by the word right before it, as the pattern costs more than all the other tests of a tense together.
 */
function mayFollowAwaiting(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 32) return false;
  const end = start - 1;
  if (isWordAt(text, end, 'for') || isWordAt(text, end, 'and') || isWordAt(text, end, 'or')) return true;
  if (isWordAt(text, end, 'on')) return text.slice(Math.max(0, start - 16), start).toLowerCase().includes('focus');
  if (isWordAt(text, end, 'in')) return /spot|place|berth/i.test(text.slice(Math.max(0, start - 14), start));
  return isWordAt(text, end, 'await') || isWordAt(text, end, 'awaits') || isWordAt(text, end, 'awaiting');
}

/** Whether the word (in lower case, of ASCII letters) ends at text[end], in either case, with no letter before it. */
function isWordAt(text: string, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < 0) return false;
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(start + i) | 32) !== word.charCodeAt(i)) return false;
  const before = text.charCodeAt(start - 1) | 32;
  return !(before >= 97 && before <= 122);
}
/**
 * Whether the text before `start`, past the whitespace right before it, ends with one of `words` (isWordAt): what a pattern ending
 * "(?:on|for)\s+$" needs, told without slicing the text or trying the pattern at every place.
 */
function endsWithWordOf(text: string, start: number, words: readonly string[]): boolean {
  let end = start;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end === start) return false;
  for (const word of words) if (isWordAt(text, end, word)) return true;
  return false;
}
// The words that end what the patterns before a date below end with.
const CALLED_FOR_LAST_WORDS = ['on', 'for', 'from', 'starting', 'beginning', 'after'];
const TAKES_EFFECT_LAST_WORDS = [...TAKES_EFFECT_WORDS, 'starting', 'beginning', 'on', 'from'];
const DEADLINE_LAST_WORDS = [...DEADLINE_WORDS, 'the'];
const IN = ['in'];
const AFTER = ['after'];
// The words after "starting" or "beginning" that TAKES_EFFECT_BEFORE reads: "starting in the summer", "beginning at noon Tuesday".
const IN_OR_AT = ['in', 'at'];
const ING_IN_OR_AT = /ing (?:in|at)/;

// A month alone, as it names the figures after it: "July housing starts".
const LONGEST_MONTH = 'september'.length;
const MONTH_ALONE = new RegExp(`^(?:${Object.keys(MONTHS).join('|')})\\.?$`, 'i');
// "effective Feb. 1": when something takes effect; "starting Monday", "beginning on Friday": the day something applies from.
const TAKES_EFFECT_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:(?<effect>${TAKES_EFFECT_WORDS.join('|')})|(?:starting|beginning)(?:\\s+in(?=\\s+(?:the\\s+)?$)|\\s+at(?=\\s+$))?|(?:${APPLYING_FROM_WORDS.join('|')})(?=\\s+from))\\s+(?:on\\s+|from\\s+)?$`,
  'iu',
);
// "from July onwards", "from Monday on": a start from which something holds.
const FROM_BEFORE = /(?<![\p{L}])from\s+$/iu;
const ONWARDS_AFTER = /^\s+(?:onwards?|on(?![\p{L}]))/iu;
const NOT_DEADLINE = new Set<string>(NOT_DEADLINE_TO);
// "bought from Sept. 14 to Thursday", "April 24 to 25": the end of a range, not a deadline.
const RANGE_FROM = /(?<![\p{L}])from\s+\S+(?:\s+\S+){0,3}\s+to\s+(?:the\s+)?$|\d\s+to\s+$/iu;
// "had filed reports by Wednesday", "Until Thursday, they had not": a past perfect says the deadline has passed.
const PAST_PERFECT = /(?<![\p{L}])had(?![\p{L}])/iu;
// Nothing before a deadline in its clause, or a word that opens one.
const CLAUSE_OPENED_BEFORE = /^\s*$|(?<![\p{L}])(?:that|and|but)\s+$/iu;
const HAD_TIME_UNTIL = /(?<![\p{L}])had\s+$/iu;
// "By Monday,", "and by noon on Monday": "by" opening its clause, at most after a conjunction.
const FRONTED_BY = /^\s*(?:(?:and|but|so)\s+)?by\s+(?:the\s+)?$/iu;
// "ahead of Sunday's vote", "in the run-up to Sunday's vote": a stretch before the day, which may still be to come when the clause is past
// (not so "on the eve of Tuesday's summit", a day right before it).
// ("heading into Tuesday's midterm elections", "going into Sunday's final round" too.)
// ("With four days left before Tuesday's election": a countdown too.)
const AHEAD_OF_BEFORE = /(?<![\p{L}])(?:ahead\s+of|(?:run|lead|build)-up\s+to|(?:heading|going)\s+into|(?:looking|look|looks)\s+(?:ahead|forward)\s+to|(?:left|remaining|to\s+go)\s+(?:before|until|till))\s+$/iu;
// "Investors are waiting for Thursday's data", "Markets await Friday's jobs report", "Tickets for Saturday's game went on sale": what
// is waited for, or sold tickets for, is still to come; so is the game a player is "questionable for" or "ready for".
// ("bookings for July and August were running ahead", "is bracing for Sunday's Academy Awards", "will focus on Friday's jobs report",
// "will be available for Sunday's playoff game", "a spot in Thursday's second-round game"; what is booked or added for a day, "a lot of
// weddings booked for May", "An extra matinee has been added for Nov. 29", "Protests have been called for Thursday evening", or
// cancelled, "Several churches have canceled services for Sunday"; not
// figures added: "added 200,000 jobs for October"; nor where a thing takes place: "will take place in April".)
const AWAITING_BEFORE = /(?<![\p{L}])(?:awaits?|awaiting|wait(?:s|ing)?\s+for|(?:tickets|seats|bookings|reservations)\s+for|(?:booked|reserved|added|been\s+called|cancell?ed|cancell?ing)\s+(?:(?!\d)[\p{L}-]+\s+){0,2}for|(?:brac|prepar)(?:e|es|ing)\s+for|focus(?:es|ing)?\s+on|(?:questionable|doubtful|probable|ready|eligible|available|favou?rites?|contenders?)\s+for|(?:spot|(?<!(?<![\p{L}])(?:take|takes|taken|taking|took)\s+)place|berth)\s+in)\s+(?:\p{L}+\.?\s+(?:and|or)\s+)?$/iu;
// (Not "wait" alone, which may be a noun: "ended Britain's 77-year wait for a men's champion at Wimbledon on Sunday".)
const AWAITED_EVENT_ON_BEFORE = /(?<![\p{L}])(?:awaits|awaiting|wait(?:s|ing)\s+for|(?:brac|prepar)(?:e|es|ing)\s+for|(?:questionable|doubtful|probable|ready|eligible|available)\s+for)\s+(?:the|a|an|this|next|its|his|her|their)\s+(?:[\p{L}'’.-]+\s+){1,4}on\s+$/iu;
const AWAITED_EVENT_REACH = 80;
// (Not "delayed the start of Friday's second round", nor "suspended Sunday's search": what was held up or halted had begun.)
// ("have moved the start of Sunday's marathon forward", "rescheduled Friday's meeting": or moved.)
const CANCELLED_BEFORE = /(?<![\p{L}])(?:cancel(?:l?ed|l?ing|s)?|call(?:ed|ing|s)?\s+off|postpon(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|scrubb(?:ed|ing)|scrubs?|mov(?:e|es|ed|ing)|reschedul(?:e|es|ed|ing)|(?:brought|pushed)\s+(?:forward|back))\s+(?:the\s+(?:start|end)\s+of\s+)?$/iu;
const CANCELLED_REACH = 30;
const CANCELLED_AFTER_POSSESSIVE = /\s+(?:(?!(?:and|but|or|that|which|who)\s)[\p{L}\p{N}.'’-]+\s+){1,6}(?:has|have|is|are)\s+(?:been\s+|being\s+)?(?:called\s+off|cancell?ed|postponed|scrapped|scrubbed)(?![\p{L}])/iuy;
// ("On Friday, he beat the second seed and reached Sunday's final": or a round reached.)
const ADVANCING_TO_BEFORE = /(?<![\p{L}])(?:(?:advanc(?:e|es|ed|ing)|mov(?:e|es|ed|ing)\s+on)\s+(?:in)?to|qualif(?:y|ies|ied|ying)\s+for|reach(?:es|ed|ing)?)\s+$/iu;
const NO_TENSE: Tense = { direction: 'unknown', distance: Infinity };
// "Sunday's election will be close", "Saturday's final is expected to draw", "a weak showing in Tuesday's election would hand power to
// his rivals": the day's event is the subject of a future, a word or
// two after it (not "Wednesday's ruling will be appealed", a passive of what was done to it).
// ("Friday's 32km time trial around Harewood is likely to decide it": up to five words.)
const POSSESSIVE_SUBJECT_OF_FUTURE = /\s+(?:(?!(?:and|but|or|that|which|who)\s)[\p{L}\p{N}-]+\s+){1,5}(?:will|would|is\s+(?:expected|due|set|scheduled|likely)|are\s+(?:expected|due|set|scheduled|likely))(?![\p{L}])(?!\s+(?:be|have\s+been)\s+\p{L}+(?:ed|en)(?![\p{L}]))/iuy;
// "Monday's meeting in Brussels", "Sunday's presidential election.", "Thursday's individual all-around final": an event held on a day,
// up to two words before its noun, the phrase ending there (not "Sunday's election results", whose results come after it).
const SCHEDULED_EVENT_AFTER = new RegExp(`\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${SCHEDULED_EVENTS.join('|')})(?![\\p{L}-])(?!\\s+(?!(?:in|on|at|of|and|or|with|between|against|for|to|that|which|where|when|as|after|before|over|because|but|if|is|was|will|would|has|had)(?![\\p{L}]))\\p{Ll})`, 'iuy');
// ("will start Sunday's Daytona 500 from the front row": or an event by its name, not a name before a noun of what came of it,
// "Wednesday's Supreme Court ruling".)
const NAMED_EVENT_AFTER = /\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|\d+)){0,3}(?![\p{L}\p{N}-]|[.,]\d)(?!\s+(?!(?:in|on|at|of|and|or|with|from|between|against|for|to|that|which|where|when|as|after|before|over|because|but|if|is|was|will|would|has|had)(?![\p{L}]))\p{Ll})/uy;
// ("Sunday's schedule is quieter: a gospel sing at 2 p.m.": or its schedule.)
const PLANNED_FOR_DAY_AFTER = /\s+(?:agenda|lineup|line-up|forecast|schedule|program|programme)(?![\p{L}-])/iuy;
// ("Everyone will be watching Thursday's jobless claims", "ahead of Friday's jobs report": or figures released on the day.)
const DATA_RELEASE_AFTER = /\s+(?:[\p{L}-]+\s+){0,2}(?:report|data|figures|numbers|claims|release|estimates?)(?![\p{L}-])/iuy;
const TAKING_PART: ReadonlySet<string> = new Set(TAKING_PART_VERBS);
const TAKING_PART_PREPOSITION: ReadonlySet<string> = new Set(TAKING_PART_PREPOSITIONS);
// "for the premiere on", "of the vote in Parliament on", "to the concert in Los Angeles on", "organisers of the Grand National at
// Aintree on" (an event by its name): an event a phrase names, and the day it
// is held on (not the subject of the clause, "The summit on April 20 ended", whose verb tells of the event).
const EVENT_ON_BEFORE = new RegExp(withStandIns(`(?<![\\p{L}])(?:for|to|at|of)\\s+(?:the|a|this|next)\\s+(?:(?:[\\p{L}-]+\\s+)?(?:${SCHEDULED_EVENTS.join('|')})|\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})(?:\\s+(?:in|at)\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4})?\\s*on\\s+$`), 'u');
const EVENT_ON_REACH = 100;
// "has called for a general strike on Tuesday", "called for nationwide protests on Friday", "are urging more rallies on Sunday",
// "called for new mass rallies after prayers on Friday", "declared three days of national mourning starting on Wednesday", "urged
// supporters to rally after prayers on Friday", "urged supporters to hold mass rallies across the country on Friday", "called for a
// mass rally in the capital on Sunday": an
// event called for is still to come, as news tells calls of the last day or two; so "has called a meeting of House Republicans for
// Friday", "called a nationwide strike from Sunday to Tuesday", "declared national mourning for Friday", "have already canceled
// classes for Monday", "have called a 24-hour general strike for Wednesday". (Not "at a hastily called news conference on Monday
// evening", a participle after a determiner.)
/** The pattern of a call for an event told by one of `verbs`, ending in one of `endings` right before the date. */
const eventCalledForBefore = (verbs: string, endings: string) => new RegExp(`(?<![\\p{L}])(?<!(?<![\\p{L}])(?:a|an|the)\\s+(?:\\p{L}+ly\\s+)?)(?:${verbs})\\s+(?:for\\s+)?(?:(?:[\\p{L}-]+\\s+){1,3}to\\s+(?:(?:hold|stage|join)\\s+|(?=(?:rally|protest|march|strike|demonstrate|gather)\\s))|(?:a|an|the|more|new|further|fresh|another|mass)\\s+)?(?:(?:\\p{N}+|two|three|four|five|seven|ten)\\s+days?\\s+of\\s+)?(?:\\p{N}+-[\\p{L}-]+\\s+)?(?:(?!(?:his|her|its|their|my|our|your)\\s)[\\p{L}-]+\\s+){0,2}(?:${SCHEDULED_EVENTS.join('|')}|rallies|strikes|protests|demonstrations|marches|mourning|holiday|classes|school|flights|rally|demonstrate|gather|ban|curfew)\\s+(?:of\\s+(?:[\\p{L}.'’-]+\\s+){1,4}|for\\s+(?:[\\p{L}'’-]+\\s+){1,4})?(?:to\\s+(?:[\\p{L}.'’-]+\\s+){1,4})?(?:(?:in|at|across|outside|throughout|through)\\s+(?:[\\p{L}.'’-]+\\s+){1,4})?(?:after\\s+(?:[\\p{L}-]+\\s+)?prayers\\s+)?(?:${endings})$`, 'iu');
const CALLED_FOR_EVENT_ON_BEFORE = eventCalledForBefore('called|urged|calls?|calling|urges?|urging|declared|declares|declaring|canceled|cancelled|postponed', '(?:starting|beginning)\\s+(?:on\\s+)?|(?:on|for|from|after)\\s+');
// ("The unions announced a two-day strike starting on Tuesday": an event announced to start on a day; not "announced the launch on
// Monday", the day of announcing.)
const ANNOUNCED_EVENT_STARTING_BEFORE = eventCalledForBefore('announced|announces|announcing', '(?:starting|beginning)\\s+(?:on\\s+)?');
// Most dates after "on" have no call before them: the words are looked for before the pattern is tried.
const isCalledForEventOn = (before: string) => (/call|urg|declar|cancel|postpon/i.test(before) && CALLED_FOR_EVENT_ON_BEFORE.test(before))
  || (before.includes('announc') && ANNOUNCED_EVENT_STARTING_BEFORE.test(before));
// "Sunday's game kicks off at 16:00", "Monday's talks in Geneva begin at 9", "Sunday's match at The Hawthorns kicks off": an event
// held on a day, told in the present of a schedule; or what it is to be, "Saturday's primary is the first in the South", "Tuesday's vote is seen as a test" (not "is over").
// ("Saturday's vote marks the first time …": what an event was, told in the present, is no schedule.)
const SIGNIFYING: ReadonlySet<string> = new Set(['marks', 'mark', 'becomes', 'makes']);
// ("Saturday's opener, featuring the Tin Roof Orchestra, starts at 7 p.m.": with an aside set off by commas; "Thursday's session is almost
// sold out".)
const SCHEDULED_EVENT_IN_PRESENT = new RegExp(`\\s+(?:[\\p{L}-]+\\s+)?(?:${SCHEDULED_EVENTS.join('|')})s?(?:,[^,.;:!?]{1,60},)?\\s+(?:(?:at|in|against)\\s+(?:[\\p{L}.'’-]+\\s+){1,3})?(?:${[...SCHEDULE_PRESENT_WORDS, ...SCHEDULE_PLURAL_WORDS, 'include', 'includes'].filter((verb) => !SIGNIFYING.has(verb)).join('|')}|(?:is|are)\\s+(?:the|a|an|seen|widely|considered|viewed|(?:(?:almost|nearly|already)\\s+)?sold\\s+out))(?![\\p{L}-])`, 'iuy');
// "funding the government until", "extending the ban through": a participle and its object, whose span the date ends.
const PARTICIPLE_OF_SPAN_BEFORE = /(?<![\p{L}])(?:funding|extending|keeping|financing|suspending|raising|lifting|delaying)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
const PARTICIPLE_OF_SPAN_REACH = 48;
/** Pasts that put a deadline off or grant one, which then lies ahead: "extended its offer until Nov. 9", "gave Merieux until mid-November". */
const DEFERRING: ReadonlySet<string> = new Set(DEFERRING_WORDS);
const MOVING: ReadonlySet<string> = new Set(['moved', 'pushed', 'put']);
/** Whether a verb before "by", "until" or "through" puts a deadline off ("extended … until"); through a span, moving moves nothing off. */
const isDeferring = (verb: string, preposition: string) => DEFERRING.has(verb) && !(preposition === 'through' && MOVING.has(verb));
// ("predicted final passage by Friday night", "promised a decision by March": what was foretold or promised by a date too.)
// ("lawyers for both sides asked for a decision by mid-June": what was asked for by a day too.)
const WISHING: ReadonlySet<string> = new Set(['wanted', 'hoped', 'sought', 'demanded', 'aimed', 'needed', 'required', 'predicted', 'promised', 'pledged', 'vowed', 'asked', 'requested']);
// "to have it enacted": a perfect infinitive, whose participle is still to be done.
const PERFECT_INFINITIVE = /^to\s+have\s/i;
// Words that open a clause of what is still to be done, before a deadline.
const STILL_TO_DO = /(?<![\p{L}])(?:to|that|must|should|would|will|shall|can|could|may|might)(?![\p{L}])/giu;
const STILL_TO_DO_IN = new RegExp(STILL_TO_DO.source, 'iu');
const CONDITION_AFTER_MODAL = /^(?:could|would|will|may|might)\s[^.;!?]*?(?<![\p{L}])(?:if|unless)\s/iu;

/** Where the last match of a global pattern in `text` ends (0: none). */
/**
 * Whether a word that opens a clause of what is still to be done stands in `words`: not "that" before a past ("talks that ran
 * through Thursday night" ran), nor "to" as a preposition ("restored to most homes until October").
 */
function hasStillToDo(words: string): boolean {
  for (const match of words.matchAll(STILL_TO_DO)) {
    const opener = match[0].toLowerCase();
    if (opener !== 'that' && opener !== 'to') return true;
    // ("That profile produced no match until July": "that" opening the clause is a determiner, as no verb comes before it.)
    if (opener === 'that' && !/\S/.test(words.slice(0, match.index))) continue;
    if (opener === 'to' && isPrepositionTo(words, match.index + match[0].length)) continue;
    const after = /^\s+(\p{L}+)/u.exec(words.slice(match.index + match[0].length))?.[1]?.toLowerCase();
    if (opener === 'to' || after === undefined || !(isIn(listsOf(after), PAST) || (after.length > 4 && after.endsWith('ed')))) return true;
  }
  return false;
}

/** "restored to most homes until October", "rose to 4.5 percent by July": "to" before a noun phrase, a name or a number is a preposition. */
function isPrepositionTo(words: string, toEnd: number): boolean {
  const afterWord = /^\s+(\p{L}+)/u.exec(words.slice(toEnd))?.[1];
  const after = afterWord?.toLowerCase();
  return after === undefined || isCapitalised(afterWord) || isIn(listsOf(after), NOUN_MARKER | DETERMINER) || TO_AS_PREPOSITION.has(after);
}

/** Where the last opener of a clause still to be done in `words` ends (0: none), a preposition "to" passed over. */
function lastStillToDoEnd(words: string): number {
  let end = 0;
  for (const match of words.matchAll(STILL_TO_DO)) {
    const matchEnd = match.index + match[0].length;
    if (match[0].toLowerCase() !== 'to' || !isPrepositionTo(words, matchEnd)) end = matchEnd;
  }
  return end;
}
/** How many words before "until" or "through" the verb of a span told as over may stand ("was not restored to most homes until"). */
const SPAN_VERB_REACH = 8;
const TO_AS_PREPOSITION: ReadonlySet<string> = new Set(['most', 'more', 'all', 'some', 'many', 'about', 'around', 'nearly', 'almost', 'them', 'him', 'her', 'us', 'me', 'it']);

/** Where the last match of `pattern` in `text` starts, that match ending at `end` (0 when none). */
function lastMatchStart(pattern: RegExp, text: string, end: number): number {
  let start = 0;
  for (const match of text.matchAll(pattern)) if (match.index + match[0].length === end) start = match.index;
  return start;
}

export function lastMatchEnd(pattern: RegExp, text: string): number {
  let end = 0;
  for (const match of text.matchAll(pattern)) end = match.index + match[0].length;
  return end;
}

/** Words that count the plural after them: "some furloughed workers", "three struck mines". */
const COUNTS: ReadonlySet<string> = new Set(['some', 'many', 'several', 'few', 'other', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands']);
/** Whether a word reads as a plural noun: longer than three letters, ending in "s" (not "'s"), in none of the tense lists. */
const isPluralNoun = (word: string | undefined, lists: number) =>
  word !== undefined && lists === 0 && word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !isApostropheCode(word.charCodeAt(word.length - 2));

const PAST_ADVERB: ReadonlySet<string> = new Set(PAST_ADVERBS);
const EARLIER_COMPARED_AFTER: ReadonlySet<string> = new Set(['than', 'beginning', 'starting']);
const CLOCK_UNITS: ReadonlySet<string> = new Set(['minute', 'minutes', 'hour', 'hours']);

/** The lists of the words that may tell a tense by themselves (cueOf): a word in none, not ending in "-ed", tells none. */
const TELLING = CUE_WORD | FUTURE | PAST | POSSIBILITY_MODAL | WARNING | PAST_AFTER_SUBJECT | SCHEDULE_PROGRESSIVE | FORECAST_PARTICIPLE;

/**
 * The direction `w` tells, given the words around it in its clause (undefined: none there). All in
 * lower case, as the callers lower each word once, where they read it, and look up the lists it is in
 * (listsOf) there too: `lists` are w's, `beforeLists` and `nextLists` those of the words around it.
 */
const cueOf = (w: string, lists: number, before: string | undefined, beforeLists: number, next: string | undefined, nextLists: number, previousTwo: string | undefined): Direction => {
  // Most words tell nothing, which their lists say at once.
  if (!isIn(lists, TELLING) && !(w.length > 4 && w.endsWith('ed'))) return 'unknown';
  // "next to the embassy" is a place, "as the next Fed chairman" an adjective, and "arrested the next day and appeared in court on
  // Thursday" the next of a date, which is that date's: "next" before a word is no cue; "is expected to last into Saturday night"
  // is the verb, not "was last seen".
  if (w === 'next' && next !== undefined) return 'unknown';
  // ("the same loan was going for about 3.35 percent": "going" is a future only before "to" or "into".)
  if (w === 'going' && next !== undefined && next !== 'to' && next !== 'into') return 'unknown';
  // "is being held without bond pending a hearing Friday": what is waited on is still to come (not "claims were pending" after a verb,
  // their state).
  if (w === 'pending') return before !== undefined && (COPULAS.has(before) || LINKING_VERBS.has(before) || before === 'still') ? 'unknown' : 'future';
  // ("six days shorter than last year because Thanksgiving falls on Nov. 28": "last" of a date of its own is that date's, no cue.)
  if (w === 'last' && next !== undefined && (LASTING_INTO.has(next) || TIMES_LAST_NAMES.has(next))) return 'unknown';
  // "would come 10 minutes earlier beginning Monday", "opens an hour earlier than usual": a clock time moved, compared, no act gone by.
  if (w === 'earlier' && ((next !== undefined && EARLIER_COMPARED_AFTER.has(next)) || (before !== undefined && CLOCK_UNITS.has(before)))) return 'unknown';
  // "27 days of shopping before Christmas, compared with 33 days in 2012": a comparison, no act gone by.
  if (w === 'compared' && (next === 'with' || next === 'to')) return 'unknown';
  // "with less than a week left before Christmas", "two games left": what remains, no act gone by.
  if (w === 'left' && before !== undefined && REMAINING_BEFORE_LEFT.has(before)) return 'unknown';
  // "will be announced Wednesday, followed by literature on Thursday": what follows in a sequence is told in its head's tense.
  if ((w === 'followed' || w === 'preceded') && next === 'by' && !(before !== undefined && (COPULAS.has(before) || PERFECT_OR_PASSIVE.has(before)))) return 'unknown';
  // "who governed for 14 years until his death on Tuesday", "will stay until the vote on Monday": "until" before what ends a span,
  // whose date follows, tells no tense; the verb before it does.
  // ("had waited until after Tuesday's midterm elections" too.)
  if ((w === 'until' || w === 'till') && (isIn(nextLists, DETERMINER) || next === 'after')) return 'unknown';
  // ("began building a maze Monday and worked until Wednesday night": nor after a past, whose span it ends.)
  // (Not a passive's: "the sale of alcohol is banned until Monday" is still to come.)
  if ((w === 'until' || w === 'till') && before !== undefined && (isIn(beforeLists, PAST) || (before.length > 4 && before.endsWith('ed')))
    && !(previousTwo !== undefined && COPULAS.has(previousTwo))) return 'unknown';
  // "would keep them sequestered over the weekend", "left him stranded": a participle after an object is what it is left in, no act.
  if (w.length > 4 && w.endsWith('ed') && before !== undefined && OBJECT_PRONOUNS.has(before)) return 'unknown';
  // "The third round follows on Saturday": a schedule (not "The ruling follows a decision on Sept. 27", what it comes after).
  // ("The second and third shows follow on Sunday": so a plural's.)
  // ("Downtown's tree lighting follows Friday at 5:30 p.m.": or with the day right after it.)
  if ((w === 'follows' || (w === 'follow' && before !== undefined && before.length > 3 && before.endsWith('s'))) && (next === 'on' || next === 'at' || next === undefined)) return 'future';
  // "Forecasters said that snow was likely from Thursday": what was likely is still to come from when it was said.
  if ((w === 'likely' || w === 'unlikely' || w === 'possible') && before !== undefined && COPULAS.has(before)) return 'future';
  // ("with rain possible Wednesday", "two to three inches an hour possible between 10 p.m. and 4 a.m. Saturday": so after what is
  // possible; not after a verb that made or thought it so, "a victory few had thought possible on Saturday", nor "as soon as possible".)
  if (w === 'possible' && before !== undefined && !isIn(beforeLists, DETERMINER | PAST) && !before.endsWith('ed') && !NOT_AFTER_POSSIBLE.has(before)) return 'future';
  // "arrested on Wednesday ahead of Sunday's vote", "ahead of the weekend": what is ahead is still to come.
  if (w === 'ahead' && next === 'of') return 'future';
  // "issued warnings for heavy snow on Saturday": what a warning is for is still to come.
  // ("Rain was forecast for Tuesday night" too; "had been forecast for Thursday" is a forecast gone by.)
  if (isIn(lists, WARNING) && next === 'for') return before === 'had' || (before === 'been' && previousTwo === 'had') ? 'past' : 'future';
  // "were planning to drive … on Monday", "was scheduled to": a plan told in the past is still to come, and read forwards its auxiliary comes first.
  if ((w === 'was' || w === 'were') && isIn(nextLists, FUTURE)) return 'future';
  // "The opposition plans a strike on Monday", "they plan another rally": a plan said now, of what it names next, is still to come.
  // ("held a prayer service Sunday evening and plans a memorial Thursday": "and" before it joins a verb, as a noun takes no opener after it.)
  if (((w === 'plans' && (!isIn(beforeLists, NOUN_MARKER) || before === 'and')) || (w === 'plan' && isIn(beforeLists, SUBJECT_PRONOUN))) && isIn(nextLists, PLANNED_THING_OPENER)) return 'future';
  // ("groups said they plan rallies in 40 districts over the summer": a pronoun's plan of things named.)
  if (w === 'plan' && isIn(beforeLists, SUBJECT_PRONOUN) && isPluralNoun(next, nextLists)) return 'future';
  // ("Gun-control groups plan vigils over the weekend", "Community groups plan a peace march for 10 a.m. Saturday": a plural subject's
  // plan of things named, as plural as it, or of what a word of plans opens.)
  if (w === 'plan' && isPluralNoun(before, beforeLists) && (isPluralNoun(next, nextLists) || isIn(nextLists, PLANNED_THING_OPENER))) return 'future';
  // "The Winter Carnival planned for Saturday has been postponed": what a plan was for is still to come.
  if (w === 'planned' && next === 'for' && before !== 'had' && before !== 'been') return 'future';
  // "vacation plans", "the plan": a plan is still to come only when what is planned follows ("plans to visit").
  // "Debates are planned for October": planned now, it is still to come.
  if (isIn(lists, PLAN) && next !== 'to' && !(w === 'planned' && isIn(beforeLists, PRESENT_AUXILIARY))) return 'unknown';
  // "faster than we expected in May": after its subject, with nothing expected after it, a past act ("it expected sales to rise" is not).
  if (isIn(lists, PAST_AFTER_SUBJECT) && isIn(beforeLists, SUBJECT_PRONOUN) && isIn(nextLists, DATE_PREPOSITION)) return 'past';
  // "state government would have to close on Monday": an obligation still to come (read at "have", before "to").
  // ("Nobody has to sign up on Tuesday": so an obligation said now.)
  if ((w === 'have' || w === 'has') && next === 'to') return 'future';
  // "the plan, which would have imposed a tax": a conditional perfect is no future; the participle after it tells.
  if (w === 'would' && next !== undefined && PERFECT_AUXILIARY.has(next)) return 'unknown';
  // "a premium to Trident's closing price on Friday": a price closed at, gone by.
  if (w === 'closing' && next === 'price') return 'past';
  // "Oracle forecast growth for the fourth quarter": forecast by someone, it is still to come (not "Snow was forecast for Thursday").
  // (Nor the noun right before the day it was made on: "last cut its forecast in June"; "The forecast calls for rain Wednesday" still
  // looks ahead.)
  if (w === 'forecast' && before !== undefined && !isIn(beforeLists, PAST | PRESENT_AUXILIARY) && before !== 'been' && before !== 'be'
    && !(isIn(beforeLists, DETERMINER) && (next === 'in' || next === 'on'))) return 'future';
  // "had been scheduled to expire", "had planned", "had been set for": a plan told in the past perfect lies in the past.
  const pastPerfect = before === 'had' || (before === 'been' && previousTwo === 'had');
  // "members began planning the show in February": a plan begun in the past, not a future ("were planning" is, at "were").
  // (Not after an adverb: "many traders are already planning time off in August".)
  if (isIn(lists, FUTURE) && w.endsWith('ing') && isIn(beforeLists, PAST) && before !== 'was' && before !== 'were' && !PAST_ADVERB.has(before!)) return 'past';
  // "fewer than expected, and hiring in June", "later than planned": a comparison with what was expected tells no tense.
  if (before === 'than' && isIn(lists, FUTURE | FORECAST_PARTICIPLE)) return 'unknown';
  // ("aimed to ship 10 million in the second quarter": an aim told in the past is of what is still to be done, not "a campaign aimed at
  // militants who attacked in August".)
  if ((w === 'aimed' || w === 'intended') && next !== 'to') return 'unknown';
  // "Prices had fallen on hopes for a settlement after the Sept 24 proposal": after a preposition or a determiner, hopes are a noun.
  if (w === 'hopes' && next !== 'to' && next !== 'that' && before !== 'and' && isIn(beforeLists, NOUN_MARKER)) return 'unknown';
  // ("was preparing for as many as one million visitors by Sunday", "are bracing for a storm Tuesday": what is prepared for is to come.)
  if ((w === 'preparing' || w === 'bracing') && (next === 'for' || next === 'to')) return 'future';
  // ("Leaders hope to bring the package to the House floor Thursday": the verb; not the noun, "the hope of a deal".)
  // ("The club hope for a crowd of 4,000 on Saturday": or what is hoped for.)
  if (w === 'hope' && (next === 'to' || next === 'that' || next === 'for') && !isIn(beforeLists, DETERMINER)) return 'future';
  if (isIn(lists, FUTURE)) return pastPerfect ? 'past' : 'future';
  // "is to resume", "set to meet": every future phrase ends in "to", which alone says nothing.
  if (w === 'to' && FUTURE_PAIRS.has(`${before} to`)) return 'future';
  // "McCain was to fly to California today and spend Thursday in New York": an arrangement told in the past (not "was to blame").
  if (w === 'to' && (before === 'was' || before === 'were') && next !== undefined && next !== 'blame' && next !== 'be' && !isIn(nextLists, NOT_BARE)) return 'future';
  // "London could move into tier 3 on Wednesday": a possibility from now; not "could not be reached", nor the month "in May".
  // ("balloons may be grounded on Thursday": "may" or "might be" too, not "could be located Wednesday", the past of "can".)
  if (isIn(lists, POSSIBILITY_MODAL) && next !== undefined && (!isIn(nextLists, NOT_BARE) || (next === 'be' && (w === 'may' || w === 'might')))
    && !(w === 'may' && (before === undefined || isIn(beforeLists, NOUN_MARKER | MONTH_MAY)))) return 'future';
  // "The hearing is set for Sept. 12.": read at "set", so that "is" before it tells a future from now, as "is scheduled for" does.
  if (w === 'set' && next === 'for') return pastPerfect ? 'past' : 'future';
  // "a target it set in July", "the rate he cut in March": a verb spelt alike in the present and the past is the past after "it",
  // "he" or "she", whose present takes "-s".
  if (SAME_FORM_PASTS.has(w) && next !== 'to' && (before === 'it' || before === 'he' || before === 'she')) return 'past';
  // "The funeral is on Tuesday", "The vote is at 10.30 GMT on Monday": an event told in the present is still to come.
  // ("I'm worried about one game, and it's on Sunday": so after a pronoun it is contracted onto.)
  if ((w === 'is' || w === 'are' || isContractedIs(w)) && (next === 'on' || next === 'at')) return 'future';
  // "The ministers are meeting on Monday": the present progressive of an arrangement (not "is continuing to try").
  if (isIn(beforeLists, PRESENT_AUXILIARY) && isIn(lists, SCHEDULE_PROGRESSIVE)) return 'future';
  // "Snow is forecast from Thursday night": a forecast told in the present is of what is to come (unlike other passives, below).
  if (isIn(lists, FORECAST_PARTICIPLE) && isIn(beforeLists, PRESENT_AUXILIARY)) return 'future';
  // "to be published", "will be paid", "will be formally signed", "when the case is heard": a participle after "be" or a present auxiliary is passive, not past.
  // ("are being invited to wave on Friday", "going to start getting beat up in the spring": after "being" and "getting" too.)
  // ("If the hearing is not concluded on March 5": so past "not".)
  if (before === 'be' || before === 'being' || before === 'getting' || isIn(beforeLists, PRESENT_AUXILIARY) || ((previousTwo === 'be' || isIn(listsOf(previousTwo), PRESENT_AUXILIARY)) && (before?.endsWith('ly') || before === 'not'))) return 'unknown';
  // "expects to hit the ceiling in late summer": a past spelt as its bare form ("hit", "put", "read") is that form after "to" or a modal.
  if (isIn(lists, PAST) && isIn(beforeLists, BARE_INFINITIVE_GOVERNOR)) return 'unknown';
  // "the Met Office", "the United Nations", "the injured", "a reported 200": a past form after a determiner names or describes, it tells no tense.
  if (isIn(beforeLists, DETERMINER)) return 'unknown';
  // "would recall some furloughed workers by mid-May", "to idle three struck mines in July": so one between a count and the plural it
  // counts (not "Some fled on Tuesday").
  if (before !== undefined && COUNTS.has(before) && isPluralNoun(next, nextLists)) return 'unknown';
  // "will be opened and adjourned on Wednesday", "went home and met her on Monday": a verb coordinated with one before it shares
  // its tense, which the first tells with its auxiliary.
  if ((before === 'and' || before === 'or' || before === 'but') && w.length > 4 && w.endsWith('ed') && !isIn(lists, NOT_PAST)) return 'unknown';
  // "will stay closed", "remained shut": a participle after a linking verb is an adjective, and the verb before it tells the tense.
  if ((isIn(lists, PAST) || (w.length > 4 && w.endsWith('ed') && !isIn(lists, NOT_PAST))) && !(before !== undefined && LINKING_VERBS.has(before))) return 'past';
  return 'unknown';
};

/** What "ahead of" may be said of that is no event still to come: "got ahead of itself", "ahead of schedule", "ahead of last year". */
const AHEAD_OF_NO_EVENT: ReadonlySet<string> = new Set(['itself', 'themselves', 'himself', 'herself', 'ourselves', 'yourself', 'schedule', 'expectations', 'estimates', 'forecasts', 'last']);
/** How many words from the date a verb of schedule may stand ("expires at the close of business on Friday": seven): further off, it may well be a noun or another clause's. */
const SCHEDULE_REACH = 8;
const SCHEDULE_NEVER_NOUN: ReadonlySet<string> = new Set(SCHEDULE_WORDS_NEVER_NOUNS);

/**
 * "The president arrives on Wednesday", "Israel and the Palestinians meet Monday": a schedule, told in the present. Its
 * subject comes before it; after a determiner or preposition it is a noun ("a return to", "heads of state", "tax returns"),
 * and before "of" ("Ricardo Alarcon, head of Cuba's National Assembly", "the Kremlin, host of the talks"). After "that" it is the
 * verb of a relative clause ("a summit that ends on Tuesday"), as "that" as a determiner takes no plural ("that ends"); before it,
 * a verb of saying ("The ministry announces that on Monday the talks collapsed"). Before a verb that tells a tense of its own it is a
 * noun, the subject of that verb ("when the West German mark became the currency").
 */
const isSchedule = (word: string, lists: number, before: string | undefined, beforeLists: number, after: string | undefined, afterLists: number, distance: number) =>
  isIn(lists, SCHEDULE_PRESENT | SCHEDULE_PLURAL) && distance <= SCHEDULE_REACH && before !== undefined && after !== 'of' && after !== 'that' && !isIn(afterLists, PAST | PRESENT_AUXILIARY)
  // ("The illness appears to have spread in April": "appears to" is "seems to", no appearance set for a day.)
  && !(after === 'to' && RAISING_VERBS.has(word))
  && !(word === 'reports' && ((after !== undefined && (after === 'and' || after.endsWith('ed'))) || REPORTS_NOUN_AFTER.has(before!)))
  // ("his two starts on Friday", "36 million votes cast in Friday's election" are nouns; "The current one expires Friday" a verb: no
  // count of one is plural; "The First Four continues Wednesday": nor is a verb that no noun is spelt as. "allowed one run in seven
  // innings Wednesday night": a count of one before a bare form is that noun's, as "one" the pronoun takes "runs".)
  && (!isIn(beforeLists, NOUN_MARKER) || before === 'that') && (!CARDINAL_WORDS.has(before) || (before === 'one' && isIn(lists, SCHEDULE_PRESENT)) || SCHEDULE_NEVER_NOUN.has(word)) && !LARGE_NUMBER_WORDS.has(before)
  // ("rain had washed out play on Friday": nor after a verb's particle, as its object.)
  && (isIn(lists, SCHEDULE_PRESENT) || (isIn(lists, SCHEDULE_PLURAL) && !isIn(beforeLists, BARE_FORM_GOVERNOR | PAST) && (before.length > 1 || before === ',') && !UNITS_BEFORE_NOUN.has(before) && !PARTICLES.has(before)))
  && !isPossessiveWord(before);
const RAISING_VERBS: ReadonlySet<string> = new Set(['appears', 'appear']);
/** Words after which "reports" is the noun: "earlier reports, including an attack in March", "news reports". */
const REPORTS_NOUN_AFTER: ReadonlySet<string> = new Set(['earlier', 'recent', 'news', 'media', 'press', 'initial', 'unconfirmed', 'local', 'conflicting', 'similar', 'other', 'official', 'police', 'several', 'many', 'some', 'such', 'these', 'those', 'monthly', 'weekly', 'daily', 'quarterly', 'annual', 'financial', 'earnings']);
/** "totaled $1.02 billion at year end, up from $690 million at the end of September": a unit before "end" or "close" makes it a noun. */
const UNITS_BEFORE_NOUN: ReadonlySet<string> = new Set(['year', 'month', 'quarter', 'week', 'season']);

/**
 * "were allowed supervised visits with their families Saturday": a participle before a verb of schedule makes it a noun, as an adjective
 * would; not one that ends a passive ("The law under which Starr was appointed expires June 30").
 */
function isAfterAdjectivalParticiple(text: string, limit: number, previousBegins: number, before: string | undefined, beforeLists: number): boolean {
  if (before === undefined || before.length <= 4 || !before.endsWith('ed') || isIn(beforeLists, NOT_PAST)) return false;
  const beforeTwo = wordBefore(text, limit, previousBegins)?.toLowerCase();
  return beforeTwo === undefined || !PERFECT_OR_PASSIVE.has(beforeTwo);
}

/**
 * Whether a count stands right before the word at text[begins]: "fewer than 7,000 votes", a count's noun, no verb (not a name's
 * number, "PlayStation 4 arrives", "The Z10 goes on sale", nor a year, "when fiscal 2014 begins").
 */
function isCounted(text: string, begins: number, lists: number): boolean {
  const before = text.slice(Math.max(0, begins - COUNT_BEFORE_REACH), begins);
  const count = COUNT_BEFORE.exec(before)?.[1]
    // ("the state's 25 electoral votes": a verb in "-s" after a count of more than one and a word is that count's noun too.)
    ?? (isIn(lists, SCHEDULE_PRESENT) ? PLURAL_COUNT_AND_WORD_BEFORE.exec(before)?.[1] : undefined);
  // ("worked 16-hour shifts over the weekend": so after an amount written onto its unit.)
  return (count !== undefined && !YEAR_NUMBER.test(count)) || (isIn(lists, SCHEDULE_PRESENT) && AMOUNT_COMPOUND_BEFORE.test(before));
}
// ("1.8655 West German marks": the count's unit may follow a name's words.)
const COUNT_BEFORE = /(?<![\p{L}\p{N}.,])(?:\p{Ll}+\s+)(\d(?:[\d,.]*\d)?)\s+(?:\p{Lu}\p{Ll}+\s+){0,2}$/u;
const COUNT_BEFORE_REACH = 40;
const AMOUNT_COMPOUND_BEFORE = /(?<![\p{L}\p{N}])\d+-\p{Ll}+\s+$/u;
// ("reported 23 heat-related emergency visits over the weekend": or a few words.)
const PLURAL_COUNT_AND_WORD_BEFORE = /(?<![\p{L}\p{N}.,])(?:\p{Ll}+\s+)(?!1\s)(\d(?:[\d,.]*\d)?)\s+(?:[\p{Ll}-]+\s+){1,3}$/u;
const YEAR_NUMBER = /^(?:1[5-9]|20)\d\d$/;

/**
 * "plays at Lakeside on Wednesday and hosts Ridgeview on Friday": a verb of schedule in the singular after "and", taking a name or
 * a determiner as its object, is a verb (not "gains and returns on Monday", whose "and" makes it a noun).
 */
const isCoordinatedSchedule = (lists: number, text: string, after: string | undefined, afterBegins: number, afterLists: number, distance: number, afterDate: () => boolean) =>
  // ("opens July 12 in Seattle and ends Oct. 26": or the date itself right after it; "and leaves office in March": or a noun of its
  // own, no preposition ("gains and returns in January"); "adjourns Sunday and returns in January": or after a clause that a date of
  // its own ends, as no noun follows one; "opened at 8am and close at 10pm": or a clock time.)
  distance <= SCHEDULE_REACH && ((isIn(lists, SCHEDULE_PRESENT) && (isIn(afterLists, DETERMINER) || distance === 1 || (afterBegins >= 0 && isCapitalised(text[afterBegins]))
    || (after !== undefined && afterLists === 0 && !PREPOSITIONS_AFTER_A_NOUN.has(after)) || afterDate()))
    // ("are 15-17 and open a three-game series against Dover Friday": a plural's verb too, before a determiner or after a date's clause,
    // "Polling stations opened at 8am and close at 10pm".)
    || (isIn(lists, SCHEDULE_PLURAL) && (isIn(afterLists, DETERMINER) || afterDate())));

// "opened at 8am and close at 10pm": a clock time ends the clause before "and" as a date does.
const CLOCK_TIME_BEFORE = /\d(?:\s*(?:[ap]\.?m\.?|GMT|ET|EST|EDT|BST))?\s+$/iu;
const CLOCK_TIME_REACH = 10;
const PREPOSITIONS_AFTER_A_NOUN: ReadonlySet<string> = new Set(['for', 'by', 'until', 'through', 'from', 'of', 'to', 'with', 'during', 'since', 'before', 'after']);

/**
 * "lost a confidence vote in August": a plural verb of schedule two words after a determiner of the singular is a noun, as no
 * plural subject follows "a" ("Tickets for the final go on sale" may be a verb). Read only for a schedule.
 */
const isNounAfterDeterminer = (text: string, limit: number, previousBegins: number, previous: string | undefined, lists: number) =>
  isIn(lists, SCHEDULE_PLURAL) && !isIn(lists, SCHEDULE_PRESENT) && previousBegins >= 0
  && (SINGULAR_DETERMINERS.has(wordBefore(text, limit, previousBegins)?.toLowerCase() ?? '')
    || isInPossessedNounPhrase(text, limit, previousBegins, previous)
    // "in a Labor Party leadership vote on Wednesday night": further back, over words of which the last takes no plural "-s".
    || (!previous?.endsWith('s') && SINGULAR_NOUN_PHRASE_BEFORE.test(text.slice(Math.max(limit, previousBegins - NOUN_PHRASE_REACH), previousBegins)))
    // ("won three-quarters of the presidential vote in Thursday's election": "the" and an adjective.)
    || (previous !== undefined && ADJECTIVE_ENDING.test(previous) && THE_BEFORE.test(text.slice(Math.max(limit, previousBegins - 4), previousBegins))));
const ADJECTIVE_ENDING = /^\p{Ll}{2,}(?:ential|ional|ncial|ral|ical|ic|ary|ive|ous|ful)$/u;
const THE_BEFORE = /(?<![\p{L}])the\s+$/iu;
// (Over a compound's words too: "a five-day run".)
const SINGULAR_NOUN_PHRASE_BEFORE = /(?<![\p{L}])(?:a|an|each|every|another)\s+(?:[\p{L}-]+\s+|[\p{L}\p{N}]+-){1,2}$/iu;
const NOUN_PHRASE_REACH = 40;
/**
 * "An editorial Sunday about school start times": a verb of schedule in its bare form after a word in lower case that is no plural
 * ("school", not "teams", "police" or "they") is a noun of a compound, as no singular subject takes that form. (Read only of a schedule
 * after the date: before it, the subject may stand further back, "Tickets for the final go on sale on Friday".)
 */
function isAfterSingularNoun(text: string, previousAt: number, previous: string | undefined, lists: number): boolean {
  if (previous === undefined || previousAt < 0 || isIn(lists, SCHEDULE_PRESENT) || !isIn(lists, SCHEDULE_PLURAL)) return false;
  return isSingularNoun(text, previousAt, previous) && !previous.endsWith('ly');
}
/** Whether the word at `begins` is in lower case and no plural ("window", not "stores", "police" or "two"). */
function isSingularNoun(text: string, begins: number, word: string): boolean {
  const c = text.charCodeAt(begins);
  return c >= 97 && c <= 122 && !word.endsWith('s') && !PLURAL_SUBJECTS.has(word);
}
const PLURAL_SUBJECTS: ReadonlySet<string> = new Set([
  'i', 'we', 'you', 'they', 'who', 'that', 'which', 'people', 'police', 'children', 'men', 'women', 'staff', 'crew', 'team', 'media', 'public',
  'both', 'all', 'few', 'many', 'several', 'others', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'and', 'often',
  'then', 'also', 'still', 'now', 'again', 'never', 'soon',
]);

/**
 * "before it was finally run Friday": a past participle after "was" or "were" (the race was run); "McGwire's 62nd home run Tuesday
 * night", "its third launch": a bare form after an ordinal is a noun (not "The first race runs Saturday"), as one after a verb's bare
 * form is ("to suspend play on Sunday"). None is a schedule. (Read only of a schedule.)
 */
function isParticipleOrNoun(text: string, wordBegins: number, lists: number): boolean {
  const before = text.slice(Math.max(0, wordBegins - PARTICIPLE_OR_NOUN_REACH), wordBegins);
  return PAST_PASSIVE_BEFORE.test(before) || POSSESSIVE_DETERMINER_BEFORE.test(before)
    || (!isIn(lists, SCHEDULE_PRESENT) && (ORDINAL_BEFORE.test(before) || OBJECT_OF_BARE_VERB_BEFORE.test(before) || PERCEIVED_BEFORE.test(before) || OBJECT_OF_PAST_BEFORE.test(before)));
}
// "held its final votes Friday morning", "wrapped up its five-day run Friday night": after a possessive determiner, which no subject
// is, and an adjective or a compound, a verb's form is a noun; not after a noun ("his term ends in January"), nor after "her" ("to
// see her play Friday").
const POSSESSIVE_DETERMINER_BEFORE =
  /(?<![\p{L}])(?:its|his|their|our|my|your)\s+(?:(?:[\p{L}\p{N}]+-)+[\p{L}\p{N}]+\s+|(?:final|first|last|latest|next|own|new|annual|weekly|regular|opening|closing)\s+)?$/iu;
// "He watched the Dow close above 10,000 in March", "saw prices rise": a bare form after a verb of seeing or making and its object.
const PERCEIVED_BEFORE = /(?<![\p{L}])(?:watched|watch|watches|watching|saw|see|sees|seeing|heard|hear|hears|let|lets|made|make|makes|helped|help|helps)\s+(?:(?:the|a|an|his|her|their|its|our)\s+)?[\p{L}.'’-]+\s+$/iu;
// "forced officials to suspend play on Sunday": a bare form after a verb's own bare form is its object.
const OBJECT_OF_BARE_VERB_BEFORE = /(?<![\p{L}])(?:to|will|would|could|can|should|must|may|might)\s+\p{Ll}+\s+$/u;
// "Fog delayed play for hours on Thursday", "Rain halted play": a bare form right after a past in "-ed" is its object (not after a name,
// "United play West Ham on Saturday").
const OBJECT_OF_PAST_BEFORE = /(?<![\p{L}])\p{Ll}\p{L}{2,}ed\s+$/u;
const PAST_PASSIVE_BEFORE = /(?<![\p{L}])(?:was|were)\s+(?:\p{L}+ly\s+)?$/iu;
const ORDINAL_BEFORE = /(?<![\p{L}\p{N}])(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:[\p{L}-]+\s+)?$/iu;
const PARTICIPLE_OR_NOUN_REACH = 30;
// "36m votes", "2bn shares": the units of a count glued to its digits (not "the 49ers meet on Sunday").
const COUNT_UNITS: ReadonlySet<string> = new Set(['m', 'bn', 'mn', 'k', 'b']);
const SINGULAR_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'this', 'that', 'each', 'every', 'another']);

/**
 * "watching television with her window open on Aug. 17", "fell from its record close on Aug. 2": a bare form after a preposition,
 * a possessive and a word in lower case that is no plural goes on that noun phrase, as no clause opens after a preposition (not
 * "His side host Hull City on Sunday", nor "photographers of her generation, go on view Saturday", where a comma ends the phrase).
 */
function isInPossessedNounPhrase(text: string, limit: number, nounBegins: number, noun: string | undefined): boolean {
  if (noun === undefined || !isSingularNoun(text, nounBegins, noun) || !/^ \p{Ll}/u.test(text.slice(nounBegins + noun.length, nounBegins + noun.length + 2))) return false;
  const possessiveEnds = lastWordEnd(text, limit, nounBegins);
  if (possessiveEnds < 0 || possessiveEnds + 1 !== nounBegins) return false;
  const possessiveBegins = lastWordStart(text, limit, possessiveEnds);
  return POSSESSIVES.has(text.slice(possessiveBegins, possessiveEnds).toLowerCase())
    && PREPOSITIONS_AFTER_A_NOUN.has(wordBefore(text, limit, possessiveBegins)?.toLowerCase() ?? '');
}
const POSSESSIVES: ReadonlySet<string> = new Set(['her', 'his', 'its', 'their', 'our', 'my', 'your']);

const CARDINAL_WORDS: ReadonlySet<string> = new Set(Object.keys(CARDINALS));
const LARGE_NUMBER_WORDS: ReadonlySet<string> = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion']);

/** "the machine's", "the companies'": a possessive, after which a schedule verb is a noun ("since the machine's launch in November"). */
const isPossessiveWord = (word: string) =>
  isApostropheCode(word.charCodeAt(word.length - 1)) || (word.length > 2 && word.endsWith('s') && isApostropheCode(word.charCodeAt(word.length - 2)));

/** The direction a date points in, and how many words away the word that tells it stands (Infinity: none). */
export interface Tense {
  direction: Direction;
  distance: number;
  /** A future told from now ("will meet", "is due to"), not a plan told in the past ("was due to"); a past before now ("since their peak in June"). */
  firm?: true;
  /** "who had fled on Aug. 11": a past perfect, which looks back from the past the text is telling. */
  perfect?: true;
  /** "ahead of Sunday's vote": still to come when the clause takes place, which may be a day it tells. */
  ahead?: true;
  /** "which had been scheduled for Nov. 1": a plan told in the past perfect, whose day has gone by or may still lie ahead. */
  plannedBefore?: true;
  /** "The first payments were due April 15", "was scheduled for March 3": a plan told in the past, whose day may have come or not. */
  plannedInPast?: true;
  /** "will run from Dec. 23", "plans to open in March": a future told with "will" or a word of plans, none of which has begun. */
  willTold?: true;
  /** "said Friday that it would begin pulling out on Sunday": a future told with "would", which may be a future seen from a past day. */
  wouldTold?: true;
}

/** The tense a cue word gives, firm when it tells the future from now or a time before now. */
const tenseOf = (cue: Direction, distance: number, w: string, lists: number, beforeLists: number): Tense =>
  // "The funeral is on Tuesday", "Tip-off is at 7:30 p.m.": an event told in the present is to come from now.
  // ("will have to close on Monday": so after a future told from now.)
  // ("Winter break will run from Dec. 23": a future told with "will" or a plan is wholly ahead, which a schedule in the present may
  // not be.)
  cue === 'future' && isIn(lists | beforeLists, FIRM_FUTURE) ? { direction: cue, distance, firm: true, willTold: true }
  : (cue === 'future' && (isIn(lists, SCHEDULE_PRESENT | SCHEDULE_PLURAL | PRESENT_AUXILIARY) || isIn(beforeLists, PRESENT_AUXILIARY)))
  // "have fallen since their peak in June": what a date is counted "since" lies before now, however many words stand between.
  || (cue === 'past' && w === 'since') ? { direction: cue, distance, firm: true } : { direction: cue, distance };


// A date that names when a deadline falls: "a Sunday deadline", "Thursday's deadline", "the Feb. 4 filing deadline", "a deadline of
// 5 p.m. Tuesday", "the filing deadline on Monday".
// ("Tuesday's United Nations deadline": a name of two words too.)
const DEADLINE_AFTER = new RegExp(withStandIns(`(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+|\\p{Lu}[\\p{L}.-]*\\s+\\p{Lu}[\\p{L}.-]*\\s+)?[Dd]eadlines?(?![\\p{L}])`), 'uy');
const DEADLINE_OF_BEFORE = /(?<![\p{L}])deadlines?\s+(?:of|on)\s+(?:the\s+)?$/iu;
// What tells that a deadline has gone by: "blew through a Monday deadline", "had already missed the state's July 1 deadline", "failed
// to agree … by a Monday night deadline", "two months after the Feb. 4 deadline".
// (Not "Students who miss the June 30 deadline can still apply", nor "averting a default after Thursday's deadline".)
// ("Ms. Harris had set a deadline of 5 p.m. Tuesday": one set in the past perfect, looked back on.)
const DEADLINE_GONE_BEFORE = /(?<![\p{L}])(?:missed|blew|blown|failed|passed|expired|met|had\s+(?:set|imposed|given)|(?:hours|days|weeks|months|years)\s+after)(?![\p{L}])[^.;!?]*$/iu;
const DEADLINE_REACH = 60;
// "The shutdown began Tuesday after a Monday night deadline passed": a deadline that went by, told after it.
const DEADLINE_GONE_AFTER = /^\s+(?:had\s+)?(?:already\s+)?(?:passed|expired|lapsed|came\s+and\s+went)(?![\p{L}])/iu;
function isDeadlineGoneAfter(text: string, end: number): boolean {
  DEADLINE_AFTER.lastIndex = end;
  return DEADLINE_AFTER.test(text) && DEADLINE_GONE_AFTER.test(text.slice(DEADLINE_AFTER.lastIndex, DEADLINE_AFTER.lastIndex + 24));
}
// "by the Tuesday deadline", "filed 300 amendments by a Tuesday afternoon deadline": a deadline met or not, read as other deadlines are.
const DEADLINE_MET_BY_BEFORE = new RegExp(`(?<![\\p{L}])(?:${DEADLINE_WORDS.join('|')})\\s+(?:the\\s+|an?\\s+)?$`, 'iu');
/** The tense of the nearest cue word to text[start, end), words after the date counting as twice as far. */
export function tenseAt(text: string, start: number, end: number): Tense {
  // "SATURDAY\nThe farmers market reopens at 9 a.m.", "MONDAY\nOfficers responded to a break-in": a day alone on its line heads what the
  // lines under it tell, in their tense.
  // (Only a weekday: under "SEPTEMBER" a fixture list's "Sat 7:" is no verb.)
  if (isAloneOnLine(text, start, end) && DAY_ALONE.test(text.slice(start, end))) {
    const below = text.indexOf('\n', end) + 1;
    const lineEnd = text.indexOf('\n', below);
    const told = cueAfter(text, below, Math.min(clauseEnd(text, below + 1), lineEnd < 0 ? text.length : lineEnd)).tense;
    if (told.direction !== 'unknown') return { direction: told.direction, distance: 1 };
  }
  // "Front Street bridge to close Monday for deck replacement", "Parallax to release redesigned phone software Wednesday": a headline's
  // "to" is a future.
  if (isInHeadlineInfinitive(text, start, end)) return { direction: 'future', distance: 1 };
  // "beating a Sunday deadline", "set a deadline of 5 p.m. Tuesday", "as Thursday's deadline approaches": news tells of a deadline
  // ahead of it, whatever the tense of what is done before it, unless the words before say it went by.
  DEADLINE_AFTER.lastIndex = end;
  // (The patterns are tried only where "eadline" stands near the date, found by a plain search, many times faster than a pattern's;
  // a date after "deadline of" or "deadline on" has "f", "n" or "e" of "the" two characters before it.)
  // The last letter of the word before the date (folded to lower case), which most tests below look at before running a pattern.
  const lastLetter = text.charCodeAt(start - 2) | 32;
  const namesDeadline = (text.slice(end, end + 30).includes('eadline') && DEADLINE_AFTER.test(text))
    || ((lastLetter === 102 || lastLetter === 110 || lastLetter === 101) && text.slice(Math.max(0, start - 20), start).includes('eadline')
      && DEADLINE_OF_BEFORE.test(text.slice(Math.max(0, start - 20), start)));
  // ("tendering 99.3% of the shares by the Tuesday deadline", "pull out of Kuwait by Tuesday's United Nations deadline": a deadline
  // met or not, read as other deadlines are, below.)
  const metBy = namesDeadline && DEADLINE_MET_BY_BEFORE.test(text.slice(Math.max(0, start - 12), start));
  if (namesDeadline && !metBy) {
    const gone = DEADLINE_GONE_BEFORE.test(text.slice(Math.max(0, start - DEADLINE_REACH), start)) || isDeadlineGoneAfter(text, end);
    return { direction: gone ? 'past' : 'future', distance: 1 };
  }
  // "Wednesday's ruling", "Friday's close": a day named for what happened on it; not one still ahead ("ahead of Sunday's vote",
  // "Sunday's election will be close").
  // (Not "New Year's", the holiday's own name: "won't tune in until after New Year's".)
  if (isPossessiveAt(text, end) && !metBy && !NEW_YEAR.test(text.slice(start, end))) {
    const before = text.slice(Math.max(0, start - 20), start);
    if (AHEAD_OF_BEFORE.test(before)) return { direction: 'future', distance: 2, ahead: true };
    // "The main event is Thursday's first estimate of GNP": an event a present copula names is still to come (not "was").
    if (PRESENT_COPULA_BEFORE.test(before)) return { direction: 'future', distance: 2 };
    if (AWAITING_BEFORE.test(before)) return { direction: 'future', distance: 2 };
    // "The winner advances to Friday's semifinals", "qualified for Sunday's final": a round reached is still to be played.
    if (ADVANCING_TO_BEFORE.test(before)) return { direction: 'future', distance: 2 };
    // "will take over as interim coach, starting with Saturday's home game": the first of what is still to come.
    if (STARTING_WITH_BEFORE.test(before)) return { direction: 'future', distance: 2 };
    // "Organisers called off Sunday's half-marathon", "forced lawmakers to cancel Friday's sessions": what is cancelled had not come.
    if (CANCELLED_BEFORE.test(text.slice(Math.max(0, start - CANCELLED_REACH), start))) return { direction: 'future', distance: 2 };
    // "Also on Monday's agenda: a $1.2 million contract", "Saturday's lineup starts at noon": what is planned for a day is still to come.
    PLANNED_FOR_DAY_AFTER.lastIndex = end + 2;
    if (PLANNED_FOR_DAY_AFTER.test(text)) return { direction: 'future', distance: 2 };
    // ("Saturday's winter farmers market at the Armory has been called off": so is what is cancelled, told in the present.)
    CANCELLED_AFTER_POSSESSIVE.lastIndex = end + 2;
    if (CANCELLED_AFTER_POSSESSIVE.test(text)) return { direction: 'future', distance: 2 };
    POSSESSIVE_SUBJECT_OF_FUTURE.lastIndex = end + 2;
    SCHEDULED_EVENT_IN_PRESENT.lastIndex = end + 2;
    if (POSSESSIVE_SUBJECT_OF_FUTURE.test(text) || SCHEDULED_EVENT_IN_PRESENT.test(text)) return { direction: 'future', distance: 2, firm: true };
    // "will attend Monday's meeting", "is expected to speak at Friday's summit", "will meet before Sunday's vote": an event held on a
    // day, which a future before it in its clause still awaits; not what is done to it or came of it ("will investigate Saturday's
    // protest", "will challenge the results of Sunday's election").
    SCHEDULED_EVENT_AFTER.lastIndex = end + 2;
    NAMED_EVENT_AFTER.lastIndex = end + 2;
    DATA_RELEASE_AFTER.lastIndex = end + 2;
    if (SCHEDULED_EVENT_AFTER.test(text) || NAMED_EVENT_AFTER.test(text) || DATA_RELEASE_AFTER.test(text)) {
      // ("Voters head to the polls in Sunday's runoff": the verb of taking part may be the cue itself, further back.)
      const { tense, word } = cueBefore(text, clauseStart(text, start), start);
      if (tense.direction === 'future' && (TAKING_PART.has(word!) || isTakingPartBefore(text, start))) return tense;
    }
    return { direction: 'past', distance: 0 };
  }
  // "A federal judge on Tuesday set a Sept. 9 trial date", "Judge sets Sept. 9 trial", "called a June 8 election", "set sentencing for
  // Nov. 9": the day an event is set for is still to come, whatever the tense of setting it.
  SET_EVENT_AFTER.lastIndex = end;
  if ((endsWithWordOf(text, start, SET_EVENT_LAST_WORDS) && SET_EVENT_AFTER.test(text) && SET_EVENT_BEFORE.test(text.slice(Math.max(0, start - SET_EVENT_REACH), start)))
    || (endsWithWordOf(text, start, SET_FOR_LAST_WORDS) && isSetFor(text.slice(Math.max(0, start - SET_FOR_REACH), start)))) {
    return { direction: 'future', distance: 1 };
  }
  // "City bus drivers voted Wednesday to walk off the job at 12:01 a.m. Monday", "agreed Tuesday to resume talks in March": what a decision
  // told with its own day settles is still to come from that day.
  const decidedBefore = text.slice(Math.max(0, start - DECIDED_ON_DAY_TO_REACH), start);
  if (decidedBefore.includes('day') && decidedBefore.includes(' to ') && DECIDED_WORD.test(decidedBefore) && DECIDED_ON_DAY_TO_BEFORE.test(decidedBefore)) {
    return { direction: 'future', distance: 1 };
  }
  // "The government will report industrial production for March", "will release consumer prices for April": figures are reported for a
  // period gone by, whenever they are reported.
  // ("is scheduled to report Friday on economic growth in the fourth quarter": so is the period of what is reported on.)
  if ((endsWithWordOf(text, start, FOR) && FIGURES_REPORTED_FOR_BEFORE.test(text.slice(Math.max(0, start - FIGURES_REPORTED_FOR_REACH), start)))
    || (endsWithWordOf(text, start, IN) && REPORTED_ON_IN_BEFORE.test(text.slice(Math.max(0, start - FIGURES_REPORTED_FOR_REACH), start)))) return { direction: 'past', distance: 1 };
  // "Forecasters said the weekend should be dry", "warned that the first quarter would remain difficult": a date that is the subject of
  // what was said, before a modal, is as far ahead as the modal puts it, whenever it was said (not "said Tuesday", the day of saying).
  // (Tried only where the word before ends as those words do: "d", "s", "y", "t".)
  if (text.charCodeAt(end) === 32 && (lastLetter === 100 || lastLetter === 115 || lastLetter === 121 || lastLetter === 116)
    && SAID_BEFORE.test(text.slice(Math.max(0, start - SAID_REACH), start))) {
    MODAL_AFTER.lastIndex = end;
    if (MODAL_AFTER.test(text)) return { direction: 'future', distance: 1 };
  }
  // "have threatened to block roads from Monday", "has promised another rise from July": what is promised or threatened from a day
  // starts then, still to come whenever it was promised.
  if (lastLetter === 109 && PROMISED_FROM_BEFORE.test(text.slice(Math.max(0, start - PROMISED_FROM_REACH), start))) return { direction: 'future', distance: 1 };
  // "predicted that Thursday's vote would be close, saying Sunday that …": the day a participle of saying was said on, gone by,
  // whatever the clause before it tells.
  if (lastLetter === 103 && SAYING_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && SAID_AFTER.test(text.slice(end, end + 8))) return { direction: 'past', distance: 1, firm: true };
  // "The government has declared Wednesday a holiday": a day declared a holiday is still to come, whenever it was declared.
  if (lastLetter === 100 && DECLARED_BEFORE.test(text.slice(Math.max(0, start - 14), start)) && HOLIDAY_AFTER.test(text.slice(end, end + 40))) return { direction: 'future', distance: 1, firm: true };
  // "Friends have organized a memorial walk along her usual route for Saturday": what is organized for a day is still to come.
  if (lastLetter === 114 && ORGANIZED_FOR_BEFORE.test(text.slice(Math.max(0, start - ORGANIZED_FOR_REACH), start))) return { direction: 'future', distance: 1 };
  // "A new exhibition at the Historical Society, opening Friday, tries to answer": a show's opening told in apposition is still to come.
  if (lastLetter === 103 && SHOW_OPENING_BEFORE.test(text.slice(Math.max(0, start - 14), start))) return { direction: 'future', distance: 1 };
  // "Back in early May, the same loan was going for about 3.35 percent": a time gone back to, opening the sentence, lies before now
  // (not a verb's particle: "will be back in January", "should bounce back in the spring").
  if (lastLetter === 110 && BACK_IN_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return { direction: 'past', distance: 1, firm: true };
  // "canceled more than 4,800 flights for today and Saturday", "tonight and Wednesday": a day listed after today runs on from it (36
  // of 36 in the probes).
  const todayBefore = text.slice(Math.max(0, start - AFTER_TODAY_REACH), start);
  if (todayBefore.includes('to') && AFTER_TODAY_BEFORE.test(todayBefore)) return { direction: 'future', distance: 1 };
  // ("amount to $85 billion between now and Sept. 30", "from now until June": so does a span that runs from now.)
  if (todayBefore.includes('now') && AFTER_NOW_BEFORE.test(todayBefore)) return { direction: 'future', distance: 1, firm: true };
  // "the average rate on bills maturing in May", "notes that mature in February 1999": a security falls due after it is traded.
  if (lastLetter === 110 && MATURING_IN_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return { direction: 'future', distance: 1 };
  // "The match was brought forward from Sunday", "moved the release up from Aug. 23": a date a plan was moved earlier from is later
  // than the new one, still to come as a plan moved is (not one put off, which may have gone by: "postponed from Friday").
  if (lastLetter === 109 && ADVANCED_FROM_BEFORE.test(text.slice(Math.max(0, start - ADVANCED_FROM_REACH), start))) return { direction: 'future', distance: 1 };
  // "We've talked about this since January": what a date is counted "since" lies before now.
  if (lastLetter === 101 && SINCE_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return { direction: 'past', distance: 1, firm: true };
  // "Monday is a public holiday in Cyprus", "DUNMORE FALLS, Pa. — Friday marks 30 years since the flood", "but the weekend looks dry":
  // a weekday or the weekend that opens its sentence (or the story after its dateline, or a clause after "because" or "but") as the
  // subject of "is", "marks" or "looks" is still to come.
  if (text.charCodeAt(end) === 32 && DAY_ALONE.test(text.slice(start, end)) && IS_AFTER.test(text.slice(end, end + 12)) && opensClause(text, clauseStart(text, start), start)) {
    return { direction: 'future', distance: 1, firm: true };
  }
  // "passengers holding tickets for Friday and Saturday", "is ready for Monday", "waiting for Tuesday": what is awaited is to come.
  if (mayFollowAwaiting(text, start) && AWAITING_BEFORE.test(text.slice(Math.max(0, start - 32), start))) return { direction: 'future', distance: 1 };
  // ("the colt is ready for the Breeders' Cup Classic on Saturday", "fans waiting for the concert on Friday": or the day of an event awaited.)
  if (isWordAt(text, start - 1, 'on') && /for|await/i.test(text.slice(Math.max(0, start - AWAITED_EVENT_REACH), start))
    && AWAITED_EVENT_ON_BEFORE.test(text.slice(Math.max(0, start - AWAITED_EVENT_REACH), start))) return { direction: 'future', distance: 1 };
  // ("unions called a general strike for Thursday", "a strike from Sunday", "a two-day strike starting on Tuesday" too.)
  // (After "after", a day: "called for nationwide protests after Friday prayers"; not a clock time, "canceled classes after 3 p.m.")
  if (endsWithWordOf(text, start, CALLED_FOR_LAST_WORDS) && !(isDigitCode(text.charCodeAt(start)) && endsWithWordOf(text, start, AFTER))
    && isCalledForEventOn(text.slice(Math.max(0, start - EVENT_ON_REACH), start))) {
    return { direction: 'future', distance: 1, firm: true };
  }
  // ("starting in the summer": "in" after the word, looked for as plain text first, as "in" stands before so many dates.)
  // ("Amtrak suspended service starting at 3 p.m. Friday": and "at" before a time and its day.)
  const from = !(endsWithWordOf(text, start, TAKES_EFFECT_LAST_WORDS) || (endsWithWordOf(text, start, IN_OR_AT) && ING_IN_OR_AT.test(text.slice(Math.max(0, start - 12), start)))) ? null
    : TAKES_EFFECT_BEFORE.exec(text.slice(Math.max(0, start - 16), start))
    ?? (ONWARDS_AFTER.test(text.slice(end, end + 8)) ? FROM_BEFORE.exec(text.slice(Math.max(0, start - 6), start)) : null);
  if (from?.groups?.effect) return { direction: 'future', distance: 1 };
  // "The new rules apply starting Monday", "Beginning Friday, flights are cancelled", "The limits apply from July", "from July
  // onwards": from that day on, still to come unless its clause is told in the past ("Starting Monday, workers walked out").
  // ("includes money for 12 firefighters beginning in July", after "approved earlier this month": "in" leaves a clause told in the
  // past to the verbs around it.)
  const inPastClause = from !== null && isClauseInPast(text, start - from[0].length, end);
  if (from && !(inPastClause && / in\s+$/i.test(from[0]))) {
    if (inPastClause) return { direction: 'past', distance: 1 };
    // ("will have to bring their own bags starting Jan. 1": firm, after a future told from now.)
    const before = cueBefore(text, clauseStart(text, start), start - from[0].length).tense;
    return before.direction === 'future' && before.firm ? { direction: 'future', distance: 1, firm: true } : { direction: 'future', distance: 1 };
  }
  // "Housing starts data for February is due on Tuesday": the month the figures measure has gone by, whenever they come out.
  // (Read only where "for " ends right before the date: the pattern would be tried at every date whose tense is read.)
  if (lastLetter === 114 && FIGURES_FOR_BEFORE.test(text.slice(Math.max(0, start - FIGURES_FOR_REACH), start))) return { direction: 'past', distance: 1 };
  // "will release data on July housing starts on Friday", "the March jobs report": a month whose figures are told has gone by.
  if (end - start <= LONGEST_MONTH && MONTH_ALONE.test(text.slice(start, end)) && FIGURES_AFTER.test(text.slice(end, end + FIGURES_AFTER_REACH))) return { direction: 'past', distance: 1 };
  // "The NRF expects sales in November and December to rise", told in December: the month figures are "in" takes no tense from a
  // forecast of them, whose figures come out after it.
  if ((lastLetter === 110 || lastLetter === 100 || lastLetter === 114) && end - start <= LONGEST_MONTH && MONTH_ALONE.test(text.slice(start, end)) && FIGURES_IN_BEFORE.test(text.slice(Math.max(0, start - 24), start))) {
    return { direction: 'unknown', distance: 1 };
  }
  // "Fewer people are getting tested now than in mid-January": a time a comparison is made with lies behind, whatever the tense of
  // what is compared.
  if (lastLetter === 110 && THAN_IN_BEFORE.test(text.slice(Math.max(0, start - 22), start))) return { direction: 'past', distance: 1 };
  // "Gas for delivery in the fourth quarter traded at 160 euros": what is traded for delivery is delivered after the trading. (Not an
  // amount of time, "Copper for delivery in three months": the time it takes.)
  if (lastLetter === 110 && (isCapitalised(text[start]) || THE_AT.test(text.slice(start, start + 4))) && FOR_DELIVERY_BEFORE.test(text.slice(Math.max(0, start - 20), start))) {
    return { direction: 'future', distance: 1 };
  }
  // ("Milling wheat for November delivery fell 1.75 euros": so a month a contract is for.)
  if (lastLetter === 114 && endsWithWordOf(text, start, FOR) && DELIVERY_AFTER.test(text.slice(end, end + 10))) return { direction: 'future', distance: 1 };
  // "cut its forecast to 2 percent, from 4.1 percent in January": the figure a change is counted from was had before. (Not a day
  // "on" which it changes: "the fine would rise to $50 from $25 on April 1".)
  // ("will pay a dividend of 4 crowns, up from 2.5 crowns for the fourth quarter": so the period it was paid for.)
  if (lastLetter === 110 || lastLetter === 114) {
    const before = text.slice(Math.max(0, start - 40), start);
    if (before.includes('from') && FROM_FIGURE_BEFORE.test(before)) return { direction: 'past', distance: 1 };
  }
  // "Indoor farmers market: Saturday, 9 a.m.-1 p.m., Grange Hall", "MYERS: Sunday afternoon.": a listing's or an answer's day, after
  // a colon, is still to come.
  // (Not a day that is the subject of a past: "whether the date was chosen deliberately: Tuesday was the anniversary".)
  // (Nor an answer told in the past: "MORENO: Tuesday afternoon, honestly, I went home and cleaned the garage.")
  if ((text.charCodeAt(start - 2) === 58 || text.charCodeAt(start - 1) === 58) && !PAST_COPULA_AFTER.test(text.slice(end, end + 6))
    && cueAfter(text, end, clauseEnd(text, end)).tense.direction !== 'past') return { direction: 'future', distance: 1 };
  // "worried about bookings for the summer", "a memorial concert is planned for the spring", "had placed 4,000 staff on standby for
  // the weekend": the season or weekend a thing is for is to come.
  if (lastLetter === 114 && FOR_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && SEASON_ALONE.test(text.slice(start, end))) {
    return { direction: 'future', distance: 1 };
  }
  // "issued yellow warnings of ice for northern England for Wednesday", "The forecast called for highs near 105 through Sunday": the
  // day a warning or forecast is for lies ahead, told in the past too.
  // ("issued a flood watch for Lehigh and Northampton counties from 7 a.m. Wednesday": so from it; "kept a wind chill warning in effect
  // until noon Wednesday": and until it.)
  // "Northland Airlines canceled all flights through Sunday", "postponed the vote until Tuesday": so the end of a suspension told in the
  // past, as news tells of one still in force (not one that had been, "had postponed the vote until Monday").
  const spanWordBefore = lastLetter === 114 || lastLetter === 104 || lastLetter === 109 || lastLetter === 108;
  const spanWord = spanWordBefore ? text.slice(Math.max(0, start - 8), start) : '';
  if (spanWordBefore && FOR_THROUGH_OR_FROM_BEFORE.test(spanWord)) {
    const clauseBefore = text.slice(Math.max(0, start - WARNING_REACH), start);
    // ("canceled all flights from Friday through Sunday": and the start of such a span.)
    const spanEnd = UNTIL_OR_THROUGH_BEFORE.test(spanWord) || (FROM_BEFORE.test(spanWord) && RANGE_END_AFTER.test(text.slice(end, end + 9)));
    if ((WARNING_IN_CLAUSE_BEFORE.test(clauseBefore) || (spanEnd && SUSPENDED_BEFORE.test(clauseBefore)))
      && !HAD_IN_CLAUSE_BEFORE.test(clauseBefore)) return { direction: 'future', distance: 1 };
  }
  // "Forecasters are calling for temperatures in the low 30s Saturday night", "The National Weather Service predicted a 40 percent chance
  // of storms Thursday afternoon": the weather a forecaster foretells lies ahead, told in the past too (not the day of foretelling,
  // "predicted on Thursday", nor a forecast gone by, "had predicted").
  const forecastBefore = text.slice(Math.max(0, start - FORECAST_REACH), start);
  if (FORECASTER.test(forecastBefore) && FORECAST_BEFORE.test(forecastBefore) && !HAD_IN_CLAUSE_BEFORE.test(forecastBefore)) {
    return { direction: 'future', distance: 1 };
  }
  // "cut its forecast to 2 percent, down from $3.60 in June": a month or day a figure is compared with lies before now.
  if (isCapitalised(text[start]) && isFigureComparedWith(text, start)) return { direction: 'past', distance: 1 };
  const deadline = deadlineAt(text, start, end);
  if (deadline) return deadline;
  const bestCue = beyondRelativeAside(text, start, beyondAttributionAside(text, start, cueBefore(text, lookBackLimit(start), start)));
  // "The Dallas Marathon, scheduled for Sunday, was called off": a plan set between commas before a past is a plan told in the past,
  // whose day may have come.
  if (bestCue.tense.direction === 'future' && bestCue.word !== undefined && PLANNED_PARTICIPLES.has(bestCue.word) && text.charCodeAt(end) === 44
    && PAST_AFTER_PLAN_ASIDE.test(text.slice(end, end + 16))) return { direction: 'future', distance: bestCue.tense.distance, plannedInPast: true };
  // "A federal mediator has asked both sides to return at 10 a.m. Wednesday", "ordered them to leave by Friday": the act asked for is
  // still to come, whenever it was asked.
  // ("had summoned executives to a meeting Tuesday night": asked for before a past told, it may have come since, as a plan told in the
  // past may.)
  if (bestCue.tense.direction === 'past' && REQUESTING.has(bestCue.word!) && REQUESTED_ACT_BEFORE.test(text.slice(Math.max(0, start - REQUESTED_ACT_REACH), start))) {
    return bestCue.before === 'had' ? { direction: 'future', distance: 1, plannedInPast: true } : { direction: 'future', distance: 1 };
  }
  // ("many companies are asking technicians to be on duty Friday night": so asked now, with no tense read before it, or none nearer
  // than the asking: "confirmed 14 cases and are urging parents to check their records before the weekend".)
  // (A cue one or two words before the date is nearer than any asking, which takes three words at least: "asks them to".)
  const askedNow = bestCue.tense.direction !== 'unknown' && bestCue.tense.distance <= 2 ? null
    : REQUESTED_ACT_NOW_BEFORE.exec(text.slice(Math.max(0, start - REQUESTED_ACT_REACH), start));
  if (askedNow && (bestCue.tense.direction === 'unknown' || bestCue.tense.distance > wordCount(askedNow[0]))) return { direction: 'future', distance: 1 };
  const best = bestCue.tense;
  // "If they strike Thursday, I don't know how I'm getting to work", "If you miss Tuesday, you're late": a condition with no tense read
  // before the date is of what may still come.
  if (best.direction === 'unknown' && CONDITION_BEFORE.test(text.slice(clauseStart(text, start), start))) return { direction: 'future', distance: 1, firm: true };
  // "will miss six weeks after tearing a ligament in a crash Saturday", "will be arraigned after being charged Friday": what a gerund
  // after "after" tells came before the future it is told with, and news tells so what has come (in the probes and dev, 71 of 72
  // weekdays after such a gerund had gone by; the other, "after closing arguments conclude on Wednesday", has a verb of its own).
  // (A plan may still come so, "would try again after returning from recess on July 8": 2 lost against 14 gained in the probes.)
  if (best.direction === 'future') {
    const reach = text.slice(Math.max(0, start - AFTER_GERUND_REACH), start);
    const gerund = reach.includes('fter') ? AFTER_GERUND_BEFORE.exec(reach) : null;
    if (gerund && cueBefore(text, start - gerund[0].length, start).tense.direction === 'unknown') return { direction: 'past', distance: 1 };
  }
  // "officials were watching for a possible missile launch as early as Wednesday": the earliest a thing may happen lies ahead, unless a
  // past right before it tells it came ("Many stores opened as early as 6 p.m.", "had smelled gas as early as Tuesday").
  if (lastLetter === 115 && AS_EARLY_AS_BEFORE.test(text.slice(Math.max(0, start - 14), start)) && !(best.direction === 'past' && best.distance <= AS_EARLY_AS_PAST_REACH)) {
    return { direction: 'future', distance: 1 };
  }
  // A cue after the date must be nearer than twice the one before: with one at 1 or 2 words, none is. Nor is one after a relative
  // clause's past: "A storm that dumped snow over the weekend is expected to reach the coast".
  if (best.distance <= 2 || (best.direction === 'past' && bestCue.before !== undefined && RELATIVE_PRONOUNS.has(bestCue.before))) return best;
  // "keep the government running past 12:01 a.m. Tuesday, when fiscal 2014 begins": a "when" clause right after the date that tells
  // what is still to come then puts it ahead, over a verb further back. (Its past is left to the verb before: "in the fall, when the
  // star is best placed" reads a participle.)
  WHEN_CLAUSE_AFTER.lastIndex = end;
  const when = text.charCodeAt(end) === 44 ? WHEN_CLAUSE_AFTER.exec(text) : null;
  if (when) {
    const told = cueAfter(text, end + when[0].length, clauseEnd(text, end)).tense;
    if (told.direction === 'future') return told;
  }
  // "Tickets for the premiere in Los Angeles on April 22 sold out": the date is the event's, and the verb after it tells of
  // something else.
  if (best.distance === Infinity && lastLetter === 110 && EVENT_ON_BEFORE.test(text.slice(Math.max(0, start - EVENT_ON_REACH), start))) return best;
  const to = relativeClauseEnd(text, start, end) ?? clauseEnd(text, end);
  // "He will travel to Paris on Monday, officials said", "The company, due to report results on Thursday, declined to comment": a
  // cue with no comma between it and the date tells it before a verb past the next comma, which is another clause's; with commas
  // between, before a clause joined with an auxiliary ("will take possession of his cathedral, the Basilica, on Sunday, and has
  // confirmed"). With no cue before, a verb joined after may be the date's own ("Protesters planned a rally on Saturday and were
  // planning to drive").
  const cueBeforeTold = best.distance < Infinity;
  const after = cueAfter(text, end, !cueBeforeTold ? to : !hasCommaWithin(text, start, best.distance) ? ownClauseEnd(text, end, to) : otherClauseStart(text, end, to), best);
  // "The pope will meet his predecessor, Benedict XVI, at Castel Gandolfo Saturday, the Vatican said": a source's verb after a comma
  // tells when it was said, not the date's tense, which the cue before it tells. Nor does a verb after "that" right after the date
  // ("began a trial in January that will track 3,000 volunteers"), which is another clause's.
  if (cueBeforeTold && best.direction !== 'unknown' && after.word !== undefined
    && (THAT_AFTER.test(text.slice(end, end + 7)) || (ATTRIBUTION.has(after.word) && ATTRIBUTION_AFTER_COMMA.test(text.slice(end, end + ATTRIBUTION_ASIDE_REACH))))) return best;
  // "We don't see relief from energy prices before spring", "Without a deal before the summer, Cyprus risks running out of money":
  // what is to happen before a date that no verb tells the tense of lies ahead.
  // (Nor does a source's verb after a comma: "before spring, Holt said".)
  if (lastLetter === 101 && BEFORE_BEFORE.test(text.slice(Math.max(0, start - 12), start))
    && (after.tense.direction === 'unknown' || isSourceAfterComma(text, end, after.word))) return { direction: 'future', distance: 1 };
  // "From October through July, tax receipts rose about 14 percent": a date fronted in its sentence is told in the tense of the clause
  // it opens, however many words that clause takes to reach its verb.
  if (!cueBeforeTold && after.tense.direction === 'past' && FRONTED_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 10), start))) return { ...after.tense, firm: true };
  return after.tense;
}
const BEFORE_BEFORE = /(?<![\p{L}])before\s+(?:the\s+)?$/iu;
const FRONTED_PREPOSITION_BEFORE = withStandInsOf(/(?:^|[.!?]["”’']?\s+|\n\s*)(?:From|Between|In|On|During|Through|Until|By|Since|Before|After)\s+(?:the\s+)?$/u);
const AFTER_TODAY_BEFORE = /(?<![\p{L}])(?:today|tonight|tomorrow),?\s+(?:and|or|through|to|until|till)\s+$/iu;
const AFTER_TODAY_REACH = 24;
const AFTER_NOW_BEFORE = /(?<![\p{L}])(?:between\s+now\s+and|from\s+now\s+(?:until|till|through|to))\s+(?:the\s+)?$/iu;
const MATURING_IN_BEFORE = /(?<![\p{L}])(?:maturing|matures|mature)\s+in\s+$/iu;
const ADVANCED_FROM_BEFORE = /(?<![\p{L}])(?:moved|moving|moves?|brought|bringing|brings?)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:up|forward)(?![\p{L}])[^.;!?]{0,40}\sfrom\s+$/iu;
const ADVANCED_FROM_REACH = 90;
const PLANNED_PARTICIPLES: ReadonlySet<string> = new Set(['scheduled', 'planned', 'slated', 'set']);
const PAST_AFTER_PLAN_ASIDE = /^,\s+(?:was|were|had\s+been)\s/;
const BACK_IN_BEFORE = withStandInsOf(/(?:^|[.!?"”]\s+)Back\s+in\s+$/u);
// (Lower case, so no name: "after Thanksgiving"; nor a noun in "-ing": "after morning prayers", "after the meeting".)
const AFTER_GERUND_BEFORE = /(?<![\p{L}])[Aa]fter\s+(?:being\s+)?(?!(?:morning|evening|spring|meeting|wedding|building|hearing|briefing|opening|closing|ending|training|(?:some|any|no|every)?thing)\s)\p{Ll}+ing\s[^.;:,!?]*$/u;
const AFTER_GERUND_REACH = 100;
const PAST_COPULA_AFTER = /^\s+(?:was|were)(?![\p{L}])/iu;
const SHOW_OPENING_BEFORE = /,\s+(?:opening|premiering|airing|debuting)\s+$/iu;
const SET_EVENTS = [...SCHEDULED_EVENTS, 'trial', 'retrial', 'sentencing', 'arraignment', 'party', 'celebration', 'reception'];
const SET_EVENT_AFTER = new RegExp(`\\s+(?:[\\p{L}-]+\\s+)?(?:${SET_EVENTS.join('|')})(?![\\p{L}-])`, 'iuy');
const SETTING_VERBS = ['set', 'sets', 'setting', 'scheduled', 'schedules', 'scheduling', 'called', 'calls', 'calling'];
const SET_EVENT_DETERMINERS = ['a', 'an', 'the', 'its', 'his', 'her', 'their'];
const SET_EVENT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${SETTING_VERBS.join('|')})\\s+(?:(?:${SET_EVENT_DETERMINERS.join('|')})\\s+)?$`, 'iu');
const SET_EVENT_REACH = 24;
const DECIDED_ON_DAY_TO_BEFORE = new RegExp(`(?<![\\p{L}])(?:voted|agreed|decided|vowed|pledged|promised|resolved|threatened)\\s+(?:on\\s+)?(?:${Object.keys(WEEKDAYS).filter((day) => day.endsWith('day')).join('|')})(?:\\s+(?:morning|afternoon|evening|night))?\\s+to\\s+\\p{Ll}+(?:\\s+[\\p{L}\\p{N}'’$-]+){0,8}\\s+(?:on\\s+|at\\s+|in\\s+|by\\s+|until\\s+|from\\s+)?(?:the\\s+)?$`, 'iu');
const DECIDED_ON_DAY_TO_REACH = 120;
// (The words of deciding, looked for by themselves before the pattern is tried: most dates have "to" before them, few a decision.)
const DECIDED_WORD = /voted|agreed|decided|vowed|pledged|promised|resolved|threatened/i;
const SET_EVENT_LAST_WORDS = [...SETTING_VERBS, ...SET_EVENT_DETERMINERS];
// The other way round: "set sentencing for Nov. 9", "set a new trial date of Jan. 14", "scheduled a hearing for Monday".
// (Planning too: "has planned a party for Sunday afternoon"; not before the day, where "planned" is an adjective: "The planned October vote".)
// ("called an emergency cabinet meeting for Wednesday": two words may describe the event; "have organized a meeting for Thursday
// evening", "arranged a hearing for Monday" too.)
const SET_FOR_EVENT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${[...SETTING_VERBS, 'planned', 'plans', 'planning', 'organized', 'organised', 'arranged'].join('|')})\\s+(?:(?:${SET_EVENT_DETERMINERS.join('|')})\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:${SET_EVENTS.join('|')})\\s+(?:date\\s+of|(?:date\\s+)?for)\\s+$`, 'iu');
// ("the board set trick-or-treat hours for Thursday": what was set for a day is for it, whatever it is.)
const SET_ANYTHING_FOR_BEFORE = /(?<![\p{L}])(?:set|sets|scheduled|rescheduled)\s+(?:[\p{L}-]+\s+){1,3}for\s+$/iu;
const SET_FOR_REACH = 60;
const isSetFor = (before: string) => SET_FOR_EVENT_BEFORE.test(before) || SET_ANYTHING_FOR_BEFORE.test(before);
const SET_FOR_LAST_WORDS = ['for', 'of'];
const NEW_YEAR = /new\s+year$/i;
const FOR = ['for'];
// A verb of reporting and what it reports, a few words with no verb of plans among them ("the report is scheduled for Oct. 4").
// ("with reports on retail sales and business inventories for October": up to seven words.)
const FIGURES_REPORTED_FOR_BEFORE = /(?<![\p{L}])(?:report|release|publish|issue)(?:s|ed|es)?\s+(?:(?!(?:is|was|are|were|be|been|scheduled|set|due|slated|planned|expected)\s)[\p{L}-]+\s+){1,7}for\s+$/iu;
const REPORTED_ON_IN_BEFORE = new RegExp(`(?<![\\p{L}])(?:report|release|publish|issue)(?:s|ed|es)?\\s+(?:[\\p{L}-]+\\s+){0,2}on\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${FIGURES}|growth|sales|spending|profits?|earnings)\\s+in\\s+$`, 'iu');
const FIGURES_REPORTED_FOR_REACH = 80;
const WHEN_CLAUSE_AFTER = /,\s+when\s/iy;
const SINCE_BEFORE = /(?<![\p{L}])since\s+$/iu;
const REQUESTING_VERBS = ['asked', 'ordered', 'told', 'urged', 'invited', 'summoned', 'instructed', 'directed', 'required', 'encouraged', 'advised'];
const REQUESTING: ReadonlySet<string> = new Set(REQUESTING_VERBS);
// The verb, its object and an infinitive, then the infinitive's words up to the date ("asked both sides to return at").
const requestedActBefore = (verbs: readonly string[]) =>
  new RegExp(`(?<![\\p{L}])(?:${verbs.join('|')})\\s+(?:[\\p{L}'’-]+\\s+){1,7}to\\s+\\p{Ll}+(?:\\s+[\\p{L}\\p{N}'’-]+){0,10}\\s+$`, 'iu');
const REQUESTED_ACT_BEFORE = requestedActBefore(REQUESTING_VERBS);
const REQUESTED_ACT_REACH = 120;
const REQUESTING_NOW_VERBS = ['asks', 'asking', 'orders', 'ordering', 'tells', 'telling', 'urges', 'urging', 'invites', 'inviting', 'requires', 'requiring',
  'ask', 'urge', 'advise', 'advises', 'advising', 'encourage', 'encourages', 'encouraging'];
const REQUESTED_ACT_NOW_BEFORE = requestedActBefore(REQUESTING_NOW_VERBS);
const wordCount = (words: string) => words.match(/\p{L}+/gu)?.length ?? 0;
// (Not a participle's: "The budget agreement announced Tuesday would prevent".)
const PROMISED_FROM_BEFORE = /(?<![\p{L}])(?:promised|promises|pledged|pledges|vowed|vows|threatened|threatens)\s+(?:[\p{L}'’-]+\s+){0,5}from\s+$/iu;
const PROMISED_FROM_REACH = 70;
const SAID_BEFORE = /(?<![\p{L}])(?:(?:said|says|say|predict|predicts|predicted)\s+|that\s+)$/iu;
const SAID_REACH = 20;
// ("Forecasters said Wednesday and Thursday would bring more dry weather": past another day joined to it.)
// ("said Friday afternoon and Monday evening were likely to be the busiest periods": a weekday's part too, and "likely".)
const MODAL_AFTER = / (?:and (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))? )?(?:will|would|should|could|may|might|(?:is|are|was|were)\s+(?:expected|likely)\s+to)\s/iy;
const DAY_ALONE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:the|this)\s+weekend)$/i;
// ("Saturday begins with the fair parade": or as the subject of a day's schedule.)
const IS_AFTER = /^\s+(?:is|marks|looks|begins|starts|opens|kicks\s+off|features)\s/;
const DATELINE_DASH_BEFORE = withStandInsOf(/\s(?:—|–|--)\s+$/);
/** Whether only blanks, or a dateline and its dash, stand in text[from, start). */
// ("This year the ringing will open a program of remembrance, because Monday marks 50 years since": or a clause after "because" or "but".)
// (", and Saturday is where I find out": or after "and", a clause of its own.)
const CLAUSE_OPENER_BEFORE = /(?<![\p{L}])(?:because|but|and)\s+$/iu;
/** Whether the date at `start` opens its sentence (from `from`), the story after a dateline, or a clause after "because" or "but". */
const opensClause = (text: string, from: number, start: number) =>
  !/\S/.test(text.slice(from, start)) || DATELINE_DASH_BEFORE.test(text.slice(from, start)) || CLAUSE_OPENER_BEFORE.test(text.slice(Math.max(from, start - 9), start));
/** Whether the cue word read after a date is a source's verb after a comma ("…, Holt said"). */
const isSourceAfterComma = (text: string, end: number, word: string | undefined) =>
  word !== undefined && ATTRIBUTION.has(word) && ATTRIBUTION_AFTER_COMMA.test(text.slice(end, end + ATTRIBUTION_ASIDE_REACH));

/**
 * "Stores will remain closed on Christmas Day, the chain said, reopening at 7 a.m. on Dec. 26": a source's verb set between commas
 * is no verb of the date's clause; the cue before it is, if there is one.
 */
function beyondAttributionAside(text: string, start: number, cue: Cue): Cue {
  if (cue.word === undefined || !ATTRIBUTION.has(cue.word)) return cue;
  const aside = ATTRIBUTION_ASIDE_BEFORE.exec(text.slice(Math.max(0, start - ATTRIBUTION_ASIDE_REACH), start));
  return aside ? cueBeyondAside(text, start, aside[0].length, cue) : cue;
}

/** The cue before an aside of `length` characters that ends right before the date, if there is one; else `cue`, with its distance. */
function cueBeyondAside(text: string, start: number, length: number, cue: Cue): Cue {
  const before = cueBefore(text, lookBackLimit(start), start - length);
  return before.tense.direction === 'unknown' ? cue : { ...before, tense: { ...before.tense, distance: cue.tense.distance } };
}

/**
 * "He will play Todd Whitaker, who reached his first final on Friday, at 2 p.m. Sunday": a relative clause set between commas right
 * before the date is no clause of the date's; the cue before it is, if there is one.
 */
function beyondRelativeAside(text: string, start: number, cue: Cue): Cue {
  // (Tried only where a comma stands a preposition or less before the date.)
  if (cue.tense.direction === 'unknown' || !text.slice(Math.max(0, start - 10), start).includes(',')) return cue;
  const aside = RELATIVE_ASIDE_BEFORE.exec(text.slice(Math.max(0, start - RELATIVE_ASIDE_REACH), start));
  return aside ? cueBeyondAside(text, start, aside[0].length, cue) : cue;
}
const RELATIVE_ASIDE_BEFORE = /,\s*(?:who|which|whose)\s[^,;:.!?]*,\s*(?:(?:at|on|in|by|from|until|before|after)\s+)?$/iu;
const RELATIVE_ASIDE_REACH = 120;
const ATTRIBUTION: ReadonlySet<string> = new Set(ATTRIBUTION_VERBS);
const ATTRIBUTION_ASIDE_BEFORE = new RegExp(withStandIns(`,\\s*(?:[\\p{L}.'’-]+\\s+){1,4}(?:${ATTRIBUTION_VERBS.join('|')}),[^,;:.!?]*$`), 'iu');
const ATTRIBUTION_ASIDE_REACH = 120;
const THAT_AFTER = /^\s+(?:that|which|who)\s/i;
// ("The measure signed early Thursday funds the government through Jan. 15": or a span a present verb keeps up.)
const PRESENT_SPAN_BEFORE = /(?<![\p{L}])(?:is|are|am|remains?|stays?|funds|finances|covers|extends|keeps)\s+(?:\p{L}+\s+){0,4}$/iu;
const FOR_BEFORE = /(?<![\p{L}])for\s+$/iu;
const FOR_THROUGH_OR_FROM_BEFORE = /(?<![\p{L}])(?:for|through|from|until|till)\s+$/iu;
const SEASON_ALONE = /^(?:the\s+)?(?:spring|summer|autumn|fall|winter|(?:(?:holiday|long)\s+)?weekend)$/i;
// (The comma may close a quotation: "before spring,” Holt said", "before spring,'' Holt said".)
const ATTRIBUTION_AFTER_COMMA = new RegExp(withStandIns(`^[^.;!?]*?,(?:["”’]|'')?\\s*(?:[\\p{L}.'’-]+\\s+){1,4}(?:${ATTRIBUTION_VERBS.join('|')})(?![\\p{L}])`), 'iu');

/** Whether the words before the day of an event tell taking part in it, or a time before or after it ("before Sunday's vote"). */
function isTakingPartBefore(text: string, start: number): boolean {
  const limit = lookBackLimit(start);
  const ends = lastWordEnd(text, limit, start);
  if (ends < 0) return false;
  const begins = lastWordStart(text, limit, ends);
  const word = text.slice(begins, ends).toLowerCase();
  // ("will carry his lead into Sunday's final round"; "will be released at Sunday's service", the occasion of what is done.)
  if (word === 'before' || word === 'after' || word === 'until' || word === 'into' || word === 'at' || word === 'during') return true;
  return TAKING_PART.has(TAKING_PART_PREPOSITION.has(word) ? wordBefore(text, limit, begins)?.toLowerCase() ?? '' : word);
}

/** Whether the clause around text[before, end) tells it in the past, by the cue before `before` or else the one after `end`. */
function isClauseInPast(text: string, before: number, end: number): boolean {
  const sentenceStart = clauseStart(text, before);
  // Read back no further than a comma, nor than "to" or a modal: "voted on Tuesday to raise parking rates starting July 1".
  const toDo = lastMatchEnd(STILL_TO_DO, text.slice(sentenceStart, before));
  if (toDo > 0 && tenseBefore(text, sentenceStart + toDo, before).direction === 'unknown') return false;
  const own = tenseBefore(text, Math.max(sentenceStart, lastClauseComma(text, sentenceStart, before) + 1), before);
  if (own.direction !== 'unknown') return own.direction === 'past';
  // After a comma, the clause before tells only a future ("will go on sale Sept. 20, with pre-orders starting Friday"): "suspended 13
  // players on Monday, with the bans beginning Tuesday" tells a start still ahead. Opening its sentence, the clause after tells it.
  const opens = !/\S/.test(text.slice(sentenceStart, before));
  if (!opens && tenseBefore(text, sentenceStart, before).direction === 'future') return false;
  const to = clauseEnd(text, end);
  return tenseAfter(text, end, opens ? to : nextComma(text, end, to), NO_TENSE).direction === 'past';
}

/** Whether a comma stands between text[start] and the `words`-th word before it (the cue word read there). */
function hasCommaWithin(text: string, start: number, words: number): boolean {
  const limit = lookBackLimit(start);
  let at = start;
  for (let n = 0; n < words; n++) {
    const ends = lastWordEnd(text, limit, at);
    if (ends < 0) return false;
    for (let i = ends; i < at; i++) if (text.charCodeAt(i) === 44) return true;
    at = lastWordStart(text, limit, ends);
  }
  return false;
}

/** The first comma in text[end, to), or `to`. */
function nextComma(text: string, end: number, to: number): number {
  let comma = end;
  while (comma < to && text.charCodeAt(comma) !== 44) comma++;
  return comma;
}

/**
 * Where the date's own clause ends after it: at the next comma, before "and" or "but" and an auxiliary, which open another
 * clause with a tense of its own ("reported results for its fiscal third quarter in July and will report in October"), or before
 * a conjunction that opens a clause of its own ("would close the factories on Saturday after workers clashed with police").
 */
function ownClauseEnd(text: string, end: number, to: number): number {
  return otherClauseStart(text, end, nextComma(text, end, to));
}

/** Where a clause with a tense of its own opens in text[end, to), or `to`. */
// ("would take up the bill in the fall but did not commit to a date": "did" opens another clause too.)
function otherClauseStart(text: string, end: number, to: number): number {
  const other = text.slice(end, to).search(OTHER_CLAUSE);
  return other < 0 ? to : end + other;
}
// ("called up Nick Varga, the club's top-scoring defenseman, on Monday, and he is expected to be gone": or a subject of its own; "planned to
// operate its normal schedule Thursday and said it would post any changes": or a saying, of its own time.)
const OTHER_CLAUSE = /\s(?:(?:and|but)\s+(?:he|she|they|we|i|you|that|will|would|shall|is|are|was|were|has|have|had|did|does|could|may|might|must|should|can|plans|expects|hopes|intends|wants|aims|planned|expected|hoped|intended|wanted|aimed|said|says|told|tells)|(?:after|because|although|though|while|unless)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?(?:\p{L}+\s+){1,2}\p{L}+ed)(?![\p{L}])/iu;

// ", who admitted money laundering in": a relative clause opened between commas, not yet closed before the date.
const RELATIVE_CLAUSE_OPEN = /,\s*(?:who|which|whom|whose)\s/iuy;

/**
 * "Paul, who admitted money laundering in May, will be sentenced": the comma that closes the relative clause a date
 * stands in, whose own verb governs it, not the main clause's after it (undefined: the date is in no such clause).
 */
function relativeClauseEnd(text: string, start: number, end: number): number | undefined {
  // The last comma before the date opens it, in the date's sentence: tried where it stands, as most dates follow none.
  const limit = lookBackLimit(start);
  let opening = start - 1;
  // Read back no further than the sentence can reach: lastIndexOf would cross a long text with no comma for every date.
  while (opening >= limit && text.charCodeAt(opening) !== 44) opening--;
  if (opening < limit) return undefined;
  RELATIVE_CLAUSE_OPEN.lastIndex = opening;
  if (!RELATIVE_CLAUSE_OPEN.test(text) || opening < clauseStart(text, start)) return undefined;
  const to = clauseEnd(text, end);
  const comma = nextComma(text, end, to);
  return comma < to ? comma : undefined;
}

/** A tense and the cue word that tells it, in lower case, with the word before that (none: no cue was found). */
export interface Cue {
  tense: Tense;
  word?: string;
  before?: string;
}

// "Theresa May said on Tuesday": "May" in capitals is a name, no modal before a verb.
const MODAL_BITS = POSSIBILITY_MODAL | BARE_INFINITIVE_GOVERNOR | BARE_FORM_GOVERNOR;

/**
 * The lists of the word read (lower-cased) at text[begins]: listsOf, but for "May" in capitals, which names someone, and "Lent" in
 * capitals, the weeks before Easter ("the 40 days of Lent leading up to Easter on March 31").
 */
const listsOfWordAt = (text: string, begins: number, word: string | undefined): number =>
  word === 'may' && text.charCodeAt(begins) === 77 ? listsOf(word) & ~MODAL_BITS : word === 'lent' && text.charCodeAt(begins) === 76 ? 0
    // ("said they would march again Monday": "march" in lower case is the verb, no month.)
    : word === 'march' && text.charCodeAt(begins) === 109 ? listsOf(word) & ~DATE_NAME
    // "we'll", "they'll": the lists of "'ll", which the word ends with; "it's" is read by cueOf as "is".
    : listsOf(word) || (word !== undefined && word.length > 3 && word.endsWith('ll') && isApostropheCode(word.charCodeAt(word.length - 3)) ? listsOf("'ll")
      : word !== undefined && isContractedIs(word) ? CUE_WORD : 0);

// "the heaviest since 2007, with millions traveling between Thursday and Monday": a year right after the cue is its own date (words
// are letters, so the year is read from the text).
const YEAR_AFTER = /\s+(?:1[5-9]|20)\d\d(?![\p{L}\p{N}])/uy;
/**
 * Whether a cue word ending at text[cueEnd] has a date of its own right after it (a date's name `next`, or a year), which the words
 * read so far do not join to the date's.
 */
const isCueOfOwnDate = (text: string, cueEnd: number, onlyDatesBetween: boolean, next: string | undefined, nextLists: number, dateStart: number) => {
  if (onlyDatesBetween) return false;
  // (Not a month that names the thing after it, before a day named: "The Commerce Department releases June retail sales on Monday".)
  if (next !== undefined && isIn(nextLists, DATE_NAME)) {
    NAMING_DATE_AFTER.lastIndex = cueEnd;
    return !(isCapitalised(text[dateStart]) && NAMING_DATE_AFTER.test(text));
  }
  // ("will report how fast the economy grew in the first quarter on April 26": or a quarter it is in.)
  if (next === 'in') {
    QUARTER_AFTER.lastIndex = cueEnd;
    if (QUARTER_AFTER.test(text) && QUARTER_AFTER.lastIndex <= dateStart) return true;
  }
  YEAR_AFTER.lastIndex = cueEnd;
  return YEAR_AFTER.test(text);
};
const QUARTER_AFTER = /\s+in\s+the\s+(?:first|second|third|fourth|last|final)\s+quarter(?![\p{L}])/iuy;
const NAMING_DATE_AFTER = /\s+\p{L}+\s+(?!(?:and|or|to|of|in|on|at|for|by|from|with|through|until|is|was|are|were|will|has|had|morning|afternoon|evening|night|overnight)(?![\p{L}]))\p{Ll}{3,}(?![\p{L}])/uy;
/** Whether a digit stands in text[from, to). */
function hasDigitWithin(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isDigitCode(text.charCodeAt(i))) return true;
  return false;
}
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'who']);
const HYPHENED_PREFIXES: ReadonlySet<string> = new Set(['re', 'pre', 'co', 'un', 'non', 'de', 'mis', 'over', 'under', 'out', 'post', 'self']);
/**
 * "will present detailed results", "to announce revised figures": an -ed word after a verb's bare form is an adjective; so is one
 * after a possessive, "on the airport's proposed new runway". (Read only of a past found.)
 */
function isAdjectivalParticiple(text: string, limit: number, wordBegins: number, previousBegins: number, previous: string | undefined, previousLists: number): boolean {
  if (previous === undefined) return false;
  // ("will run its plants at reduced output", "sell shares with increased fees": after a preposition, a verb cannot stand.)
  // (Not past a number read over: "ticket sales for 2013 reached $10.4 billion".)
  if (isPossessiveWord(previous) || (PREPOSITIONS_BEFORE_ADJECTIVE.has(previous) && !hasDigitWithin(text, previousBegins, wordBegins))) return true;
  // ("the televised debate", "their only televised debate", "a closely watched vote": after a determiner, and an adverb after one.)
  if (isIn(previousLists, DETERMINER)) return true;
  if (PERFECT_OR_PASSIVE.has(previous) || isIn(previousLists, BARE_INFINITIVE_GOVERNOR | PRESENT_AUXILIARY)) return false;
  const previousTwo = wordBefore(text, limit, previousBegins)?.toLowerCase();
  if (ADVERBS_BEFORE_ADJECTIVE.has(previous) && isIn(listsOf(previousTwo), DETERMINER)) return true;
  // ("will begin hauling away soaked carpet Wednesday": right after a verb in "-ing" and its particle, the object's adjective.)
  if (PARTICLES.has(previous) && previousTwo !== undefined && previousTwo.length > 4 && previousTwo.endsWith('ing') && !PERFECT_OR_PASSIVE.has(previousTwo)) return true;
  // ("with markets closed on Thursday for Thanksgiving": a participle of "with" and its noun, whose tense is the clause's; not "the
  // deal with Iran, reached early Sunday".)
  return previousTwo !== undefined && (isIn(listsOf(previousTwo), BARE_INFINITIVE_GOVERNOR) || (previousTwo === 'with' && !text.slice(previousBegins, wordBegins).includes(',')));
}
// (A list, as many nouns end in "-ly" too: "The family sued the city on Monday".)
const ADVERBS_BEFORE_ADJECTIVE: ReadonlySet<string> = new Set(['only', 'most', 'newly', 'closely', 'widely', 'highly', 'heavily', 'hotly', 'recently', 'much']);
const PREPOSITIONS_BEFORE_ADJECTIVE: ReadonlySet<string> = new Set([
  'at', 'in', 'of', 'for', 'from', 'on', 'into', 'over', 'under', 'without', 'within', 'through', 'per', 'among', 'against', 'about',
  // ("The strongest winds are expected along exposed coasts … Monday.")
  'along', 'across', 'around', 'near', 'toward', 'towards', 'throughout', 'beyond', 'behind', 'beneath', 'onto', 'amid',
]);
const PARTICLES: ReadonlySet<string> = new Set(['away', 'up', 'out', 'off', 'down', 'back']);
const PERFECT_OR_PASSIVE: ReadonlySet<string> = new Set(['have', 'has', 'had', 'be', 'been', 'being', 'is', 'are', 'was', 'were', 'get', 'got', 'gets']);
const NOT_AFTER_POSSIBLE: ReadonlySet<string> = new Set(['as', 'most', 'least', 'best', 'worst', 'more', 'less', 'not', 'it', 'if', 'whenever', 'wherever', 'made', 'thought', 'found', 'make', 'makes', 'making']);
const HELD_EVENTS: ReadonlySet<string> = new Set([...SCHEDULED_EVENTS, 'appointment']);
const MEETING_AGAIN: ReadonlySet<string> = new Set(['meet', 'resume', 'reconvene', 'hold']);
const FINDING_PARTICIPLES: ReadonlySet<string> = new Set(['located', 'reached', 'found', 'contacted', 'identified', 'confirmed', 'verified', 'seen', 'heard']);
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
const ADJOINED_TO_PRESENT: ReadonlySet<string> = new Set(['in', 'possible', 'likely', 'probable', 'unlikely', 'still', 'available', 'open']);
const SAME_FORM_PASTS: ReadonlySet<string> = new Set(SAME_FORM_PAST_WORDS);
const REMAINING_BEFORE_LEFT: ReadonlySet<string> = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minute', 'minutes', 'seconds', 'time', 'games',
  'races', 'laps', 'rounds', 'holes', 'matches', 'fixtures', 'little', 'nothing', 'much', 'few', 'one',
]);
const LASTING_INTO: ReadonlySet<string> = new Set(['into', 'until', 'till', 'through', 'beyond', 'for']);
const TIMES_LAST_NAMES: ReadonlySet<string> = new Set([
  'year', 'week', 'month', 'quarter', 'season', 'summer', 'winter', 'spring', 'fall', 'autumn', 'night', 'weekend', 'decade', 'century', 'time',
]);
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['them', 'him', 'me', 'us']);
const IS_CONTRACTED_ONTO_WORDS: ReadonlySet<string> = new Set(IS_CONTRACTED_ONTO);
/** Whether a word is "is" contracted onto a pronoun, straight or curly: "it's", "that’s". */
const isContractedIs = (word: string) => word.length > 2 && word.endsWith('s') && isApostropheCode(word.charCodeAt(word.length - 2)) && IS_CONTRACTED_ONTO_WORDS.has(word.slice(0, -2));
const LINKING_VERBS: ReadonlySet<string> = new Set(['stay', 'stays', 'stayed', 'remain', 'remains', 'remained', 'become', 'becomes', 'became', 'get', 'gets', 'got', 'seem', 'seems', 'seemed']);
const DATE_JOINS: ReadonlySet<string> = new Set(['and', 'or', 'to', 'through', 'until', 'till', 'of']);

const tenseBefore = (text: string, limit: number, start: number): Tense => cueBefore(text, limit, start).tense;
const tenseAfter = (text: string, end: number, to: number, best: Tense): Tense => cueAfter(text, end, to, best).tense;

/**
 * The nearest cue before the date in its sentence, read backwards from it: the first
 * cue settles it, and the sentence start is met as the words are read, looking back no further than `limit`.
 */
export function cueBefore(text: string, limit: number, start: number): Cue {
  // The word being read, the one after it (nearer the date) and the one before it, which two-word cues need, with their lists.
  let next: string | undefined;
  let nextTwo: string | undefined;
  let nextLists = 0;
  let nextBegins = -1;
  let wordEnds = lastWordEnd(text, limit, start);
  let wordBegins = wordEnds < 0 ? -1 : lastWordStart(text, limit, wordEnds);
  let word = wordEnds < 0 ? undefined : text.slice(wordBegins, wordEnds).toLowerCase();
  let lists = listsOfWordAt(text, wordBegins, word);
  let previousEnds = wordEnds < 0 ? -1 : lastWordEnd(text, limit, wordBegins);
  let previousBegins = previousEnds < 0 ? -1 : lastWordStart(text, limit, previousEnds);
  let previous = previousEnds < 0 ? undefined : text.slice(previousBegins, previousEnds).toLowerCase();
  let previousLists = listsOfWordAt(text, previousBegins, previous);
  // How many of the words read go on a name of capitalised words ("the International Criminal Court in The Hague"), which a
  // schedule's reach counts as one word.
  let namesGoneOn = 0;
  // Whether the words read so far are all of dates joined to the date's own ("April 24 to", "Monday and").
  let onlyDatesBetween = true;
  // A past joined after "and" whose tense is the verb's before it ("began Friday morning and intensified"), and how far it stands.
  let joinedPast: { distance: number; word: string } | null = null;
  for (let distance = 1; word !== undefined; distance++) {
    // "had been scheduled", "be formally signed": the word two before is read only for a future cue after "been" and after an adverb.
    const previousTwo = (previous === 'been' && (isIn(lists, FUTURE | WARNING) || word === 'set')) || previous?.endsWith('ly') || previous === 'not' ? wordBefore(text, limit, previousBegins)?.toLowerCase() : undefined;
    // "The deadline is Friday", "the general election is Nov. 5": a date that an event is, told in the present, is still to come.
    if (distance === 1 && isIn(lists, PRESENT_AUXILIARY)) return { tense: { direction: 'future', distance, firm: true }, word, before: previous };
    // "The election is in November": so with "in" right before the date (further off, "is in talks since March" is a state); and
    // "A signing ceremony is possible Wednesday", "a vote is likely Friday", "opening day is still Monday".
    if (distance === 2 && next !== undefined && ADJOINED_TO_PRESENT.has(next) && isIn(lists, PRESENT_AUXILIARY)) return { tense: { direction: 'future', distance, firm: true }, word, before: previous };
    // ("Police arrested Marks on July 5": a capitalised word after one in lower case is a name; "36m votes cast": a count's unit
    // before it makes a noun.)
    // The word before as the schedule and the cue read it: "will be re-evaluated Wednesday" has "be", its prefix being the word's.
    const prefixed = previous !== undefined && text.charCodeAt(wordBegins - 1) === 45 && HYPHENED_PREFIXES.has(previous);
    // ("played from 1941 to 1963, died Jan. 19": a number between them parts a verb from "to" or a modal before it, which then
    // governs no bare form.)
    // ("falling from about 2,400 to the dollar": nor "about" and "to" a future, "about to".)
    const parted = (isIn(previousLists, BARE_INFINITIVE_GOVERNOR) || word === 'to') && hasDigitWithin(text, previousEnds, wordBegins);
    // ("which first aired in 2005, returns Sept. 19": a number and a comma end the phrase before the word, which then follows a
    // clause's end, not a preposition.)
    // ("Arsenal, who lost in the final, open against Villa on Saturday": so a relative clause set off by commas, the subject's aside.)
    const partedByComma = !parted && previousEnds >= 0 && text.slice(previousEnds, wordBegins).includes(',')
      && (hasDigitWithin(text, previousEnds, wordBegins) || RELATIVE_ASIDE_BEFORE.test(text.slice(Math.max(0, wordBegins - RELATIVE_ASIDE_REACH), wordBegins)));
    const before = parted ? undefined : partedByComma ? ',' : prefixed ? wordBefore(text, limit, previousBegins)?.toLowerCase() : previous;
    const beforeLists = parted || partedByComma ? 0 : prefixed ? listsOf(before) : previousLists;
    const found = (isSchedule(word, lists, before, beforeLists, next, nextLists, distance - namesGoneOn) && (partedByComma || !isNounAfterDeterminer(text, limit, previousBegins, previous, lists))
      && !(isCapitalised(text[wordBegins]) && previousBegins >= 0 && !isCapitalised(text[previousBegins])) && !(COUNT_UNITS.has(previous!) && isDigitCode(text.charCodeAt(previousBegins - 1)))
      && !isParticipleOrNoun(text, wordBegins, lists) && !isCounted(text, wordBegins, lists) && !isAfterAdjectivalParticiple(text, limit, previousBegins, before, beforeLists)
      // ("bringing the two sides face to face at 7 p.m.", "the teams meet head to head": a word twice about "to" is an adverb.)
      && !(next === 'to' && nextTwo === word))
      || (previous === 'and' && SCHEDULE_NEVER_NOUN.has(word) && distance - namesGoneOn <= SCHEDULE_REACH)
      || (previous === 'and' && isCoordinatedSchedule(lists, text, next, nextBegins, nextLists, distance - namesGoneOn,
        () => isIn(listsOf(wordBefore(text, limit, previousBegins)?.toLowerCase()), DATE_NAME) || CLOCK_TIME_BEFORE.test(text.slice(Math.max(0, previousBegins - CLOCK_TIME_REACH), previousBegins))))
      // "Further adjustments could be made in March", "patients could be treated as early as the fourth quarter": a possibility
      // ahead, unlike "could be located Wednesday" or "could not be reached", the past of "can" in news.
      || (word === 'could' && next === 'be' && nextTwo !== undefined && !FINDING_PARTICIPLES.has(nextTwo))
      // "a deal must be in place before Monday", "should be ready by Friday": a state still to be reached (not "must be returned to his
      // father, and set Friday as the deadline", whose participle may be another clause's act).
      || ((word === 'must' || word === 'should') && next === 'be' && nextTwo !== undefined && !nextTwo.endsWith('ed') && !nextTwo.endsWith('en'))
      // "He has an appointment with a navigator Thursday afternoon", "The team has a game Saturday": an event a subject has on a day,
      // told in the present, is still to come.
      || ((word === 'has' || word === 'have') && isIn(nextLists, DETERMINER) && nextTwo !== undefined && HELD_EVENTS.has(nextTwo) && distance - namesGoneOn <= SCHEDULE_REACH)
      // "a new government might not be in place before Christmas", "the vote may not take place on Sunday": a possibility denied is
      // still of what is to come (not "might not have known on Friday", a perfect).
      || ((word === 'might' || (word === 'may' && !isIn(beforeLists, NOUN_MARKER | MONTH_MAY))) && next === 'not' && nextTwo !== undefined && !PERFECT_AUXILIARY.has(nextTwo))
      // "the leaders agreed to meet again on Thursday", "agreed to resume talks Tuesday", "agreed to hold their next meeting in the
      // spring": a meeting agreed on is still to come (not one agreed before a past told, "had agreed to meet", nor what else was agreed
      // to, "agreed to accept the forces on Monday").
      || (word === 'agreed' && next === 'to' && nextTwo !== undefined && MEETING_AGAIN.has(nextTwo) && before !== 'had')
      ? 'future' : cueOf(word, lists, before, beforeLists, next, nextLists, previousTwo);
    // ("St Aldwyn's closed two wards for a fortnight in January": after a name in the possessive, a participle before its object is the
    // name's verb, as a shop or a hospital is named.)
    const cue = found === 'past' && word.endsWith('ed') && isAdjectivalParticiple(text, limit, wordBegins, previousBegins, previous, previousLists)
      && !(previous !== undefined && isPossessiveWord(previous) && isCapitalised(text[previousBegins]) && next !== undefined && (isIn(nextLists, DETERMINER) || CARDINAL_WORDS.has(next))) ? 'unknown'
      // ("its first multiparty elections since the 1920s on March 31": "since" before a year or decade of its own is that one's.)
      : found === 'past' && word === 'since' && distance > 1 && SINCE_YEAR_AFTER.test(text.slice(wordBegins + 5, wordBegins + 16)) ? 'unknown'
      // ("The market got ahead of itself in the summer", "finished ahead of schedule in March": what is ahead of no event awaits none.)
      : found === 'future' && word === 'ahead' && next === 'of' && nextTwo !== undefined && AHEAD_OF_NO_EVENT.has(nextTwo) ? 'unknown'
      // ("The orbiter is on its way after a flawless launch Monday": "is on" and a possessive is a state, no event set for a day.)
      : found === 'future' && next === 'on' && nextTwo !== undefined && POSSESSIVES.has(nextTwo) && isIn(lists, PRESENT_AUXILIARY) ? 'unknown'
      // ("sent their shutdown plans to the White House on Wednesday": plans sent somewhere, a noun, plan nothing.)
      : found === 'future' && next === 'to' && isIn(lists, PLAN) && isIn(listsOf(nextTwo), DETERMINER) ? 'unknown'
      // ("If approved Nov. 5, the tax would take effect": a participle after "if" is a condition still to be met.)
      : found === 'past' && word.endsWith('ed') && previous !== undefined && CONDITIONS.has(previous) ? 'future'
      // ("the action could be called off if the government agreed to talks before Wednesday evening": a past after "if" under a modal
      // is a condition still to be met.)
      : found === 'past' && isConditionPast(text, wordBegins) ? 'future'
      // ("Ledgerpoint, which reports on Thursday": after a relative pronoun "reports" is the verb of a schedule, no noun.)
      : found === 'unknown' && word === 'reports' && previous !== undefined && RELATIVE_PRONOUNS.has(previous) && distance <= 2 ? 'future'
      // ("most would have service restored by Friday", "should have service restored": "have" with an object after a modal is no perfect.)
      : (found === 'unknown' || found === 'past') && MODALS_BEFORE_HAVE.has(word) && next !== undefined && PERFECT_AUXILIARY.has(next) && nextTwo !== undefined
        && !PARTICIPLE_ENDING.test(nextTwo) ? 'future'
      // ("when official figures are published Tuesday", "the results are announced on Monday": a passive in the present right before
      // the date tells a schedule.)
      : found === 'unknown' && (distance === 1 || (distance === 2 && next === 'on')) && word.endsWith('ed') && isIn(beforeLists, PRESENT_AUXILIARY) ? 'future'
      : found;
    // "will report results for the quarter that ended Dec. 31 on Feb. 5": a verb with a date of its own right after it tells that
    // date's tense, not the tense of one further on (but of one joined to it: "ran April 24 to 25").
    if (cue !== 'unknown' && !isCueOfOwnDate(text, wordBegins + word.length, onlyDatesBetween, next, nextLists, start)
      && !isInName(text, wordBegins, previousBegins) && !(nextBegins >= 0 && isInName(text, nextBegins, wordBegins)) && !isCompoundTail(text, wordBegins) && !isCompoundHead(text, wordBegins, word)) {
      const tense = tenseOf(cue, distance, word, lists, previousLists);
      // (Not a plan: "a speech he had been due to give on Friday", "had been expected to board a flight on Monday" fell through
      // lately, maybe that very day.)
      const hadBefore = cue === 'past' && (previous === 'had' || (previous === 'been' && wordBefore(text, limit, previousBegins)?.toLowerCase() === 'had'));
      // ("The report, which had been scheduled for Nov. 1, will come out on Nov. 8", "a status conference that had been set for Oct.
      // 15": a plan's day may yet lie ahead.)
      const planned = isIn(lists, FUTURE) || (word === 'set' && next === 'for');
      const perfect = hadBefore && !planned;
      const plannedBefore = hadBefore && planned;
      const plannedInPast = cue === 'future' && (isIn(lists, FUTURE) || word === 'to') && (previous === 'was' || previous === 'were');
      return {
        tense: perfect ? { ...tense, perfect } : plannedBefore ? { ...tense, plannedBefore } : plannedInPast ? { ...tense, plannedInPast } : word === 'ahead' ? { ...tense, ahead: true }
          : word === 'would' && cue === 'future' ? { ...tense, wouldTold: true } : tense,
        word,
        before: previous,
      };
    }
    // ("The storm began Friday morning and intensified through Friday night": a past joined after "and" shares the tense of the verb
    // before it, in the past though that verb has a date of its own.)
    if (cue === 'unknown' && previous === 'and' && found === 'unknown' && word.endsWith('ed')) joinedPast ??= { distance, word };
    else if (cue === 'past' && joinedPast !== null && isCueOfOwnDate(text, wordBegins + word.length, onlyDatesBetween, next, nextLists, start)) {
      return { tense: { direction: 'past', distance: joinedPast.distance }, word: joinedPast.word, before: 'and' };
    }
    if (previousBegins >= 0 && isCapitalised(text[wordBegins]) && isCapitalised(text[previousBegins])) namesGoneOn++;
    // ("begin a four-game road trip at Atlanta on Wednesday": so does a compound's head before a hyphen.)
    else if (previousEnds === wordBegins - 1 && text.charCodeAt(previousEnds) === 45) namesGoneOn++;
    // (Words are letters: the digits of "April 24 to" are no word.)
    onlyDatesBetween &&= isIn(lists, DATE_NAME) || DATE_JOINS.has(word);
    nextTwo = next;
    next = word;
    nextLists = lists;
    nextBegins = wordBegins;
    word = previous;
    lists = previousLists;
    wordBegins = previousBegins;
    previousEnds = word === undefined ? -1 : lastWordEnd(text, limit, wordBegins);
    previousBegins = previousEnds < 0 ? -1 : lastWordStart(text, limit, previousEnds);
    previous = previousEnds < 0 ? undefined : text.slice(previousBegins, previousEnds).toLowerCase();
    previousLists = listsOfWordAt(text, previousBegins, previous);
  }
  return { tense: NO_TENSE };
}

/** The nearest cue in text[end, to), if nearer than `best`, counting words after the date as twice as far. */
export function cueAfter(text: string, end: number, to: number, best: Tense = NO_TENSE): Cue {
  let previous: string | undefined;
  let previousAt = -1;
  let previousLists = 0;
  let previousTwo: string | undefined;
  let at = end;
  for (let i = 0; 2 * (i + 1) < best.distance; i++) {
    const wordAt = wordStart(text, at, to);
    if (wordAt < 0) break;
    at = wordEnd(text, wordAt, to);
    const word = text.slice(wordAt, at).toLowerCase();
    const lists = listsOfWordAt(text, wordAt, word);
    // "next to the embassy", "were planning", "plans to", "could move", "we expected in", "would have": the word after is read only
    // for "next", a past auxiliary, "would", "compared", a plan, a modal of possibility, "expected" and a verb of schedule ("head of" is
    // a noun).
    const next = word === 'next' || word === 'was' || word === 'were' || word === 'would' || word === 'compared' || word === 'going' || isIn(lists, PLAN | POSSIBILITY_MODAL | PAST_AFTER_SUBJECT | SCHEDULE_PRESENT | SCHEDULE_PLURAL) ? wordAfter(text, at, to)?.toLowerCase() : undefined;
    // ("will be soft, and probably the second quarter too, said Linda Okafor": a source named after the date's comma said it; the
    // verb before the date tells its tense.)
    if (best.direction !== 'unknown' && ATTRIBUTION.has(word) && text.slice(end, wordAt).includes(',')) return { tense: best };
    // ("Judge Paula Engstrom on Wednesday scheduled the hearing for July 15": the day a thing was set on, before what was set, is gone by.)
    if (SCHEDULING.has(word) && isIn(listsOf(wordAfter(text, at, to)?.toLowerCase()), DETERMINER)) return { tense: tenseOf('past', 2 * (i + 1), word, lists, previousLists), word, before: previous };
    // "from June 8 until Sept. 1": "until" right after a date opens the span's end, and tells nothing of the date before it.
    const nextLists = listsOf(next);
    const cue = i === 0 && (word === 'until' || word === 'till') ? 'unknown'
      // ("from Black Friday through Christmas Eve, the shortest holiday season since 2002": "since" after the date opens a point of its
      // own, gone by, and tells nothing of the date before it.)
      : word === 'since' ? 'unknown'
      // ("releases retail sales on Wednesday, followed by producer prices Thursday", "On Sunday, surrounded by her family, she will turn
      // 100": a participle and "by" right after the date's comma open a phrase, no verb of the date's clause.)
      : i === 0 && word.endsWith('ed') && isParticipleWithByAfterComma(text, end, wordAt, at) ? 'unknown'
      // ("could bring snow Saturday followed by rain Sunday": so "followed by" or "preceded by" with no comma.)
      : i === 0 && (word === 'followed' || word === 'preceded') && BY_AFTER.test(text.slice(at, at + 4)) ? 'unknown'
      // ("will open an exhibition on Oct. 19 centered on the painting": nor a participle that describes what the date is of.)
      : i === 0 && DESCRIBING_PARTICIPLES.has(word) ? 'unknown'
      // ("Sunday could be the day," she said: a modal of possibility right after the date, its subject, looks ahead from when it is said;
      // not "could have been".)
      : i === 0 && isIn(lists, POSSIBILITY_MODAL) && next !== undefined && next !== 'have' ? 'future'
      // ("Saturday was expected to be the busiest shopping day": what a day was expected to be, told of it as its subject, is told
      // once it has come.)
      : i === 0 && (word === 'was' || word === 'were') && isIn(nextLists, FUTURE) ? 'past'
      // ("after its Oct. 1 launch": after a date's name, a noun.)
      : isSchedule(word, lists, previous, previousLists, next, nextLists, 2 * (i + 1)) && !isAfterSingularNoun(text, previousAt, previous, lists) && !isIn(previousLists, DATE_NAME) && !isCounted(text, wordAt, lists) ? 'future'
      : cueOf(word, lists, previous, previousLists, next, nextLists, previousTwo);
    // A cue word that is part of a name ("the French Open") is read only now, as few words are cues; nor is a past form right after a
    // count ("to discuss 212 disputed absentee ballots"), an adjective.
    if (cue !== 'unknown' && !isInName(text, wordAt, previousAt) && !(cue === 'past' && word.endsWith('ed') && isCounted(text, wordAt, lists)) && !isCompoundTail(text, wordAt) && !isCompoundHead(text, wordAt, word)) return { tense: tenseOf(cue, 2 * (i + 1), word, lists, previousLists), word, before: previous };
    previousTwo = previous;
    previous = word;
    previousAt = wordAt;
    previousLists = lists;
  }
  return { tense: best };
}

const SCHEDULING: ReadonlySet<string> = new Set(['scheduled', 'rescheduled']);
const DESCRIBING_PARTICIPLES: ReadonlySet<string> = new Set(['centered', 'centred', 'focused', 'based', 'devoted', 'dedicated', 'titled', 'entitled', 'themed']);
// "if" or "unless" opening the date's clause, with no comma between.
const CONDITION_BEFORE = /(?<![\p{L}])(?:if|unless)\s[^,;:]*$/iu;
const PRESENT_PERFECT_BEFORE = new RegExp(withStandIns(`(?<![\\p{L}])(?:has|have|['’]ve)\\s+(?:not\\s+|n['’]t\\s+)?(?:been\\s+)?\\p{L}+${PARTICIPLE_ENDINGS}\\s`), 'iu');
const COMMA_ONLY = /^\s*,\s*$/;
const BY_AFTER = /^\s+by(?![\p{L}])/u;
const isParticipleWithByAfterComma = (text: string, end: number, wordAt: number, wordEnd: number) =>
  text.charCodeAt(end) === 44 && COMMA_ONLY.test(text.slice(end, wordAt)) && BY_AFTER.test(text.slice(wordEnd, wordEnd + 4));

const LOWER = /^\p{Ll}/u;
const isLower = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c < 128 ? c >= 97 && c <= 122 : LOWER.test(text[at] ?? '');
};

// A word of four letters or more in lower case: a sentence with one is no headline in title case ("Talks Open on Monday").
const LOWER_CASE_WORD = /(?<![\p{L}])\p{Ll}\p{L}{3}/u;

/**
 * Whether the word at text[at] is capitalised (not in capitals) after a word that opens with a capital (at `previousAt`), in a
 * sentence not in title case: part of a name, "the French Open", "the US Open", no verb.
 */
const isInName = (text: string, at: number, previousAt: number) =>
  previousAt >= 0 && isCapitalised(text[at]) && isLower(text, at + 1) && isCapitalised(text[previousAt])
  && LOWER_CASE_WORD.test(text.slice(clauseStart(text, previousAt), clauseEnd(text, at)));

// "a coal-fired plant", "the Saudi-led coalition", "state-owned": a participle hyphened onto a word is an adjective; not so after a
// prefix ("was re-elected on Tuesday", "co-founded").
const COMPOUND_HEAD_BEFORE = /(?<![\p{L}])(?!(?:re|co|pre|de|un|mis|out|over|under|cross|double|counter)-$)\p{L}+-$/iu;
/**
 * Whether the word at text[at] heads a hyphened compound ("its most talked-about titles", "laptops with built-in chips"), an adjective
 * that tells no tense.
 */
const isCompoundHead = (text: string, at: number, word: string) =>
  text.charCodeAt(at + word.length) === 45 && isAsciiLetterCode(text.charCodeAt(at + word.length + 1));
/** Whether the word at text[at] is the tail of a hyphened compound, which tells no tense. */
const isCompoundTail = (text: string, at: number) => text.charCodeAt(at - 1) === 45 && COMPOUND_HEAD_BEFORE.test(text.slice(Math.max(0, at - 16), at));

const WEATHER_WATCH = '(?:flood|storm|tornado|hurricane|blizzard|weather|frost|freeze|fire|heat)\\s+watch(?:es)?';
// ("said two pumps had been repaired over the weekend and that a third would be running by Friday": nor before "and that", which opens
// another clause of what was said, nor before "and" and a modal: "had finished repairs by Dec. 31 and would complete testing by June 30".)
// ("had restored power to half of them by noon Tuesday and expected to have the rest back by Thursday": so does a plan joined with "and";
// "who had knee surgery in June and is not expected back until the end of September": and a present.)
const BUT = /(?<![\p{L}])(?:(?:but|and\s+that)\s|and\s+(?=(?:would|will|could|should|must|may|might|can|is|are|(?:expected|expects|hoped|hopes|planned|plans|intended|intends)\s+to)\s))/giu;
// A warning earlier in the date's clause ("warnings of ice for northern England and Scotland for").
// ("a flood watch for Lehigh and Northampton counties from 7 a.m. Wednesday": a weather watch is one too, and an advisory, "has issued a
// heat advisory from noon Saturday until 8 p.m. Sunday".)
const WARNING_IN_CLAUSE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${WARNING_NOUNS.join('|')}|${WEATHER_WATCH}|advisory|advisories)(?![\\p{L}])[^.;!?]*$`, 'iu');
const WARNING_REACH = 80;
// ("Snow had been forecast for Thursday": a forecast gone by.)
const HAD_IN_CLAUSE_BEFORE = /(?<![\p{L}])had(?![\p{L}])[^.;!?]*$/iu;
const AS_EARLY_AS_BEFORE = /(?<![\p{L}])as\s+(?:early|soon)\s+as\s+$/iu;
/** How many words from the date a past may stand before "as early as" to tell that the earliest came: "had smelled gas as early as". */
const AS_EARLY_AS_PAST_REACH = 6;
const UNTIL_OR_THROUGH_BEFORE = /(?<![\p{L}])(?:until|till|through)\s+$/iu;
const RANGE_END_AFTER = /^\s+(?:until|till|through)\s/iu;
// A verb of calling off what was to go on, earlier in the date's clause: "canceled all flights through", "suspended service until"
// (not a state, "The bank was closed until Tuesday"); or a curfew, "imposed a curfew on the downtown area from 7 p.m. until 7:30 a.m.
// Wednesday" (not from when it runs, which may have come: "imposed a curfew in the city from Monday night").
const SUSPENDED_BEFORE = /(?<![\p{L}])(?:canceled|cancelled|suspended|postponed|halted|grounded|banned|delayed|curfews?)(?![\p{L}])[^.;!?]*$/iu;
// A forecaster, read by a plain search before the pattern, as most dates have none near.
const FORECASTER = /orecast|eteorologist|eather Service|eather [Bb]ureau|Met Office|Environment Canada|Bureau of Meteorology/;
// The forecaster and its verb of foretelling, then what it foretells before the date ("calls for sunny skies and highs near 50 on").
// ("Forecasters Wednesday called for clear skies Sunday morning", "the forecast called for temperatures in the 20s Saturday evening": the
// day of foretelling may stand between, and the forecast itself may foretell.)
const FORECAST_BEFORE = /(?<![\p{L}])(?:forecasters?|forecasts?|meteorologists?|(?:National\s+)?Weather\s+(?:Service|Bureau)|Met\s+Office|Environment\s+Canada|Bureau\s+of\s+Meteorology)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+)?(?:(?:are|is|were|was|also)\s+)?(?:\p{L}+ly\s+)?(?:calling\s+for|calls?\s+for|called\s+for|predicted|predicts?|predicting|forecast|forecasts|warned\s+of|warns?\s+of|expects?|expected)\s+(?!(?:on|at|in|for|that)\s)[^.;!?]*?\p{L}[^.;!?]*$/iu;
const FORECAST_REACH = 160;
const WARNING_BEFORE = new RegExp(`(?<![\\p{L}])(?:${WARNING_NOUNS.join('|')}|advisory|advisories)\\s+$`, 'iu');

/** Where a modal or "to" opens what is still to be done in text[end, to), or `to`. */
function stillToDoAfter(text: string, end: number, to: number): number {
  const modal = text.slice(end, to).search(STILL_TO_DO);
  return modal < 0 ? to : end + modal;
}

/**
 * "extended to Nov. 20", "completed by Dec. 15", "until Jan. 14": a deadline lies ahead of what is
 * told, unless a past perfect in its clause says it has passed. Null: the date is no deadline.
 */
const SAYING_JOINED_AFTER = /\s(?:and|but)\s+(?:\p{Ll}+\s+)?(?:said|says|told|added|noted|acknowledged)\s/u;

function deadlineAt(text: string, start: number, end: number): Tense | null {
  const lookedAt = Math.max(0, start - 12);
  const deadline = endsWithWordOf(text, start, DEADLINE_LAST_WORDS) ? DEADLINE_BEFORE.exec(text.slice(lookedAt, start)) : null;
  const word = deadline?.groups?.word?.toLowerCase();
  if (!word) return null;
  if (word === 'to') {
    // "added 14,000 jobs to the October and November figures": a date after "to the" names the figures it measures (the end of a span
    // takes "the" inside its expression: "to the end of October"; "promotions tied to the July Fourth holiday" still look ahead).
    if (/the\s+$/i.test(deadline![0]) && FIGURES_AFTER.test(text.slice(end, end + FIGURES_AFTER_REACH))) return null;
    // Not cut at the clause start: "from Sept. 14 to" holds an abbreviation's full stop.
    const before = text.slice(Math.max(0, start - 40), start);
    if (RANGE_FROM.test(before)) return null;
    const previous = /([\p{L}]+)\s+to\s+(?:the\s+)?$/iu.exec(before)?.[1]?.toLowerCase();
    if (previous && NOT_DEADLINE.has(previous)) return null;
    // "The move is retroactive to Tuesday": what goes back to a date.
    if (previous === 'retroactive' || previous === 'retroactively' || previous === 'backdated') return { direction: 'past', distance: 1 };
    // "The dispute dates back to January", "a feud that goes back to 2009": where a thing began, gone by.
    if (previous === 'back' && GOING_BACK_TO_BEFORE.test(before)) return { direction: 'past', distance: 1 };
  }
  // Not before a comma ahead of the date: "The sale, which had been expected, is part of a plan to pay by February."
  // Nor before "but": "had planned to release it in spring but delayed it until November".
  const sentenceStart = clauseStart(text, start);
  const from = Math.max(sentenceStart, lastClauseComma(text, sentenceStart, start) + 1, sentenceStart + lastMatchEnd(BUT, text.slice(sentenceStart, start)));
  // (Not one in a saying joined after the date: "would cost $1 billion a month through Sept. 30 and said they had not yet estimated";
  // nor past a comma after it, unless the deadline opens its clause: "would suspend the debt limit through May 18, postponing a
  // confrontation that many had once welcomed", but "Through May 18, the fund had lost 3 percent", "said that by early afternoon,
  // 4,318 flights had been canceled".)
  const deadlineStart = lookedAt + deadline!.index;
  const opensClause = CLAUSE_OPENED_BEFORE.test(text.slice(from, deadlineStart));
  const clauseTo = opensClause ? clauseEnd(text, end) : nextComma(text, end, clauseEnd(text, end));
  const saying = SAYING_JOINED_AFTER.exec(text.slice(end, clauseTo));
  // ("the two sides had until Nov. 14 to reach an agreement": "had" right before the deadline is the verb, time given, no perfect.)
  const perfect = HAD_TIME_UNTIL.test(text.slice(Math.max(from, deadlineStart - 5), deadlineStart)) ? null
    : PAST_PERFECT.exec(text.slice(from, saying ? end + saying.index : otherClauseStart(text, end, clauseTo)));
  // "had hoped to finish the repairs by Thursday", "had hoped to complete it by the end of September": the deadline of what was still
  // to be done then may have gone by or not, and is placed as a date without a tense; "had expected the bank to wait until December",
  // "had said the force would not be ready until September": a wait still to be done reaches ahead.
  const stillToDoSincePerfect = perfect !== null && from + perfect.index < deadlineStart && STILL_TO_DO_IN.test(text.slice(from + perfect.index, deadlineStart));
  // (Not past a future told from now joined after the perfect: "had refinanced its loan and still hopes to open the building by late
  // summer".)
  if (stillToDoSincePerfect && word === 'by' && !tenseBefore(text, from + perfect!.index + perfect![0].length, deadlineStart).firm) return { direction: 'unknown', distance: 1 };
  // Nor "a moratorium, which had been extended until March 1, will not be renewed": a deadline put off may still lie ahead.
  // ("A storm moved through Friday evening": through a span, a verb of moving moves nothing off.)
  // ("had given them until March 31 to finish": the verb before its object.)
  const wordRightBefore = wordBefore(text, from, deadlineStart)?.toLowerCase() ?? '';
  const verbBefore = OBJECT_PRONOUNS.has(wordRightBefore)
    ? wordBefore(text, from, lastWordStart(text, from, lastWordEnd(text, from, deadlineStart)))?.toLowerCase() ?? '' : wordRightBefore;
  const deferred = isDeferring(verbBefore, word);
  // ("the vendor had promised a fix by March", "had sought an agreement by Friday": what was wished for by a date, in the past perfect,
  // may have come or not, placed as a date without a tense.)
  if (perfect && !stillToDoSincePerfect && !deferred && WISHING.has(cueBefore(text, from, deadlineStart).word ?? '')) return { direction: 'unknown', distance: 1 };
  // ("would keep the jurors sequestered over the weekend if they had not reached a verdict by Friday evening": a past perfect after "if"
  // under a modal is a condition still to be met.)
  if (perfect && !stillToDoSincePerfect && !deferred) return isConditionPast(text, from + perfect.index) ? { direction: 'future', distance: 1 } : { direction: 'past', distance: 1 };
  // "The bank was closed until Tuesday", "He stayed in Paris until Monday", "Until Tuesday, the bank was closed", "worked through the
  // weekend": a span told
  // as over, in a clause with nothing still to be done ("will stay shut until Tuesday"), nor a deadline put off ("extended its
  // offer until Nov. 9", "postponed until Tuesday morning").
  // ("had asked for a delay until January": a deferral asked for, as one granted, may still lie ahead.)
  // (Nor a span told in the present: "Donations are accepted through Dec. 20", "the road is closed until Friday".)
  if ((word === 'until' || word === 'till' || word === 'through') && !deferred && !hasStillToDo(text.slice(from, start))
    && !PRESENT_SPAN_BEFORE.test(text.slice(Math.max(from, deadlineStart - 48), deadlineStart))) {
    // "issued an excessive heat warning through Sunday evening": a warning lasts into the days it warns of.
    if (WARNING_BEFORE.test(text.slice(Math.max(from, deadlineStart - 12), deadlineStart))) return { direction: 'future', distance: 1 };
    const cue = cueBefore(text, from, deadlineStart);
    // "The Legislature has until May 20 to finish its work, a spokesman said": what is to be done by then tells no past; nor does a
    // clause after a comma ("and by staying in school until June 7, the school board decided"), but where the deadline opens its
    // sentence ("Until Tuesday, the bank was closed").
    const told = cue.word ? cue : cueAfter(text, end, stillToDoAfter(text, end, clauseTo));
    // (A past far back tells another verb's: "passed a bill late Wednesday ending a shutdown and funding the government until Jan. 15".)
    const deferring = isDeferring(told.word!, word);
    // ("passed legislation funding the government until Jan. 15": a participle with its object before the span is its verb.)
    const participleOfSpan = PARTICIPLE_OF_SPAN_BEFORE.test(text.slice(Math.max(from, deadlineStart - PARTICIPLE_OF_SPAN_REACH), deadlineStart));
    if (told.tense.direction === 'past' && told.tense.distance <= SPAN_VERB_REACH && !deferring && !participleOfSpan) return { direction: 'past', distance: 1 };
  }
  // "recorded the highest level by midday on Sunday": a verb in the past before "by" says the deadline is told as met;
  // not one that governs a clause still to be done ("ruled that he must be returned by", "asked it to respond by").
  if (word === 'by') {
    const still = lastStillToDoEnd(text.slice(from, start));
    // (The opener itself is read too, so that "hope to put the deal into effect by late January" reads "put" after "to".)
    const own = from + lastMatchStart(STILL_TO_DO, text.slice(from, start), still);
    // "Sony completed its offer, with shareholders tendering 99% by the Tuesday deadline": a stretch after a comma that tells
    // no tense of its own, nor a clause still to be done, is told in the tense of its clause.
    const ownCue = cueBefore(text, own, start - 3);
    const beforeCue = still === 0 && !ownCue.word ? cueBefore(text, clauseStart(text, start), start - 3) : ownCue;
    const before = beforeCue.tense;
    // "Ballots postmarked by Nov. 3 will be counted": a participle right before "by", whose clause goes on in the future; or was
    // told in it, "will guarantee delivery for orders placed by Dec. 18".
    const participleRightBefore = before.direction === 'past' && before.distance === 1 && beforeCue.word!.endsWith('ed');
    const cueBeforeParticiple = participleRightBefore ? cueBefore(text, clauseStart(text, start), lastWordStart(text, from, lastWordEnd(text, from, deadlineStart))) : null;
    const participleGoingOn = before.direction === 'past' && before.distance === 1 && (cueAfter(text, end, clauseEnd(text, end)).tense.direction === 'future'
      || cueBeforeParticiple?.tense.direction === 'future');
    // "Santos still wanted a final agreement by November": what was wanted by a date is still to be met; so is what was wanted done
    // by it, "wanted an international monitoring force deployed by August".
    if (before.direction === 'past' && (WISHING.has(beforeCue.word!) || WISHING.has(cueBeforeParticiple?.word ?? ''))) return { direction: 'future', distance: 1 };
    // "hopes to have it enacted by the end of May": a perfect infinitive's participle is still to be done, unless told in the past
    // ("the talks were supposed to have been concluded by May 4").
    if (before.direction === 'past' && still > 0 && PERFECT_INFINITIVE.test(text.slice(own, start)) && tenseBefore(text, from, own).direction !== 'past') {
      return { direction: 'future', distance: 1, firm: true };
    }
    // "it could act again if lawmakers did not deal with the shortfall by the end of March": a past after "if", in a clause still to
    // be done, is a condition still to be met.
    // ("If nothing has changed by Monday night, we move on": so is a present perfect after "if", what is to be seen then.)
    const clause = text.slice(from, start);
    const condition = (still > 0 && CONDITION_AFTER_MODAL.test(text.slice(own, start))) || (PRESENT_PERFECT_BEFORE.test(clause) && CONDITION_BEFORE.test(clause));
    if (before.direction === 'past' && !participleGoingOn && !condition) return { direction: 'past', distance: 1 };
    // "By Monday evening, more than two million homes were without power": a fronted deadline is met when its clause is told in the past.
    // Read up to a modal or "to" ("By Monday, it must have filed"), whose clause is still to be done.
    if (FRONTED_BY.test(text.slice(from, start)) && tenseAfter(text, end, stillToDoAfter(text, end, clauseEnd(text, end)), NO_TENSE).direction === 'past') {
      return { direction: 'past', distance: 1 };
    }
    // "the trucks could be on the road by November", told in January: a deadline still to be met lies ahead of now.
    if (still > 0) return { direction: 'future', distance: 1, firm: true };
  }
  // "The restored hours will cost about $2.1 million through June 30", told in September: a span told with "will" ends ahead of now.
  return WILL_IN_CLAUSE.test(text.slice(from, start)) ? { direction: 'future', distance: 1, firm: true } : { direction: 'future', distance: 1 };
}
const CONDITION_PAST_BEFORE = /(?<![\p{L}])(?:could|would|might|may|will)\s[^.;:!?]*?(?<![\p{L}])if\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
const CONDITION_PAST_REACH = 80;
/** Whether a past at text[begins] follows "if" a few words on from a modal (the plain search first, as few pasts follow an "if"). */
function isConditionPast(text: string, begins: number): boolean {
  const before = text.slice(Math.max(0, begins - CONDITION_PAST_REACH), begins);
  return /(?:^|\s)if\s/i.test(before) && CONDITION_PAST_BEFORE.test(before);
}
const SINCE_YEAR_AFTER = /^\s+(?:the\s+)?(?:early\s+|mid-?|late\s+)?\d/iu;
const GOING_BACK_TO_BEFORE = /(?<![\p{L}])(?:dates?|dated|dating|goes|going|went|traces?|traced|tracing|stretch(?:es|ed|ing)?|reach(?:es|ed|ing)?)\s+back\s+to\s+(?:the\s+)?$/iu;
const WILL_IN_CLAUSE = /(?<![\p{L}])(?:will|shall)(?![\p{L}])/iu;
