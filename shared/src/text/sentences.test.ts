import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends sentences at full stops before a capital', () => {
    expect(sentences('It rained. Then it stopped.')).toEqual(['It rained.', 'Then it stopped.']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(sentences('“We are aware,” Putin said. “But Russia will.” He left.')).toEqual(['“We are aware,” Putin said.', '“But Russia will.”', 'He left.']);
  });

  it('does not end a sentence after a title, an initial or a month abbreviation', () => {
    expect(sentences('Mr. Smith met J. Doe on Nov. 18 in Minsk. Then talks.')).toEqual(['Mr. Smith met J. Doe on Nov. 18 in Minsk.', 'Then talks.']);
  });

  it('does not end a sentence inside a decimal number', () => {
    expect(sentences('He won 80.1% of the vote. Protests followed.')).toEqual(['He won 80.1% of the vote.', 'Protests followed.']);
  });

  it('ends a sentence at every line break', () => {
    expect(sentences('A headline without stop\nA paragraph.')).toEqual(['A headline without stop', 'A paragraph.']);
  });

  it('keeps a dateline with the lead sentence', () => {
    expect(sentences('MINSK, Nov 18 - PrimePress. Putin has called for a dialogue. He spoke.')).toEqual([
      'MINSK, Nov 18 - PrimePress. Putin has called for a dialogue.',
      'He spoke.',
    ]);
  });

  it('gives offsets whose slices are the sentences, with no surrounding space', () => {
    const text = '  One.   Two!  \n Three? ';
    for (const span of splitSentences(text)) expect(text.slice(span.start, span.end)).toBe(text.slice(span.start, span.end).trim());
    expect(sentences(text)).toEqual(['One.', 'Two!', 'Three?']);
  });
});
