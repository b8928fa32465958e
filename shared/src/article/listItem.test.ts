import { describe, expect, it } from 'vitest';
import { listItem } from './listItem';

describe('listItem', () => {
  it.each([
    ['• 9 August 2020: Presidential election.', '•', '9 August 2020: Presidential election.'],
    ['- Aug. 10 – Police use rubber bullets', '-', 'Aug. 10 – Police use rubber bullets'],
    ['* 2021 — A year of trials', '*', '2021 — A year of trials'],
    ['– Aug. 16 – The march', '–', 'Aug. 16 – The march'],
    ['1. Presidential election', 'number', 'Presidential election'],
    ['12) Sanctions', 'number', 'Sanctions'],
    ['(3) Sanctions', 'number', 'Sanctions'],
    ['b) Sanctions', 'letter', 'Sanctions'],
  ])('reads %j as an item of its list, without the marker', (line, kind, text) => {
    expect(listItem(line)).toEqual({ kind, text });
  });

  it.each([
    ['a year that ends a sentence', '2021. That was the year of trials.'],
    ['a negative number', '-3 degrees in Minsk'],
    ['an em dash that hard wrapping put at a line start', '— the sixth since 1994 —'],
    ['a bullet with nothing after it', '•'],
    ['a bullet glued to its word', '•Minsk'],
    ['a plain sentence', 'Police used tear gas.'],
  ])('opens no item with %s', (_, line) => {
    expect(listItem(line)).toBeNull();
  });
});
