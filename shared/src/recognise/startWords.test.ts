import { describe, expect, it } from 'vitest';
import { SCAN_START, START_WORD_ENDED_STATE, readStartWord, scanEnd, scanStep, startKind, startKindAt, type StartWord } from './startWords';

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

  it('reads "FY" or "CY" with digits written onto it as a start word, as it reads a number, but not "FYI"', () => {
    expect(['FY2024', 'FY24', 'cy2025', 'FY', 'FYI', 'CYA'].map(startKind)).toEqual(['yes', 'yes', 'yes', 'yes', 'no', 'no']);
  });

  it('reads the word where it stands in a text', () => {
    const text = 'Sales rose in March.';
    expect(startKindAt(text, 11, 13)).toBe('leading');
    expect(startKindAt(text, 14, 19)).toBe('yes');
    expect(startKindAt(text, 0, 5)).toBe('no');
  });
});

/** The start words of a text as the tagger's scan (recogniseTimexes) finds them. */
function scannedStartWords(text: string): StartWord[] {
  const found: StartWord[] = [];
  let state = SCAN_START;
  for (let i = 0; i <= text.length; i++) {
    const next = i < text.length ? scanStep(state, text.charCodeAt(i)) : scanEnd(state);
    const word: StartWord = { start: 0, end: 0, kind: 'no', node: 0 };
    if (next === START_WORD_ENDED_STATE && readStartWord(text, i, state, word)) found.push(word);
    state = next;
  }
  return found;
}

describe('the scan of start words', () => {
  it('finds each word that may start an expression, where it stands and as startKindAt tells it', () => {
    const text = "On Friday, the mArch of café owners' '90s 1998 MARCH Decémber q3 Q3x ''60 rock'1998 March’s ’til the FY2024 FYI";
    const words = [...text.matchAll(/(?:(?<![\p{L}\p{N}\p{M}])['’])?[\p{L}\p{N}\p{M}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const expected = words.map((w) => ({ ...w, kind: startKindAt(text, w.start, w.end) })).filter((w) => w.kind !== 'no');
    expect(expected.map((w) => text.slice(w.start, w.end))).toEqual(['On', 'Friday', 'the', 'of', "'90s", '1998', 'MARCH', 'q3', "''60".slice(1), '1998', 'March', '’til', 'the', 'FY2024']);
    expect(scannedStartWords(text).map(({ start, end, kind }) => ({ start, end, kind }))).toEqual(expected);
  });
});
