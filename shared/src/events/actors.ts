// Finds the people, organisations and countries a sentence names. A light, rule-based reader of
// capitalised names: country and acronym tables, organisation words, titles before a person's
// name, and the article's own full names ("Putin" after "Vladimir Putin" is Vladimir Putin).
import { FULL_MONTHS, WEEKDAYS } from '../lexicon/en/calendar';
import { COUNTRIES, COUNTRY_ALIASES } from '../lexicon/en/countries';
import { FUNCTION_WORDS, NAME_ADJECTIVES, OTHER_NON_NAMES } from '../lexicon/en/commonCapitalised';
import { NEWS_AGENCIES, ORGANISATION_ACRONYMS, ORGANISATION_WORDS, PERSON_TITLES } from '../lexicon/en/organisations';

const COUNTRY_SET = new Set<string>(COUNTRIES);
const FUNCTION_SET = new Set<string>(FUNCTION_WORDS);
const ADJECTIVE_SET = new Set<string>(NAME_ADJECTIVES);
const NON_NAME_SET = new Set<string>([...FUNCTION_WORDS, ...NAME_ADJECTIVES, ...OTHER_NON_NAMES]);
const ORGANISATION_SET = new Set<string>(ORGANISATION_WORDS);
const TITLE_SET = new Set<string>(PERSON_TITLES);
const CONNECTORS = new Set(['of', 'for', 'the', 'de', 'von', 'van', 'al', 'bin', 'on']);
const CALENDAR_WORDS = new Set<string>([...Object.keys(WEEKDAYS), ...FULL_MONTHS]);

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
const looksLikeDemonym = (word: string) => ADJECTIVE_SET.has(word) || /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish)$/u.test(word);

interface Token {
  word: string;
  start: number;
}

/** The names of an article, learned once, then asked sentence by sentence. */
export interface ActorFinder {
  actorsIn(start: number, end: number): string[];
}

export function createActorFinder(text: string, options: { exclude?: string[] } = {}): ActorFinder {
  const excluded = new Set([...(options.exclude ?? []), ...NEWS_AGENCIES].map((name) => name.toLowerCase()));
  const acronyms = new Map(Object.entries(ORGANISATION_ACRONYMS));
  // "European Union (EU)" defines EU for this article. At most eight words: an unbounded run
  // backtracked over every capitalised word that follows, quadratic in "May May May …".
  for (const match of text.matchAll(/(\p{Lu}[\p{L}-]*(?:\s+(?:of\s+|the\s+|for\s+)?\p{Lu}[\p{L}-]*){1,8})\s+\((\p{Lu}{2,6})\)/gu)) {
    acronyms.set(match[2]!, match[1]!.trim());
  }
  const surnames = new Map<string, string>();
  // Words seen capitalised inside a sentence: a lone capitalised word opening a sentence is a name only if it is one of them.
  const capitalisedInside = new Set<string>();
  const classify = (run: Token[], sentenceStart: boolean): string | null => {
    const all = run.map((t) => t.word.replace(/['’]s$/, ''));
    let lead = 0;
    while (lead < all.length - 1 && FUNCTION_SET.has(all[lead]!)) lead++;
    const words = all.slice(lead);
    const whole = words.join(' ');
    if (COUNTRY_SET.has(whole)) return whole;
    if (COUNTRY_ALIASES[whole]) return COUNTRY_ALIASES[whole]!;
    if (words.length === 1 && acronyms.has(whole)) return acronyms.get(whole)!;
    if (words.some((w) => ORGANISATION_SET.has(w))) return whole;
    let from = 0;
    let titled = false;
    while (from < words.length && (NON_NAME_SET.has(words[from]!) || TITLE_SET.has(words[from]!) || (from < words.length - 1 && looksLikeDemonym(words[from]!)))) {
      titled ||= TITLE_SET.has(words[from]!);
      from++;
    }
    const name = words.slice(from);
    if (name.length === 0 || name.some((w) => CONNECTORS.has(w))) return null;
    const joined = name.join(' ');
    if (COUNTRY_SET.has(joined)) return joined;
    if (name.length >= 2) return joined;
    const single = name[0]!;
    if (surnames.has(single)) return surnames.get(single)!;
    if (looksLikeDemonym(single) || /^\p{Lu}+$/u.test(single) && single.length > 3) return null;
    if (titled || !(sentenceStart && lead + from === 0)) return single;
    return capitalisedInside.has(single) && !lowercaseWords.has(single.toLowerCase()) ? single : null;
  };

  const lowercaseWords = new Set(text.match(/(?<![\p{L}])\p{Ll}+/gu) ?? []);
  // First pass: learn full personal names so that later surnames resolve to them.
  const runs = [...capitalisedRuns(text, 0, text.length)];
  for (const run of runs) if (!run.sentenceStart) for (const token of run.tokens) capitalisedInside.add(token.word.replace(/['’]s$/, ''));
  for (const run of runs) {
    const name = classify(run.tokens, run.sentenceStart);
    const parts = name?.split(' ') ?? [];
    if (name && parts.length >= 2 && !parts.some((p) => ORGANISATION_SET.has(p)) && !COUNTRY_SET.has(name)) {
      surnames.set(parts[parts.length - 1]!, name);
    }
  }

  return {
    actorsIn(start, end) {
      const found: string[] = [];
      for (const run of capitalisedRuns(text, start, end)) {
        const name = classify(run.tokens, run.sentenceStart);
        if (name && !excluded.has(name.toLowerCase()) && !found.includes(name)) found.push(name);
      }
      return found;
    },
  };
}

// Runs of capitalised words, joined by "of"/"the"/"for" inside names ("Ministry of Foreign Affairs of Russia").
function* capitalisedRuns(text: string, start: number, end: number): Generator<{ tokens: Token[]; sentenceStart: boolean }> {
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
    const breaksRun = previousClosedSentence || /[,;:()"“”!?]|\.\s|\n/.test(gap);
    if (breaksRun) yield* flush();
    // After a colon or dash a list item starts: "9 August 2020: Presidential election", "Aug. 10 – Police use …".
    const startsSentence = sentenceStart || previousClosedSentence || /[.!?]["”’)]*\s+$|\n|^\s*["“]|[:–—]\s+$/.test(gap);
    // "The European Union on Monday adopted": a day or month after "on" or "in" is a date, not a name's end.
    if (pending.length && CALENDAR_WORDS.has(word.toLowerCase())) yield* flush();
    if (isCapitalised(word)) {
      if (!run.length) runAtSentenceStart = startsSentence;
      run.push(...pending, { word, start: start + match.index });
      pending = [];
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
