import { describe, expect, it } from 'vitest';
import { isByline } from './byline';

describe('isByline', () => {
  it('takes a byline with its place, dates and separators', () => {
    expect(isByline('By Anna Petrova in Vilnius · Mon 6 Sep 2021 14.05 BST · Last modified on Mon 6 Sep 2021 16.30 BST')).toBe(true);
    expect(isByline('By Jane Doe and Jon Lee | Reuters')).toBe(true);
    expect(isByline('By Katya Sorokina')).toBe(true);
    expect(isByline('By Daniel Kerr, Europe correspondent')).toBe(true);
    expect(isByline('By Rūta Jankauskienė, Vilnius')).toBe(true);
  });

  it('does not take a sentence that opens with "By"', () => {
    expect(isByline('By Monday, protests had spread to twenty cities.')).toBe(false);
    expect(isByline('By the end of August, 7,000 people had been detained.')).toBe(false);
    expect(isByline('By August 2021 Lukashenko had jailed most of his rivals.')).toBe(false);
    expect(isByline('By Friday Lukashenko had left Minsk.')).toBe(false);
  });
});
