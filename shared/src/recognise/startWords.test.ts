import { describe, expect, it } from 'vitest';
import { startKind, startKindAt } from './startWords';

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
