import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../shared/src/index';
import { toArticleParagraphs } from './toArticleParagraphs';

const text = 'Intro line.\n\nOn 15 November, they met. Later, on 17 November, they spoke again. End.';

function eventAt(id: string, quote: string, dateText: string): TimelineEvent {
  const quoteStart = text.indexOf(quote);
  const dateStart = text.indexOf(dateText, quoteStart);
  return {
    id,
    start: '2021-11-15',
    quote,
    quoteStart,
    quoteEnd: quoteStart + quote.length,
    dateText,
    dateStart,
    dateEnd: dateStart + dateText.length,
    title: id,
    actors: [],
  };
}

describe('toArticleParagraphs', () => {
  it('splits the text on line breaks and drops blank paragraphs', () => {
    const paragraphs = toArticleParagraphs(text, []);
    expect(paragraphs.map((paragraph) => paragraph.start)).toEqual([0, 13]);
    expect(paragraphs[1]?.pieces).toEqual([{ kind: 'text', start: 13, text: text.slice(13) }]);
  });

  it('cuts a quote out of its paragraph and marks the date expression in it', () => {
    const met = eventAt('met', 'On 15 November, they met.', '15 November');
    const [, paragraph] = toArticleParagraphs(text, [met]);
    expect(paragraph?.pieces).toEqual([
      {
        kind: 'quote',
        start: 13,
        eventIds: ['met'],
        runs: [
          { text: 'On ', isDate: false },
          { text: '15 November', isDate: true },
          { text: ', they met.', isDate: false },
        ],
      },
      { kind: 'text', start: 38, text: ' Later, on 17 November, they spoke again. End.' },
    ]);
  });

  it('gives two events of one sentence a single quote that lists both, in text order', () => {
    const sentence = 'Later, on 17 November, they spoke again.';
    const second = eventAt('second', sentence, '17 November');
    const first = { ...eventAt('first', sentence, 'Later'), dateStart: text.indexOf('Later'), dateEnd: text.indexOf('Later') + 5 };
    const [, paragraph] = toArticleParagraphs(text, [second, first]);
    const quotes = paragraph?.pieces.filter((piece) => piece.kind === 'quote');
    expect(quotes).toHaveLength(1);
    expect(quotes?.[0]).toMatchObject({ eventIds: ['first', 'second'] });
  });

  it('keeps every character of the text, in order', () => {
    const events = [eventAt('met', 'On 15 November, they met.', '15 November')];
    const rebuilt = toArticleParagraphs(text, events)
      .map((paragraph) =>
        paragraph.pieces
          .map((piece) => (piece.kind === 'text' ? piece.text : piece.runs.map((run) => run.text).join('')))
          .join(''),
      )
      .join('\n');
    expect(rebuilt).toBe('Intro line.\nOn 15 November, they met. Later, on 17 November, they spoke again. End.');
  });

  it('ignores quotes whose offsets fall outside the text', () => {
    const broken = { ...eventAt('met', 'On 15 November, they met.', '15 November'), quoteEnd: 999 };
    expect(toArticleParagraphs(text, [broken])[1]?.pieces).toHaveLength(1);
  });
});
