import { describe, expect, it } from 'vitest';
import { scanWordAt, startKind, startKindAt, type ScannedWord } from './startWords';

describe('startKind', () => {
  it('reads a start word in lower case, capitalised or in capitals, and no other mix', () => {
    expect(['march', 'March', 'MARCH'].map(startKind)).toEqual(['yes', 'yes', 'yes']);
    expect(['mArch', 'MArch', 'marcH'].map(startKind)).toEqual(['no', 'no', 'no']);
  });

  it('tells leading words apart from words that start an expression by themselves', () => {
    expect(['the', 'The', 'THE', 'last', 'Friday', 'Q3', '1998', "'90s", '’90s'].map(startKind)).toEqual(['leading', 'leading', 'leading', 'leading', 'yes', 'yes', 'yes', 'yes', 'yes']);
  });

  it('does not take a word for the start word it begins with, or for a word with letters beyond a–z', () => {
    expect(['Marching', 'th', 'Fridayish', 'café', 'yearʼs', 'Decémber'].map(startKind)).toEqual(['no', 'no', 'no', 'no', 'no', 'no']);
  });

  it('reads the word where it stands in a text', () => {
    const text = 'Sales rose in March.';
    expect(startKindAt(text, 11, 13)).toBe('leading');
    expect(startKindAt(text, 14, 19)).toBe('yes');
    expect(startKindAt(text, 0, 5)).toBe('no');
  });
});

describe('scanWordAt', () => {
  it('reads where each word ends and its kind, as startKindAt tells it', () => {
    const text = "On Friday, the mArch of café owners' '90s 1998 MARCH Decémber q3 Q3x the";
    const word: ScannedWord = { end: 0, kind: 'no' };
    for (const match of text.matchAll(/['’]?[\p{L}\p{N}\p{M}]+/gu)) {
      scanWordAt(text, match.index, word);
      expect(word, match[0]).toEqual({ end: match.index + match[0].length, kind: startKindAt(text, match.index, match.index + match[0].length) });
    }
  });
});
