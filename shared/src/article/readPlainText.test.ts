import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parseArticle';
import { readPlainText } from './readPlainText';

const CHRONOLOGY = [
  'Explainer: How Belarus got here',
  '',
  'Key dates',
  '',
  '• 9 August 2020: Presidential election. Protests begin the same night.',
  '• Aug. 10 – Police use rubber bullets in Minsk; the first protester',
  'is killed.',
  '• 11 August 2020: Tsikhanouskaya leaves for Lithuania.',
  '- 23 September 2020: Lukashenko is sworn in.',
  '- 6 November 2020: The EU adds Lukashenko to its sanctions list.',
  '* 2021 — A year of trials.',
  '* 23 May 2021: A Ryanair flight is forced to land in Minsk.',
  '1. 24 June 2021: The EU bans Belarusian airlines.',
  '2. 8 November 2021: Clashes at the border.',
].join('\n');

describe('readPlainText on lists', () => {
  it('opens a paragraph at every bullet or number of a list, without the marker', () => {
    expect(readPlainText(CHRONOLOGY).text.split('\n')).toEqual([
      'Key dates',
      '9 August 2020: Presidential election. Protests begin the same night.',
      'Aug. 10 – Police use rubber bullets in Minsk; the first protester is killed.',
      '11 August 2020: Tsikhanouskaya leaves for Lithuania.',
      '23 September 2020: Lukashenko is sworn in.',
      '6 November 2020: The EU adds Lukashenko to its sanctions list.',
      '2021 — A year of trials.',
      '23 May 2021: A Ryanair flight is forced to land in Minsk.',
      '24 June 2021: The EU bans Belarusian airlines.',
      '8 November 2021: Clashes at the border.',
    ]);
  });

  it('gives every item of a chronology events of its own, on verbatim quotes', () => {
    const result = parseArticle(CHRONOLOGY, { publicationDate: '2022-03-02' });
    if (!result.ok) throw new Error(result.problem.message);
    const { text, events } = result.parsed;
    const quoteOf = (date: string) => events.find((e) => e.start === date)?.quote;
    expect(quoteOf('2020-08-11')).toBe('11 August 2020: Tsikhanouskaya leaves for Lithuania.');
    expect(quoteOf('2020-11-06')).toBe('6 November 2020: The EU adds Lukashenko to its sanctions list.');
    for (const event of events) {
      expect(text.slice(event.quoteStart, event.quoteEnd)).toBe(event.quote);
      expect(event.quote).not.toMatch(/[•*]|\n/);
    }
  });

  it('keeps a list item that hard wrapping carried over two lines as one paragraph', () => {
    expect(readPlainText('A headline\n\n- Talks began on 9 August\n2020 in Minsk.\n- They ended on 12 August.').text).toBe('Talks began on 9 August 2020 in Minsk.\nThey ended on 12 August.');
  });

  it('takes the marker off a list item that is a paragraph of its own', () => {
    expect(readPlainText('A headline\n\n• Talks began on 9 August 2020.\n\n• They ended on 12 August.').text).toBe('Talks began on 9 August 2020.\nThey ended on 12 August.');
  });

  it('does not split a hard-wrapped paragraph at one line that happens to open with a dash', () => {
    const raw = 'A headline\n\nThe vote was the sixth that Lukashenko won\n- by his own count - since 1994.';
    expect(readPlainText(raw).text).toBe('The vote was the sixth that Lukashenko won - by his own count - since 1994.');
  });
});

const PDF_COPY = [
  'Human Rights Watch – Belarus: Crackdown Intensifies Ahead of Referendum',
  'Published 14 February 2022',
  '',
  'The Belarusian authorities have carried out a systematic cam-',
  'paign of repression. A Ryanair flight was forced to land in',
  'Minsk, where journalist Roman Protase-',
  'Page 3 of 12                    hrw.org',
  'vich and his partner were detained by a Vilnius-',
  'based unit of the KGB.',
  '',
  '3 | Human Rights Watch',
  '',
  'The UN should act in June–July 2022.',
].join('\n');

describe('readPlainText on text copied from a PDF', () => {
  it('mends words that line ends cut at a hyphen, and keeps compounds whole', () => {
    const { text } = readPlainText(PDF_COPY);
    expect(text).toContain('a systematic campaign of repression.');
    expect(text).toContain('journalist Roman Protasevich and his partner');
    expect(text).toContain('by a Vilnius-based unit');
  });

  it('drops page footers, and joins the paragraph that one cut in two', () => {
    const { text } = readPlainText(PDF_COPY);
    expect(text).not.toMatch(/Page 3|hrw\.org|\| Human Rights Watch/);
    expect(text.split('\n')).toHaveLength(2);
  });

  it('keeps a "Published" line below the headline apart from it, and takes the date from it', () => {
    const article = readPlainText(PDF_COPY);
    expect(article.title).toBe('Human Rights Watch – Belarus: Crackdown Intensifies Ahead of Referendum');
    expect(article.publicationDate).toBe('2022-02-14');
    expect(article.text).not.toContain('Published');
  });

  it('keeps the lines of a two-line headline together above its byline and date', () => {
    const article = readPlainText('Belarus: Crackdown Intensifies\nAhead of Referendum\nBy Jane Doe\nPublished 14 February 2022\n\nPolice detained 200 people.');
    expect(article.title).toBe('Belarus: Crackdown Intensifies Ahead of Referendum');
    expect(article.publicationDate).toBe('2022-02-14');
    expect(article.text).toBe('Police detained 200 people.');
  });

  it('takes the publication date from a bare date line under a byline, the two a block of their own, and keeps both out of the text', () => {
    const article = readPlainText('Thirty years of Lukashenko\n\nBy Ihar Karnei\n10 July 2024\n\nThirty years ago today, on 10 July 1994, Lukashenko won.');
    expect(article.title).toBe('Thirty years of Lukashenko');
    expect(article.publicationDate).toBe('2024-07-10');
    expect(article.text).toBe('Thirty years ago today, on 10 July 1994, Lukashenko won.');
  });

  it('takes the date line under a byline with a place, and one with a time', () => {
    expect(readPlainText('A headline\n\nBy Rūta Jankauskienė, Vilnius\n12.08.2021\n\nText.').publicationDate).toBe('2021-08-12');
    const timed = readPlainText('A headline\n\nBy Ihar Karnei\n10 July 2024 14:05\n\nText.');
    expect(timed.publicationDate).toBe('2024-07-10');
    expect(timed.text).toBe('Text.');
  });

  it('takes no publication date from a sentence under a byline', () => {
    const article = readPlainText('A headline\n\nBy Ihar Karnei\nLukashenko won on 10 July 1994.\n\nText.');
    expect(article.publicationDate).toBeUndefined();
    expect(article.text).toContain('Lukashenko won on 10 July 1994.');
  });

  it('keeps a paragraph that opens with "By" and a date below it whole', () => {
    const article = readPlainText('A headline\n\nBy Monday, protests had spread to\n20 cities.\n\nText.');
    expect(article.text).toBe('By Monday, protests had spread to 20 cities.\nText.');
  });

  it('keeps a hard-wrapped first paragraph whole when a line of it starts with a date', () => {
    const article = readPlainText('Since the disputed presidential election of\nAugust 9, 2020, the\nauthorities have jailed hundreds.\n\nThe referendum follows.');
    expect(article.title).toBeUndefined();
    expect(article.text.split('\n')[0]).toBe('Since the disputed presidential election of August 9, 2020, the authorities have jailed hundreds.');
  });

  it('mends a cut word even in text whose every line is a paragraph', () => {
    expect(readPlainText('A systematic cam-\npaign began.\nProtests went on.').text).toBe('A systematic campaign began.\nProtests went on.');
  });
});

describe('readPlainText on headlines', () => {
  it('takes a headline with full stops for the title when a byline and date line follow it', () => {
    const article = readPlainText('Opinion: The West keeps forgetting Belarus. That is a mistake.\n\nBy Helena Marsh\nPublished 14 January 2024\n\nThere is a particular kind of silence.');
    expect(article.title).toBe('Opinion: The West keeps forgetting Belarus. That is a mistake.');
    expect(article.publicationDate).toBe('2024-01-14');
    expect(article.text).toBe('There is a particular kind of silence.');
  });

  it('takes no title from a short first sentence that nothing like a byline follows', () => {
    const article = readPlainText('Talks began on 9 August 2020.\n\nThey ended a week later.');
    expect(article.title).toBeUndefined();
    expect(article.text).toBe('Talks began on 9 August 2020.\nThey ended a week later.');
  });

  it('takes no title from a date line that opens the text', () => {
    const article = readPlainText('14 February 2022\n\nPolice detained 200 people on Monday.');
    expect(article.title).toBeUndefined();
    expect(article.publicationDate).toBe('2022-02-14');
    expect(article.text).toBe('Police detained 200 people on Monday.');
  });

  it('keeps a live page status line out of the text', () => {
    const article = readPlainText('Wagner mutiny: as it happened\n\nLive · Updated 3 hours ago\n\nPrigozhin leaves Rostov on Saturday.');
    expect(article.title).toBe('Wagner mutiny: as it happened');
    expect(article.text).toBe('Prigozhin leaves Rostov on Saturday.');
  });

  it('keeps a line that opens "Updated" further down as text', () => {
    const raw = 'A headline\n\nOne.\n\nTwo.\n\nThree.\n\nUpdated 3 hours ago';
    expect(readPlainText(raw).text).toBe('One.\nTwo.\nThree.\nUpdated 3 hours ago');
  });
});

describe('readPlainText on a wire story', () => {
  it('takes the publication date from the dateline that opens the lead, and keeps the lead', () => {
    const article = readPlainText('Potash profit slides\n\nRIGA, 7 November 2024 (Baltic Business Wire) — Belaruskali reported a drop in profit on Wednesday.');
    expect(article.publicationDate).toBe('2024-11-07');
    expect(article.text).toBe('RIGA, 7 November 2024 (Baltic Business Wire) — Belaruskali reported a drop in profit on Wednesday.');
  });

  it('takes the agency in brackets for the source', () => {
    expect(readPlainText('Potash profit slides\n\nRIGA, 7 November 2024 (Baltic Business Wire) — Belaruskali reported a drop.').source).toBe('Baltic Business Wire');
  });

  it('reads a press release’s dateline, with the country after the place and the agency between slashes', () => {
    const article = readPlainText('FOR IMMEDIATE RELEASE\n\nNordPay raises €40 million\n\nVILNIUS, Lithuania, March 3, 2023 /PRNewswire/ -- NordPay today announced a funding round.');
    expect(article.title).toBe('NordPay raises €40 million');
    expect(article.publicationDate).toBe('2023-03-03');
    expect(article.source).toBe('PRNewswire');
    expect(article.text).toBe('VILNIUS, Lithuania, March 3, 2023 /PRNewswire/ -- NordPay today announced a funding round.');
  });

  it('takes no source from a dateline without a full date', () => {
    const article = readPlainText('Headline\n\nMINSK, Aug 11 (Reuters) - Tsikhanouskaya has left the country.');
    expect(article.publicationDate).toBeUndefined();
    expect(article.source).toBeUndefined();
  });

  it('does not take a date from a lead that opens with a name in capitals and a sentence', () => {
    expect(readPlainText('Headline\n\nNATO, on 9 August 2020, said it would meet.').publicationDate).toBeUndefined();
  });
});
