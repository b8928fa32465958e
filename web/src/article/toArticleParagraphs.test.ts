import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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

describe('toArticleParagraphs on many articles', () => {
  it('keeps every paragraph whole and marks exactly the dates, whatever the quotes span', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', ' ', '.', '\n'), maxLength: 40 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { maxLength: 12 }),
        (lines, spans) => {
          const manyText = lines.join('\n');
          const length = manyText.length;
          const events = spans.map(([a, b, c, d], index): TimelineEvent => {
            const [quoteStart, quoteEnd] = [a % (length + 1), b % (length + 1)].sort((x, y) => x - y) as [number, number];
            const [dateStart, dateEnd] = [c % (length + 1), d % (length + 1)].sort((x, y) => x - y) as [number, number];
            return { ...eventAt(`e${index}`, '', ''), quoteStart, quoteEnd, dateStart, dateEnd };
          });
          const quoted = (offset: number) => events.some((event) => offset >= event.quoteStart && offset < event.quoteEnd);
          const dated = (offset: number) =>
            events.some(
              (event) =>
                event.quoteStart < event.quoteEnd &&
                offset >= event.dateStart &&
                offset < event.dateEnd &&
                offset >= event.quoteStart &&
                offset < event.quoteEnd,
            );
          for (const paragraph of toArticleParagraphs(manyText, events)) {
            let offset = paragraph.start;
            for (const piece of paragraph.pieces) {
              expect(piece.start).toBe(offset);
              const runs = piece.kind === 'text' ? [{ text: piece.text, isDate: false }] : piece.runs;
              for (const run of runs) {
                expect(run.text).toBe(manyText.slice(offset, offset + run.text.length));
                for (let at = offset; at < offset + run.text.length; at += 1) {
                  expect(piece.kind === 'quote').toBe(quoted(at));
                  // Inside a quote, its events' dates are marked; nothing else anywhere is.
                  if (piece.kind === 'quote' && dated(at)) expect(run.isDate).toBe(true);
                  if (run.isDate) expect(events.some((event) => at >= event.dateStart && at < event.dateEnd)).toBe(true);
                }
                offset += run.text.length;
              }
            }
            expect(manyText[offset] ?? '\n').toBe('\n');
          }
        },
      ),
    );
  });
});
