import { describe, expect, it } from 'vitest';
import { isPageFooter, isSiteChrome, isStatusLine, withoutMenu, withoutPageTail } from './pageFurniture';

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

describe('a web page pasted as text', () => {
  it('loses the site’s chrome: skip links, share buttons, "Read more" links and photo captions', () => {
    for (const line of ['Skip to main content', 'Share on X', 'Copy link', 'Advertisement', 'Read more: EU opens talks with Ukraine', 'Photo: Diamonds in Antwerp, 2019. (AP)']) {
      expect(isSiteChrome(line)).toBe(true);
    }
    expect(isSiteChrome('Share prices fell on Monday.')).toBe(false);
    expect(isSiteChrome('Menu prices rose in 2023, the ministry said.')).toBe(false);
  });

  it('loses the menu it opens with, and keeps a short line of the text', () => {
    expect(withoutMenu(['Menu', 'News', 'World', 'Business', 'EU agrees sanctions', 'Text.'])).toEqual(['EU agrees sanctions', 'Text.']);
    expect(withoutMenu(['Headline', 'By Anna Smith', 'Text.'])).toEqual(['Headline', 'By Anna Smith', 'Text.']);
  });

  it('loses its comments, related stories and copyright after the article', () => {
    const lines = ['Headline', 'One.', 'Two.', 'Three.', 'Comments (34)', 'Should have happened in 2022'];
    expect(withoutPageTail(lines)).toEqual(['Headline', 'One.', 'Two.', 'Three.']);
    expect(withoutPageTail(['Headline', 'One.', '© 2023 Continental Post'])).toEqual(['Headline', 'One.']);
    expect(withoutPageTail(['Comments', 'were made on Monday.', 'Two.', 'Three.'])).toHaveLength(4);
  });
});
