import { describe, expect, it } from 'vitest';
import { capitalisedWordBefore } from './neighbourWords';

const before = (text: string) => capitalisedWordBefore(text, text.length);

describe('capitalisedWordBefore', () => {
  it('reads the capitalised word before the spaces, and a title with its full stop', () => {
    expect(['Theresa ', 'said Mrs. ', "O'Brien ", 'Jean-Luc ', 'Жуков ', 'the Élysée '].map(before)).toEqual(['Theresa', 'Mrs', "O'Brien", 'Jean-Luc', 'Жуков', 'Élysée']);
  });

  it('finds none after a word in lower case, a sentence end, a digit, punctuation or no space', () => {
    expect(['said ', 'the end. ', "l'Été ", 'x-Ray ', '5 ', '“ ', 'Theresa', '’Tis ', 'café '].map(before)).toEqual(Array(9).fill(undefined));
  });
});
