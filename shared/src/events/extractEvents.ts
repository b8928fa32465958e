// One event per dated statement: the date mentions of each sentence, with the sentence as the quote.
import type { Article, TimelineEvent, Timex } from '../types';
import { tagTimexes } from '../tagTimexes';
import { splitSentences } from '../text/sentences';
import { createActorFinder } from './actors';
import { createDatesOnlyTest } from './datesOnly';
import { findDateMentions, type DateMention } from './dateMentions';
import { createEventIds } from './eventId';
import { eventTitle } from './eventTitle';
import { splitLongSentences } from './splitLongSentences';

/** `timexes`: the article's, tagged against its publication date, when the caller has them already. */
export function extractEvents(article: Article, timexes: readonly Timex[] = tagTimexes(article.text, { dct: article.publicationDate })): TimelineEvent[] {
  const { text } = article;
  const mentions = findDateMentions(text, timexes, article.publicationDate);
  const sentences = splitLongSentences(text, splitSentences(text));
  const actors = createActorFinder(text, { exclude: article.source ? [article.source] : [] });
  const events: TimelineEvent[] = [];
  const nextId = createEventIds();
  // A date's actors are those of its own clause of the sentence ("…; journalist Roman Protasevich arrested"):
  // the sentence's dates are the mentions next to the i-th that lie in it, found by walking out from it.
  const actorsOf = (sentence: { start: number; end: number }, i: number) => {
    const inIt = (m: DateMention | undefined) => !!m && m.textStart >= sentence.start && m.textEnd <= sentence.end;
    let first = i;
    while (inIt(mentions[first - 1])) first--;
    let last = i;
    while (inIt(mentions[last + 1])) last++;
    const dates = mentions.slice(first, last + 1).map((m) => ({ start: m.textStart, end: m.textEnd }));
    return actors.actorsIn(sentence.start, sentence.end, { date: dates[i - first]!, dates });
  };
  const datesOnly = createDatesOnlyTest(text, timexes);
  let sentenceIndex = 0;
  mentions.forEach((mention, i) => {
    while (sentenceIndex < sentences.length - 1 && sentences[sentenceIndex]!.end <= mention.textStart) sentenceIndex++;
    const first = sentences[sentenceIndex];
    if (!first || first.start > mention.textStart) return;
    // A date may run on past its sentence ("May\n1500" across a paragraph break): the quote then
    // takes in the sentences it reaches, so the date always lies inside its quote.
    let lastIndex = sentenceIndex;
    while (lastIndex < sentences.length - 1 && sentences[lastIndex]!.end < mention.textEnd) lastIndex++;
    const sentence = { start: first.start, end: Math.max(sentences[lastIndex]!.end, mention.textEnd) };
    if (datesOnly(sentence)) return;
    const quote = text.slice(sentence.start, sentence.end);
    const dateText = text.slice(mention.textStart, mention.textEnd);
    // Mentions are in text order and disjoint: another one in this sentence is a neighbour of this one.
    const inSentence = (m: DateMention | undefined) => !!m && m.textStart >= sentence.start && m.textEnd <= sentence.end;
    const sharedSentence = inSentence(mentions[i - 1]) || inSentence(mentions[i + 1]);
    // "Five days later, on May 23, a flight was forced down": one event, told by the date that names the day.
    const next = mentions[i + 1];
    if (next && inSentence(next) && next.start === mention.start && next.end === mention.end && !!next.open === !!mention.open) return;
    events.push({
      id: nextId(mention.start, quote, dateText),
      start: mention.start,
      ...(mention.end ? { end: mention.end } : {}),
      ...(mention.open ? { open: true } : {}),
      quote,
      quoteStart: sentence.start,
      quoteEnd: sentence.end,
      dateText,
      dateStart: mention.textStart,
      dateEnd: mention.textEnd,
      title: eventTitle({ sentence: quote, dateStart: mention.textStart - sentence.start, dateEnd: mention.textEnd - sentence.start, sharedSentence }),
      actors: actorsOf(sentence, i),
    });
  });
  return events;
}
