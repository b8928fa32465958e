import { describe, expect, it } from 'vitest';
import { followsPastPerfect } from './pastPerfect';

const atDate = (text: string, date: string) => followsPastPerfect(text, text.indexOf(date));

describe('followsPastPerfect', () => {
  it('finds the "had" and participle of a past perfect before a date in its sentence', () => {
    expect(atDate('Forces that had invaded Burma in late 1943 besieged it.', 'late 1943')).toBe(true);
    expect(atDate('On the last occasion that the Estates had met, in 1614, each held one vote.', '1614')).toBe(true);
  });

  it('finds none in a simple past, after "had to" or "had no", nor in the sentence before', () => {
    expect(atDate('Forces invaded Burma in late 1943.', 'late 1943')).toBe(false);
    expect(atDate('They had to leave Burma in late 1943.', 'late 1943')).toBe(false);
    expect(atDate('They had no choice in 1943.', '1943')).toBe(false);
    expect(atDate('The town had fallen. In 1943 the army left.', '1943')).toBe(false);
  });
});
