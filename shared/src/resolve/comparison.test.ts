import { describe, expect, it } from 'vitest';
import { isComparedWith, isFigureComparedWith } from './comparison';

const atDate = (text: string, date: string) => isComparedWith(text, text.indexOf(date));

describe('isComparedWith', () => {
  it('finds a date a figure is compared with a few words after the word that compares', () => {
    expect(atDate('It was calm compared to the carnage of November.', 'November')).toBe(true);
    expect(atDate('Deaths fell, from a high of 300 in summer 2007.', 'summer 2007')).toBe(true);
    expect(atDate('Sales rose, up from $3 million in March.', 'March')).toBe(true);
    expect(atDate('Volume was 168.2 million shares, up from 151.8 million Tuesday.', 'Tuesday')).toBe(true);
  });

  it('finds none past a full stop, or with no comparing word', () => {
    expect(atDate('It was calm compared to before. In November it rose.', 'November')).toBe(false);
    expect(atDate('Attacks rose in November.', 'November')).toBe(false);
  });

  it('finds a date a news figure is compared with only after a figure or "compared with", not after a phrasal verb', () => {
    const at = (text: string, date: string) => isFigureComparedWith(text, text.indexOf(date));
    expect(at('The forecast fell to 2 percent, down from 2.3 percent in June.', 'June')).toBe(true);
    expect(at('Troops fell to 4,000, down from a peak of nearly 26,000 in January.', 'January')).toBe(true);
    expect(at('The plants will shut down from Thanksgiving until Dec. 3.', 'Thanksgiving')).toBe(false);
    expect(at('Production will wind down from May to July.', 'May')).toBe(false);
    // Nor after a comma that closes the comparison (a number's comma does not): the main verb's date.
    expect(at('It will pay a dividend of 8 cents, up from 5 cents, on May 15.', 'May')).toBe(false);
    expect(at('Sales reached 4,100, up from 3,250 in May.', 'May')).toBe(true);
    // And a figure left as it was: "unchanged from its April forecast".
    expect(at('It expects demand to grow 7%, unchanged from its April forecast.', 'April')).toBe(true);
  });
});
