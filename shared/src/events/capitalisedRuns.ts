// Runs of capitalised words in a stretch of text: the candidates for names, before any is judged.
import { FULL_MONTHS, WEEKDAYS } from '../lexicon/en/calendar';
import { COMPOUND_ADJECTIVE_ENDINGS } from '../lexicon/en/commonCapitalised';
import { NAME_PARTICLE_PREFIX, NAME_PARTICLES, POSSESSIVES_IN_NAMES } from '../lexicon/en/nameParts';
import { ORGANISATION_ACRONYMS, PERSON_TITLES } from '../lexicon/en/organisations';

/** Lowercase words that join the words of an organisation's name: "Ministry of Foreign Affairs of Russia". */
export const JOINING_WORDS = new Set(['of', 'for', 'the', 'on']);
/** Lowercase words inside a personal name: "Ursula von der Leyen". */
export const PARTICLES = new Set<string>(NAME_PARTICLES);
const CONNECTORS = new Set<string>([...JOINING_WORDS, ...PARTICLES]);
const CALENDAR_WORDS = new Set<string>([...Object.keys(WEEKDAYS), ...FULL_MONTHS]);
const TITLE_SET = new Set<string>(PERSON_TITLES);
const POSSESSIVES_IN_NAMES_SET = new Set<string>(POSSESSIVES_IN_NAMES);
const POSSESSIVE = /(?:['’]s|s['’])$/;
const COMPOUND_ADJECTIVE = new RegExp(`-(?:${COMPOUND_ADJECTIVE_ENDINGS.join('|')})$`);
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;
// Not name words: "Q2", "FY2021", "Money20/20", "FR4978" (but "G7"), and compounds such as "Vilnius-based", "Soviet-era".
const isNameWord = (word: string) =>
  (/^\p{Lu}/u.test(word) && (!/\p{N}/u.test(word) || word in ORGANISATION_ACRONYMS) && !COMPOUND_ADJECTIVE.test(word)) || NAME_PARTICLE_PREFIX.test(word);

export interface Token {
  word: string;
  start: number;
}

// Runs of capitalised words, joined by "of"/"the"/"for" inside names ("Ministry of Foreign Affairs of Russia")
// and by particles inside personal names ("Ursula von der Leyen").
export function* capitalisedRuns(text: string, start: number, end: number): Generator<{ tokens: Token[]; sentenceStart: boolean }> {
  const slice = text.slice(start, end);
  let run: Token[] = [];
  let pending: Token[] = [];
  let sentenceStart = true;
  let runAtSentenceStart = true;
  let previousEnd = 0;
  let previousClosedSentence = false;
  const flush = function* () {
    if (run.length) yield { tokens: run, sentenceStart: runAtSentenceStart };
    run = [];
    pending = [];
  };
  for (const match of slice.matchAll(TOKEN)) {
    const word = match[0].replace(/[.’'-]+$/, '');
    const gap = slice.slice(previousEnd, match.index);
    previousEnd = match.index + match[0].length;
    // Dashes, slashes and quotes end a name: "VILNIUS — On the second anniversary", "/PRNewswire/ -- NordPay".
    const breaksRun = previousClosedSentence || /[,;:()"“”‘’'!?/–—]|\.\s|\n|\s-+\s/.test(gap);
    if (breaksRun) yield* flush();
    // After a colon or dash a list item starts: "9 August 2020: Presidential election", "Aug. 10 – Police use …".
    const startsSentence = sentenceStart || previousClosedSentence || /[.!?]["”’)]*\s+$|\n|^\s*["“]|(?:^|\s)['‘]$|(?:[:–—]|\s-+)\s+$/.test(gap);
    // "The European Union on Monday adopted": a day or month after "on" or "in" is a date, not a name's end.
    if (pending.length && CALENDAR_WORDS.has(word.toLowerCase())) yield* flush();
    if (isNameWord(word)) {
      if (!run.length) runAtSentenceStart = startsSentence;
      const possessor = POSSESSIVE.test(match[0]) ? match[0].replace(/['’]s?$/, '') : null;
      const insideName = possessor !== null && POSSESSIVES_IN_NAMES_SET.has(possessor);
      run.push(...pending, { word: insideName ? match[0] : word, start: start + match.index });
      pending = [];
      // "Norway's Yara": the possessor's name ends at its possessive; "People's Assembly" goes on.
      if (possessor !== null && !insideName) yield* flush();
    } else if (run.length && CONNECTORS.has(word) && pending.length < 2) {
      pending.push({ word, start: start + match.index });
    } else {
      yield* flush();
    }
    sentenceStart = false;
    // A token that ends in a full stop closes its sentence unless it is an initial ("J.") or a title ("Mr.").
    previousClosedSentence = /[.!?]$/.test(match[0]) && !/^\p{Lu}\.?$/u.test(match[0]) && !TITLE_SET.has(word);
  }
  yield* flush();
}
