import { describe, expect, it } from 'vitest';
import { isCapitalised, lower } from './patterns';

describe('lower', () => {
  it('spells a matched word as the vocabulary tables do', () => {
    expect(lower('March')).toBe('march');
    expect(lower('Sept.')).toBe('sept');
    expect(lower('NEW  YEAR’S\nDay')).toBe('new year’s day');
    expect(lower(undefined)).toBe('');
  });

  it('spells a word alike the second time, from what it read the first', () => {
    expect([lower('Sept.'), lower('Sept.'), lower('NEW  YEAR’S\nDay'), lower('NEW  YEAR’S\nDay')]).toEqual(['sept', 'sept', 'new year’s day', 'new year’s day']);
  });

  it('reads any number of different words, past what it keeps', () => {
    const words = Array.from({ length: 12_000 }, (_, i) => `Word${i}.`);
    expect(words.map(lower).every((word, i) => word === `word${i}`)).toBe(true);
    expect(lower('Word11999.')).toBe('word11999');
  });
});

describe('isCapitalised', () => {
  it('tells a capital first letter, in ASCII and beyond', () => {
    expect(['May', 'may', 'Élysée', 'élysée', '1998', ''].map(isCapitalised)).toEqual([true, false, true, false, false, false]);
    expect(isCapitalised(undefined)).toBe(false);
  });
});
