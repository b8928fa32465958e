import { describe, expect, it } from 'vitest';
import { isCapitalised, lower } from './patterns';

describe('lower', () => {
  it('spells a matched word as the vocabulary tables do', () => {
    expect(lower('March')).toBe('march');
    expect(lower('Sept.')).toBe('sept');
    expect(lower('NEW  YEAR’S\nDay')).toBe('new year’s day');
    expect(lower(undefined)).toBe('');
  });
});

describe('isCapitalised', () => {
  it('tells a capital first letter, in ASCII and beyond', () => {
    expect(['May', 'may', 'Élysée', 'élysée', '1998', ''].map(isCapitalised)).toEqual([true, false, true, false, false, false]);
    expect(isCapitalised(undefined)).toBe(false);
  });
});
