// A short headline for an event, cut from its sentence: the clause that holds the date, without
// the dateline, the date phrase that opens it ("On 15 November,") or a trailing relative clause.

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
  let text = sentence;
  let offset = 0;
  const dateline = DATELINE_PREFIX.exec(text);
  if (dateline && dateline[0].length < text.length) {
    offset = dateline[0].length;
    text = text.slice(offset);
  }
  // The dateline's own date ("Aug 3 (Reuters) -") has no clause after the dateline: the lead is its title.
  if (sharedSentence && dateStart >= offset) ({ text, offset } = clauseAround(text, offset, dateStart, dateEnd));
  text = dropOpeningPhrases(text, Math.max(0, dateStart - offset), Math.max(0, dateEnd - offset));
  // An aside between commas ("stated that, due to sanctions, he…") is not the news.
  text = text.replace(/(\b(?:that|and|but))?,\s+(?:due to|because of|according to|among other things|in turn|however|in particular|for example|of course)\b[^,]{0,80},\s+/gi, (_m, word: string | undefined) => (word ? `${word} ` : ' '));
  const relative = RELATIVE_CLAUSE.exec(text);
  if (relative && text.slice(0, relative.index).split(/\s+/).length >= 4) text = text.slice(0, relative.index);
  // A title is one line, even when its quote runs across a line break.
  return shorten(capitalise(text.replace(/\s+/g, ' ').replace(/^["“'‘\s]+|["”'’\s.,;:!?]+$/g, '')));
}

// The comma-separated clause holding the date, joined to the next one when it holds nothing but the date.
function clauseAround(text: string, offset: number, dateStart: number, dateEnd: number): { text: string; offset: number } {
  const bounds = [0];
  for (const match of text.matchAll(/[,;]\s+/g)) bounds.push(match.index + match[0].length);
  bounds.push(text.length + 2);
  const local = dateStart - offset;
  const index = bounds.findIndex((b, i) => local >= b && local < (bounds[i + 1] ?? Infinity));
  let from = bounds[index] ?? 0;
  let to = (bounds[index + 1] ?? text.length) - 2;
  const rest = text.slice(from, to).replace(text.slice(local, dateEnd - offset), '').trim();
  if (rest.split(/\s+/).length <= 2 && index + 2 < bounds.length) to = (bounds[index + 2] ?? text.length) - 2;
  from = Math.max(0, from);
  return { text: text.slice(from, Math.max(from, to)), offset: offset + from };
}

// "As previously reported, ", "In July 2021, ", "For several months, " and "On 15 November " open sentences without saying what happened.
function dropOpeningPhrases(text: string, dateStart: number, dateEnd: number): string {
  let result = text;
  for (;;) {
    const comma = /^([^,]{1,60}),\s+/.exec(result);
    const consumed = text.length - result.length;
    const holdsDate = comma && consumed <= dateStart && consumed + comma[1]!.length >= dateEnd && comma[1]!.length - (dateEnd - dateStart) <= 12;
    // A leading prepositional phrase ("At a session of the council, ministers agreed") sets the scene, not the event.
    const scene = comma && /^(?:at|in|on|during|after|before|following|amid|under|with)\s/i.test(comma[1]!) && result.length - comma[0].length > 40;
    if (comma && (holdsDate || scene || comma[1]!.split(/\s+/).length <= 3)) {
      result = result.slice(comma[0].length);
      continue;
    }
    const opener = /^(?:on|in|at|by|since|from|during)\s+/i.exec(result);
    if (opener && consumed + opener[0].length === dateStart && dateEnd - consumed < result.length - 12) {
      result = result.slice(dateEnd - consumed).replace(/^[\s,]+/, '');
      continue;
    }
    return result;
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function shorten(text: string): string {
  if (text.length <= MAX_TITLE) return text;
  const cut = text.lastIndexOf(' ', MAX_TITLE - 1);
  return `${text.slice(0, cut > 40 ? cut : MAX_TITLE - 1).replace(/[\s,;:]+$/, '')}…`;
}
