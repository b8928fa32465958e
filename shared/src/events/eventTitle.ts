// A short headline for an event, cut from its sentence: the clause that holds the date, with the
// sentence's subject when the clause left it behind ("…, 39, was detained"), without the dateline,
// the date phrase that opens it ("On 15 November,"), asides or a trailing relative clause.

import { NOT_PAST_ED } from '../lexicon/en/tense';

const MAX_TITLE = 120;
// "MINSK, Nov 18 - PrimePress. ", and the wires' "VILNIUS, Aug 3 (Reuters) - ", "KYIV, Ukraine (AP) — ".
const DATELINE_PREFIX = /^[A-Z][A-Z .'’-]{1,40}(?:(?:,[^,.]{1,30})?,[^.]{1,30}?\s[-–—]\s?[^.]{0,40}\.\s+|(?:,[^,.()]{1,30}){0,2}\s*\([^()]{1,30}\)\s*[-–—]+\s*)/;
const RELATIVE_CLAUSE = /,\s+(?:which|who|whom|whose|where|when|in which|of which|as|after|while|although|but)\b/;

export interface TitleInput {
  /** The sentence. */
  sentence: string;
  /** Offsets of this event's date expression within the sentence. */
  dateStart: number;
  dateEnd: number;
  /** Whether the sentence carries other dated events, which then get clauses of their own. */
  sharedSentence: boolean;
}

export function eventTitle({ sentence, dateStart, dateEnd, sharedSentence }: TitleInput): string {
  const dateline = DATELINE_PREFIX.exec(sentence);
  const skipped = dateline && dateline[0].length < sentence.length ? dateline[0].length : 0;
  const body = sentence.slice(skipped);
  // The dateline's own date ("Aug 3 (Reuters) -") lies before the body: the lead is its title.
  const date = { start: Math.max(0, dateStart - skipped), end: Math.max(0, dateEnd - skipped) };
  const inBody = dateStart >= skipped;
  // A date in a relative clause ("Lukashenko, who has ruled since 1994, …") or in one joined by "and" or "but"
  // ("…, and his lawyers said on Tuesday …") is that clause's news.
  const clause = inBody && (sharedSentence || inClauseOfItsOwn(body, date.start)) ? clauseAround(body, date) : { from: 0, to: body.length };
  const { to } = clause;
  const from = afterOpeningPhrases(body, clause.from, to, date);
  let text = body.slice(from, to);
  // An aside between commas ("stated that, due to sanctions, he…") is not the news.
  text = text.replace(/(\b(?:that|and|but))?,\s+(?:due to|because of|according to|among other things|in turn|however|in particular|for example|of course)\b[^,]{0,80},\s+/gi, (_m, word: string | undefined) => (word ? `${word} ` : ' '));
  // So is a relative clause between commas that the sentence goes on after: "The EU, which …, condemned".
  text = text.replace(/,\s+(?:who|which)\s[^,]{0,120},\s+(?=\p{Ll})/gu, ' ');
  const relative = RELATIVE_CLAUSE.exec(text);
  const dateAfter = relative && text.slice(relative.index).includes(body.slice(date.start, date.end));
  if (relative && !dateAfter && text.slice(0, relative.index).split(/\s+/).length >= 4) text = text.slice(0, relative.index);
  text = withSubject(text, body.slice(0, from));
  // A title is one line, even when its quote runs across a line break; an interview's "Q:" and "A:" are not its words.
  return shorten(capitalise(text.replace(/\s+/g, ' ').replace(/^\s*[QA]\s*:\s+/, '').replace(/^["“'‘\s]+|["”'’\s.,;:!?]+$/g, '')));
}

interface Span {
  start: number;
  end: number;
}

/** The starts of the comma- or semicolon-separated clauses of `text`, and one past its end. */
function clauseBounds(text: string): number[] {
  const bounds = [0];
  for (const match of text.matchAll(/[,;]\s+/g)) bounds.push(match.index + match[0].length);
  bounds.push(text.length + 2);
  return bounds;
}

const RELATIVE_PRONOUN = /^(?:who|which)\s+/i;

function inClauseOfItsOwn(text: string, at: number): boolean {
  const bounds = clauseBounds(text);
  const index = bounds.findIndex((b, i) => at >= b && at < (bounds[i + 1] ?? Infinity));
  return index > 0 && /^(?:who|which|and|but)\s/i.test(text.slice(bounds[index]!));
}

// The comma-separated clause holding the date, joined to the next one when it holds nothing but the date;
// of two verbs joined by "and" ("met Macron on 12 July and will visit Berlin next week"), the one with the date.
function clauseAround(text: string, date: Span): { from: number; to: number } {
  const bounds = clauseBounds(text);
  const index = bounds.findIndex((b, i) => date.start >= b && date.start < (bounds[i + 1] ?? Infinity));
  let from = bounds[index] ?? 0;
  // A date's own comma ("February 1, 2022") ends no clause.
  let last = index + 1;
  while (last + 1 < bounds.length && bounds[last]! - 2 < date.end) last++;
  let to = (bounds[last] ?? text.length) - 2;
  const rest = `${text.slice(from, date.start)} ${text.slice(date.end, to)}`.trim();
  if (rest.split(/\s+/).length <= 2 && last + 1 < bounds.length) to = (bounds[last + 1] ?? text.length) - 2;
  to = Math.max(from, to);
  for (const join of text.slice(from, to).matchAll(VERB_JOIN)) {
    const at = from + join.index;
    if (!opensVerbPhrase(text.slice(at + join[0].length))) continue;
    if (at >= date.start) {
      to = at;
      break;
    }
    from = at + join[0].length;
  }
  from += LEADING_CONJUNCTION.exec(text.slice(from, to))?.[0].length ?? 0;
  // "…, which were handed over in 2022": "which" stands for the clause before, which is told with it.
  if (/^which\s/i.test(text.slice(from, to)) && index > 0) from = bounds[index - 1]!;
  return { from, to };
}

// Words that open a verb phrase, besides regular past forms: a clause opening with one has its subject elsewhere.
const VERB_OPENERS = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall',
  'did', 'does', 'remains', 'says', 'said', 'met', 'took', 'came', 'went', 'began', 'fled', 'left', 'held', 'made', 'won', 'lost',
  'led', 'told', 'sent', 'spoke', 'wrote', 'became', 'got', 'gave', 'ran', 'fell', 'rose', 'saw', 'struck', 'sought', 'flew',
]);
const NOT_VERBS = new Set<string>(NOT_PAST_ED);
const opensVerbPhrase = (clause: string) => {
  const word = /^\p{Ll}+/u.exec(clause)?.[0];
  return word !== undefined && (VERB_OPENERS.has(word) || (word.length > 4 && word.endsWith('ed') && !NOT_VERBS.has(word)));
};
// "and" or "but" between two clauses, the second told without its subject.
const VERB_JOIN = /\s+(?:and|but)\s+/g;
const LEADING_CONJUNCTION = /^(?:and|but|or|then)\s+/i;
// A first clause that sets a scene or says how, not who: "In Minsk", "However", "According to police".
const NOT_A_SUBJECT = /^(?:in|on|at|by|after|before|during|since|from|following|amid|under|with|when|while|as|if|although|though|however|meanwhile|according|despite|because|for|over|but|and|yet|still|also|then|now|today|so|earlier|later|last|this|next)\b/i;

/**
 * A clause told without its subject ("…, 39, was detained", "…, who fled to Lithuania") takes the
 * subject from the clauses before it.
 */
function withSubject(clause: string, before: string): string {
  const pronoun = RELATIVE_PRONOUN.exec(clause)?.[0] ?? '';
  if (!pronoun && !opensVerbPhrase(clause)) return clause;
  const subject = subjectOf(before, pronoun);
  return subject ? `${subject} ${clause.slice(pronoun.length)}` : clause;
}

/**
 * The subject a clause left behind, read back from the clauses before it:
 * - "who" stands for the name right before it ("his lawyer, Lyudmila Kazak, who was detained");
 * - past appositives ("Siarhei Tsikhanouski", "39", "lawyer Maxim Znak"), the noun phrase they follow:
 *   "Her husband", or "a protester" of "confirmed that a protester, Alexander Taraikovsky, had died";
 * - otherwise the subject of the first clause that sets no scene ("However", "In Minsk"): the clause
 *   itself, or of a whole clause ("Lukashenko denied the claims") the words before its verb.
 * A phrase of more than six words, or with a date, is no subject.
 */
function subjectOf(sentenceStart: string, pronoun: string): string | null {
  const text = sentenceStart.replace(/[\s,;]+$/, '');
  const bounds = clauseBounds(text);
  const clauses = bounds.slice(0, -1).map((b, i) => text.slice(b, bounds[i + 1]! - 2).trim());
  let last = clauses.length - 1;
  if (/^who/i.test(pronoun) && last >= 0 && NAME.test(clauses[last]!)) return clauses[last]!;
  let apposed = false;
  while (last > 0 && isAppositive(clauses[last]!)) {
    last--;
    apposed = true;
  }
  if (apposed) return shortPhrase(clauses[last]!.split(/\s+/).slice(lastVerbOrThat(clauses[last]!) + 1));
  const first = clauses.find((clause) => !NOT_A_SUBJECT.test(clause));
  if (!first) return null;
  const words = first.split(/\s+/);
  if (!/^(?:["“]?\p{Lu}|(?:the|a|an)$)/u.test(words[0]!)) return null;
  const verb = words.findIndex((word, i) => i > 0 && opensVerbPhrase(word));
  return shortPhrase(verb > 0 ? words.slice(0, verb) : words);
}

// "Lyudmila Kazak", "Siarhei Tsikhanouski": a capitalised name of up to four words.
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** A name, an age or a short title before a name ("lawyer Maxim Znak") set between commas beside a noun. */
function isAppositive(clause: string): boolean {
  if (/^\d{1,3}$/.test(clause) || NAME.test(clause)) return true;
  const words = clause.split(/\s+/);
  return words.length <= 5 && /^\p{Lu}/u.test(words.at(-1)!) && !RELATIVE_PRONOUN.test(clause) && !words.some((word) => opensVerbPhrase(word));
}

/** The index of the clause's last verb or "that": the noun phrase after it ends the clause. -1: none. */
function lastVerbOrThat(clause: string): number {
  const words = clause.split(/\s+/);
  for (let i = words.length - 1; i >= 0; i--) if (words[i] === 'that' || opensVerbPhrase(words[i]!)) return i;
  return -1;
}

const shortPhrase = (words: readonly string[]) => (words.length > 0 && words.length <= 6 && !words.some((word) => /\d/.test(word)) ? words.join(' ') : null);

// "the home secretary, " after a name: a short noun phrase closed by a comma, set beside the name.
const APPOSITION = /^(?:the|a|an|his|her|its|their)\s[^,.;]{1,40},\s/iu;

// "As previously reported, ", "In July 2021, ", "For several months, " and "On 15 November " open sentences
// without saying what happened: where text[from, to) starts after them.
function afterOpeningPhrases(text: string, from: number, to: number, date: Span): number {
  for (;;) {
    const rest = text.slice(from, to);
    // A date's own comma ("February 1, 2022,") ends no phrase: masked, every offset kept.
    const comma = /^([^,]{1,60}),\s+/.exec(withoutCommasIn(rest, date.start - from, date.end - from));
    const holdsDate = comma && from <= date.start && from + comma[1]!.length >= date.end && comma[1]!.length - (date.end - date.start) <= 12;
    // A leading prepositional phrase ("At a session of the council, ministers agreed") sets the scene, not the event.
    const scene = comma && /^(?:at|in|on|during|after|before|following|amid|under|with)\s/i.test(comma[1]!) && rest.length - comma[0].length > 40;
    // A few words before a comma are a lead-in ("As previously reported,"), or a subject that "who" or "which" follows.
    // A lower-case phrase is one only as a single word ("however"): "diplomats from Germany, Lithuania and Poland" is a list.
    const words = comma ? comma[1]!.split(/\s+/) : [];
    // Nor a name with its apposition after it: "Theresa May, the home secretary, will visit" keeps "Theresa May".
    const leadIn = comma && words.length <= 3 && (words.length === 1 || /^\p{Lu}/u.test(comma[1]!)) && !RELATIVE_PRONOUN.test(rest.slice(comma[0].length))
      && !(words.length >= 2 && words.every((word) => /^\p{Lu}/u.test(word)) && APPOSITION.test(rest.slice(comma[0].length)));
    if (comma && (holdsDate || scene || leadIn)) {
      from += comma[0].length;
      continue;
    }
    // A chronology's item: "9 August 2020: Presidential election", "Aug. 10 – Police use rubber bullets".
    const listed = from === date.start ? /^\s*[:–—-]\s+/.exec(text.slice(date.end, to)) : null;
    if (listed && to - date.end - listed[0].length > 12) {
      from = date.end + listed[0].length;
      continue;
    }
    const opener = /^(?:on|in|at|by|since|from|during)\s+/i.exec(rest);
    if (opener && from + opener[0].length === date.start && date.end - from < rest.length - 12) {
      from = date.end + (/^[\s,]*/.exec(text.slice(date.end))?.[0].length ?? 0);
      continue;
    }
    return from;
  }
}

function withoutCommasIn(text: string, start: number, end: number): string {
  const from = Math.max(0, start);
  return from >= end ? text : text.slice(0, from) + text.slice(from, end).replaceAll(',', ' ') + text.slice(end);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function shorten(text: string): string {
  if (text.length <= MAX_TITLE) return text;
  const cut = text.lastIndexOf(' ', MAX_TITLE - 1);
  return `${text.slice(0, cut > 40 ? cut : MAX_TITLE - 1).replace(/[\s,;:]+$/, '')}…`;
}
