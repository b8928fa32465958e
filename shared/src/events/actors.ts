// Finds the people, organisations and countries a sentence names. A light, rule-based reader of
// capitalised names: country and acronym tables, organisation words, titles before a person's
// name, and the article's own full names ("Putin" after "Vladimir Putin" is Vladimir Putin).
import { COUNTRIES, COUNTRY_ALIASES } from '../lexicon/en/countries';
import { FUNCTION_WORDS, GENERIC_NAME_NOUNS, NAME_ADJECTIVES, NON_NAME_ACRONYMS, OTHER_NON_NAMES, WEATHER_SYSTEMS } from '../lexicon/en/commonCapitalised';
import { HOLIDAYS } from '../lexicon/en/holidays';
import { alternation } from '../recognise/patterns';
import { PLACE_PREPOSITIONS } from '../lexicon/en/nameParts';
import { clauseScope, type Span } from './clauseScope';
import { capitalisedRuns, JOINING_WORDS, PARTICLES, type Token } from './capitalisedRuns';
import { NEWS_AGENCIES, ORGANISATION_ACRONYMS, ORGANISATION_WORDS, PERSON_ROLES, PERSON_TITLES } from '../lexicon/en/organisations';

const COUNTRY_SET = new Set<string>(COUNTRIES);
const FUNCTION_SET = new Set<string>(FUNCTION_WORDS);
const ADJECTIVE_SET = new Set<string>(NAME_ADJECTIVES);
const NON_NAME_SET = new Set<string>([...FUNCTION_WORDS, ...NAME_ADJECTIVES, ...OTHER_NON_NAMES, ...NON_NAME_ACRONYMS]);
const GENERIC_SET = new Set<string>(GENERIC_NAME_NOUNS);
const WEATHER_SET = new Set<string>(WEATHER_SYSTEMS);
// "the storm, named Boris by German forecasters": the name after it is the weather's.
const NAMED_WEATHER = new RegExp(`\\b(?:${alternation(WEATHER_SYSTEMS)})\\s*,?\\s+(?:(?:named|called|dubbed|christened)\\s+)?$`, 'i');
const ORGANISATION_SET = new Set<string>(ORGANISATION_WORDS);
const TITLE_SET = new Set<string>([...PERSON_TITLES, ...PERSON_ROLES]);

// A capitalised word alone after "in", "from", "between" …: not followed by another name word or a possessive.
const PLACE_ALONE = new RegExp(`\\b(?:${alternation(PLACE_PREPOSITIONS)})\\s+(?<place>\\p{Lu}[\\p{L}-]*)(?![\\p{L}'’-]|\\s+\\p{Lu})`, 'gu');
const HOLIDAYS_SET = new Set(Object.keys(HOLIDAYS));
const looksLikeDemonym = (word: string) => ADJECTIVE_SET.has(word) || /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish)$/u.test(word);

/** The names of an article, learned once, then asked sentence by sentence. */
export interface ActorFinder {
  /** With `focus`, only the names of the clause that tells the event of `focus.date` (`dates`: all the sentence's dates). */
  actorsIn(start: number, end: number, focus?: { date: Span; dates: readonly Span[] }): string[];
}

export function createActorFinder(text: string, options: { exclude?: string[] } = {}): ActorFinder {
  const excluded = new Set([...(options.exclude ?? []), ...NEWS_AGENCIES].map((name) => name.toLowerCase()));
  const acronyms = new Map(Object.entries(ORGANISATION_ACRONYMS));
  // "European Union (EU)" defines EU for this article. At most eight words: an unbounded run
  // backtracked over every capitalised word that follows, quadratic in "May May May …".
  for (const match of text.matchAll(/(\p{Lu}[\p{L}-]*(?:\s+(?:of\s+|the\s+|for\s+)?\p{Lu}[\p{L}-]*){1,8})\s+\((\p{Lu}{2,6})\)/gu)) {
    acronyms.set(match[2]!, match[1]!.trim());
  }
  // Full names by their surname ("Putin") and by their surname with its particles, lowercase ("von der leyen").
  const surnames = new Map<string, string>();
  // Words seen capitalised inside a sentence: a lone capitalised word opening a sentence is a name only if it is one of them.
  const capitalisedInside = new Set<string>();
  const classify = (run: Token[], sentenceStart: boolean): string | null => {
    // A possessive ends a name ("Lukashenko's"); inside one it is part of it ("People's Assembly").
    const all = run.map((t, i) => (i === run.length - 1 ? t.word.replace(/['’]s$/, '') : t.word));
    let lead = 0;
    while (lead < all.length - 1 && FUNCTION_SET.has(all[lead]!)) lead++;
    const words = all.slice(lead);
    const whole = words.join(' ');
    if (WEATHER_SET.has(words[0]!.toLowerCase()) || NAMED_WEATHER.test(text.slice(Math.max(0, run[0]!.start - 40), run[0]!.start))) return null;
    if (HOLIDAYS_SET.has(whole.toLowerCase()) || (words.length === 1 && GENERIC_SET.has(whole))) return null;
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
    if (name.length === 0 || name.some((w) => JOINING_WORDS.has(w))) return null;
    const joined = name.join(' ');
    if (COUNTRY_SET.has(joined)) return joined;
    if (name.length >= 2) return surnames.get(joined.toLowerCase()) ?? joined;
    const single = name[0]!;
    // A letter is a name alone ("wrote on X") but not after a word such as "Series" ("Series B", a funding round).
    if (GENERIC_SET.has(single) || (single.length === 1 && lead + from > 0)) return null;
    if (surnames.has(single)) return surnames.get(single)!;
    if (looksLikeDemonym(single) || /^\p{Lu}+$/u.test(single) && single.length > 3 && !capsNames.has(single)) return null;
    if (titled || !(sentenceStart && lead + from === 0)) return single;
    return capitalisedInside.has(single) && !lowercaseWords.has(single.toLowerCase()) ? single : null;
  };

  const lowercaseWords = new Set(text.match(/(?<![\p{L}])\p{Ll}+/gu) ?? []);
  // A word of capitals written twice and never otherwise is a name ("IIHF", "BATE"); "MINSK" in a dateline and
  // "CHRONOLOGY" in a heading are not.
  const capsCounts = new Map<string, number>();
  const otherCase = new Set<string>();
  for (const [word] of text.matchAll(/(?<![\p{L}\p{N}])\p{L}{4,}(?![\p{L}\p{N}])/gu)) {
    if (/^\p{Lu}+$/u.test(word)) capsCounts.set(word, (capsCounts.get(word) ?? 0) + 1);
    else otherCase.add(word.toUpperCase());
  }
  const capsNames = new Set([...capsCounts].filter(([word, n]) => n >= 2 && !otherCase.has(word)).map(([word]) => word));
  // First pass: learn full personal names so that later surnames resolve to them.
  const runs = [...capitalisedRuns(text, 0, text.length)];
  for (const run of runs) if (!run.sentenceStart) for (const token of run.tokens) capitalisedInside.add(token.word.replace(/['’]s$/, ''));
  // Words that stand alone as places ("between Minsk and Riga") are no one's surname: "Dinamo Minsk" is a club, not a Mr Minsk.
  const places = new Set([...text.matchAll(PLACE_ALONE)].map((m) => m.groups!.place!));
  for (const run of runs) {
    const name = classify(run.tokens, run.sentenceStart);
    const parts = name?.split(' ') ?? [];
    if (name && parts.length >= 2 && !places.has(parts[parts.length - 1]!) && !parts.some((p) => ORGANISATION_SET.has(p)) && !COUNTRY_SET.has(name)) {
      // "Leyen" and "von der Leyen" both name Ursula von der Leyen.
      const particle = parts.findIndex((p, i) => i > 0 && PARTICLES.has(p));
      surnames.set(parts[parts.length - 1]!, name);
      if (particle > 0) surnames.set(parts.slice(particle).join(' ').toLowerCase(), name);
    }
  }

  return {
    actorsIn(start, end, focus) {
      const named: Array<{ name: string; at: number }> = [];
      for (const run of capitalisedRuns(text, start, end)) {
        const name = classify(run.tokens, run.sentenceStart);
        if (name && !excluded.has(name.toLowerCase())) named.push({ name, at: run.tokens[0]!.start });
      }
      let kept = named;
      if (focus && focus.date.start >= start && focus.date.end <= end) {
        const { clause, ranges, antecedent } = clauseScope(text, start, end, focus.date, focus.dates);
        const inside = (span: Span) => (n: { at: number }) => n.at >= span.start && n.at < span.end;
        const about = antecedent ? named.filter(inside(antecedent)) : [];
        // A relative clause after a common noun ("The round, which closed on February 28, brings NordPay's …") tells the clause's event.
        const scope = antecedent && !about.length ? [clause] : ranges;
        kept = [...about, ...named.filter((n) => scope.some((r) => inside(r)(n)))];
      }
      return [...new Set(kept.map((n) => n.name))];
    },
  };
}
