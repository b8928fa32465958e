// One event per dated statement: the date mentions of each sentence, with the sentence as the quote.
import type { Article, TimelineEvent } from '../types';
import { tagTimexes } from '../tagTimexes';
import { splitSentences } from '../text/sentences';
import { createActorFinder } from './actors';
import { findDateMentions } from './dateMentions';
import { eventId } from './eventId';
import { eventTitle } from './eventTitle';

export function extractEvents(article: Article): TimelineEvent[] {
  const { text } = article;
  const timexes = tagTimexes(text, { dct: article.publicationDate });
  const mentions = findDateMentions(text, timexes);
  const sentences = splitSentences(text);
  const actors = createActorFinder(text, { exclude: article.source ? [article.source] : [] });
  const events: TimelineEvent[] = [];
  const ids = new Set<string>();
  let sentenceIndex = 0;
  for (const mention of mentions) {
    while (sentenceIndex < sentences.length - 1 && sentences[sentenceIndex]!.end <= mention.textStart) sentenceIndex++;
    const first = sentences[sentenceIndex];
    if (!first || first.start > mention.textStart) continue;
    // A date may run on past its sentence ("May\n1500" across a paragraph break): the quote then
    // takes in the sentences it reaches, so the date always lies inside its quote.
    let lastIndex = sentenceIndex;
    while (lastIndex < sentences.length - 1 && sentences[lastIndex]!.end < mention.textEnd) lastIndex++;
    const sentence = { start: first.start, end: Math.max(sentences[lastIndex]!.end, mention.textEnd) };
    const quote = text.slice(sentence.start, sentence.end);
    const dateText = text.slice(mention.textStart, mention.textEnd);
    const sharedSentence = mentions.some((m) => m !== mention && m.textStart >= sentence.start && m.textEnd <= sentence.end);
    const id = eventId(mention.start, quote, dateText, ids);
    ids.add(id);
    events.push({
      id,
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
      actors: actors.actorsIn(sentence.start, sentence.end),
    });
  }
  return events;
}
