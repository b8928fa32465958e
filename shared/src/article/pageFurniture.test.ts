import { describe, expect, it } from 'vitest';
import { isPageFooter, isStatusLine } from './pageFurniture';

describe('isPageFooter', () => {
  it.each([
    'Page 3 of 12 hrw.org',
    'Page 3 of 12',
    'page 7',
    'p. 3/12',
    '3 | Human Rights Watch',
    'Human Rights Watch | 3',
    '12 · hrw.org',
    '3',
    '- 12 -',
  ])('takes %j for a page footer', (line) => {
    expect(isPageFooter(line)).toBe(true);
  });

  it.each([
    ['a sentence about a page', 'Page 3 of the report says the vote was rigged.'],
    ['a year heading a chronology', '2021'],
    ['a list item', '3. Sanctions'],
    ['a sentence with a bar in it', 'The vote | a sham, said the opposition.'],
    ['a long line that opens with a page', `Page 3 ${'of a long report that names every prisoner '.repeat(3)}`],
  ])('keeps %s as text', (_, line) => {
    expect(isPageFooter(line)).toBe(false);
  });
});

describe('isStatusLine', () => {
  it.each(['Live · Updated 3 hours ago · 24 June 2023', 'Updated 3 hours ago', 'Live', 'Breaking | 24 June 2023 21:47', 'Last updated: 14:05'])(
    'takes %j for a live page status line',
    (line) => {
      expect(isStatusLine(line)).toBe(true);
    },
  );

  it.each([
    ['a live page headline', 'Live: Covid updates'],
    ['a date line with no status', '24 June 2023'],
    ['a sentence about a live broadcast', 'Live television showed the march on 9 August 2020.'],
    ['a status glued to news', 'Live · Police detain 200 people in Minsk'],
  ])('keeps %s as text', (_, line) => {
    expect(isStatusLine(line)).toBe(false);
  });
});
