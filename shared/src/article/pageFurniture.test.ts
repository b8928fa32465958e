import { describe, expect, it } from 'vitest';
import { isEditorialNote, isPageFooter, isSiteChrome, isStatusLine, withoutEditorialNotes, withoutMenu, withoutPageTail } from './pageFurniture';

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

describe('a press release', () => {
  const story = ['NordPay raises €40 million', 'The round closed on February 28.', 'It was led by Baltic Growth Partners.', 'The company was founded in Minsk.', 'It moved to Vilnius in 2020.'];

  it.each([
    ['its "About" section', ['About NordPay', 'Founded in 2012 in Minsk, NordPay employs 320 people.', 'About Baltic Growth Partners', 'A fund founded in 2016.']],
    ['its forward-looking statements', ['Forward-looking statements', 'This press release contains forward-looking statements about 2023 and beyond.']],
    ['a safe-harbour paragraph without its heading', ['This press release contains forward-looking statements, including plans for 2023.']],
    ['its media contact', ['Media contact:', 'Ieva Petrauskaitė', 'press@nordpay.eu', '+370 5 200 0000']],
    ['its end mark and sign-off', ['###', 'SOURCE NordPay']],
  ])('loses %s after the story', (_, tail) => {
    expect(withoutPageTail([...story, ...tail])).toEqual(story);
  });

  it('keeps a line that opens with "About" or "Source" as text', () => {
    const lines = [...story, 'About 200 people attended the launch on Monday.', 'Source: the company’s annual report for 2022.', 'About half of them were engineers'];
    expect(withoutPageTail(lines)).toEqual(lines);
  });

  it('keeps an "About" heading in the first half of the text, where the story is', () => {
    const lines = ['About Belarus', ...story, 'Two.', 'Three.'];
    expect(withoutPageTail(lines)).toEqual(lines);
  });

  it('loses its "FOR IMMEDIATE RELEASE" line', () => {
    expect(isSiteChrome('FOR IMMEDIATE RELEASE')).toBe(true);
    expect(isSiteChrome('For immediate release, the ministry said, the prisoners would be freed.')).toBe(false);
  });
});

describe('isEditorialNote', () => {
  it.each([
    'Correction, 28 January 2025: An earlier version of this article misstated the date of the 2020 election as 9 September 2020.',
    'Correction (28 January 2025): The ambassador’s name was misspelt.',
    'CORRECTION: A photo caption gave the wrong date.',
    'Clarification: The ministry has since said the figure includes 2020.',
    'Editor’s note: This story was first published on 3 May 2021.',
    "Editor's note: Names have been changed.",
    'This article was updated on 1 February 2022 at 14:10 to add the Belarusian transport ministry’s statement.',
    'This story has been amended to correct the date of the vote.',
    'This report was updated at 14:20 Warsaw time on Tuesday, 11 August 2020.',
    'An earlier version of this story misstated the date of the election.',
    'Last updated on 2 February 2022',
  ])('takes %j for an editor’s note', (paragraph) => {
    expect(isEditorialNote(paragraph)).toBe(true);
  });

  it.each([
    ['a sentence about correction officers', 'Correction officers said the prisoner was moved on 9 September 2020.'],
    ['a label followed by words, not a date', 'Clarification, please, said the judge: was the vote on 9 August?'],
    ['a sentence about a law that was amended', 'The article was amended in 2019 to extend the term.'],
    ['a sentence about a report', 'This report, published on 3 March 2021, lists 300 prisoners.'],
    ['a live page’s status line', 'Updated 3 hours ago'],
  ])('keeps %s as text', (_, paragraph) => {
    expect(isEditorialNote(paragraph)).toBe(false);
  });

  it('drops notes at either end of a text, and keeps one in the middle of it', () => {
    const note = 'Correction: The vote was on 9 August 2020.';
    const story = ['One.', 'Two.', 'Three.', note, 'Four.', 'Five.', 'Six.'];
    expect(withoutEditorialNotes([note, ...story, note])).toEqual(story);
  });

  it('does not change the paragraphs it is given', () => {
    const paragraphs = ['One.', 'Correction: The vote was on 9 August 2020.'];
    withoutEditorialNotes(paragraphs);
    expect(paragraphs).toHaveLength(2);
  });
});
