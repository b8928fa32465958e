import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, PIECE, splitLongSentences } from './splitLongSentences';

const whole = (text: string) => [{ start: 0, end: text.length }];
const slices = (text: string) => splitLongSentences(text, whole(text)).map(({ start, end }) => text.slice(start, end));

describe('splitLongSentences', () => {
  it('leaves sentences of ordinary length whole', () => {
    const text = `${'word '.repeat(MAX_SENTENCE / 5 - 1)}end.`;
    expect(slices(text)).toEqual([text]);
  });

  it('cuts a sentence that never ends into pieces of whole words, losing no word', () => {
    const text = Array.from({ length: 500 }, (_, i) => `w${i}`).join(' ');
    const pieces = slices(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(PIECE);
      expect(piece).toMatch(/^w\d+(?: w\d+)*$/);
    }
    expect(pieces.join(' ')).toBe(text);
  });

  it('cuts a line without spaces between characters, never inside an emoji', () => {
    const text = '👍'.repeat(1000);
    const pieces = slices(text);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) expect(piece).toMatch(/^(?:👍)+$/u);
  });
});
