import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parseArticle';
import { extractEvents } from './extractEvents';
import type { ParsedArticle } from '../types';

const root = new URL('../../../', import.meta.url);
const parse = (raw: string, publicationDate?: string): ParsedArticle => {
  const result = parseArticle(raw, { publicationDate });
  if (!result.ok) throw new Error(result.problem.message);
  return result.parsed;
};

describe('the events of the first article', () => {
  const parsed = parse(readFileSync(new URL('public/articles/000_df00862e278acaea.txt', root), 'utf8'));
  const golden = JSON.parse(readFileSync(new URL('shared/test/golden/000_df00862e278acaea.events.json', root), 'utf8')) as { events: object[] };

  it('match the golden events file, date for date and offset for offset', () => {
    const events = parsed.events.map(({ quote: _quote, dateStart: _s, dateEnd: _e, ...rest }) => JSON.parse(JSON.stringify(rest)));
    expect(events).toEqual(golden.events);
  });

  it('rest on verbatim quotes at their offsets', () => {
    for (const event of parsed.events) {
      expect(parsed.text.slice(event.quoteStart, event.quoteEnd)).toBe(event.quote);
      expect(parsed.text.slice(event.dateStart, event.dateEnd)).toBe(event.dateText);
      expect(event.dateStart).toBeGreaterThanOrEqual(event.quoteStart);
      expect(event.dateEnd).toBeLessThanOrEqual(event.quoteEnd);
    }
  });

  it('include every seed event of the careful reader', () => {
    const gold = JSON.parse(readFileSync(new URL('shared/test/golden/seed-events.json', root), 'utf8')) as { events: { start: string; end?: string; endOpen?: boolean; quoteContains: string }[] };
    for (const g of gold.events) {
      const match = parsed.events.find((e) => e.quote.includes(g.quoteContains) && e.start === g.start && (g.end ? e.end === g.end : true) && (g.endOpen ? e.open === true : true));
      expect(match, `${g.start} ${g.quoteContains}`).toBeDefined();
    }
  });

  it('keep the same ids when the article is parsed again', () => {
    const again = parse(readFileSync(new URL('public/articles/000_df00862e278acaea.txt', root), 'utf8'));
    expect(again.events.map((e) => e.id)).toEqual(parsed.events.map((e) => e.id));
  });
});

describe('events', () => {
  it('are not made of numbers that are not dates', () => {
    const { events } = parse('He won for the sixth time with 80.1% of the vote. The EU adopted the 5th parcel of sanctions and four sets of rules. They implement all 28 recently adopted programs.', '2021-11-19');
    expect(events).toEqual([]);
  });

  it('mark a period that starts "since" a date as open', () => {
    const { events } = parse('Protests have continued since August 2020.', '2021-11-19');
    expect(events).toMatchObject([{ start: '2020-08', open: true, dateText: 'August 2020' }]);
  });

  it('resolve dates without a year against the publication date, in the past', () => {
    const { events } = parse('The talks took place on 20 December.', '2021-11-19');
    expect(events).toMatchObject([{ start: '2020-12-20' }]);
  });

  // Found by the fuzz suite: the tagger reads "May\n1500" as one date across a line break, which
  // used to leave the date outside its one-sentence quote.
  it('quote every sentence a date runs across, so the date lies inside its quote', () => {
    const text = 'Talks began in May\n1500 were the years of war.';
    for (const event of extractEvents({ text, publicationDate: '2021-11-19' })) {
      expect(event.dateStart).toBeGreaterThanOrEqual(event.quoteStart);
      expect(event.dateEnd).toBeLessThanOrEqual(event.quoteEnd);
      expect(text.slice(event.quoteStart, event.quoteEnd)).toBe(event.quote);
      expect(event.title).not.toContain('\n');
    }
  });

  it('are not made of a paragraph that holds nothing but a time or a date', () => {
    const text = '23:15\nPrigozhin will go to Belarus, the Kremlin said on Saturday.\n21:47\n24 June 2023';
    const events = extractEvents({ text, publicationDate: '2023-06-24' });
    expect(events.map((e) => e.quote)).toEqual(['Prigozhin will go to Belarus, the Kremlin said on Saturday.']);
  });

  it('are made of a time with words beside it', () => {
    const events = extractEvents({ text: '21:47 Prigozhin leaves Rostov', publicationDate: '2023-06-24' });
    expect(events).toMatchObject([{ start: '2023-06-24', dateText: '21:47', title: '21:47 Prigozhin leaves Rostov' }]);
  });

  it('make one event of two dates of a sentence that name the same day', () => {
    const text = 'The blog was blocked on May 18, 2021. Five days later, on May 23, a Ryanair flight was forced to land in Minsk.';
    const events = extractEvents({ text, publicationDate: '2022-02-14' });
    expect(events.map((e) => [e.start, e.dateText, e.title])).toEqual([
      ['2021-05-18', 'May 18, 2021', 'The blog was blocked on May 18, 2021'],
      ['2021-05-23', 'May 23', 'A Ryanair flight was forced to land in Minsk'],
    ]);
  });

  it('do not mutate the article they are given', () => {
    const article = { text: 'Talks began on 9 August 2020.', publicationDate: '2021-11-19' };
    const copy = structuredClone(article);
    expect(extractEvents(article)).toHaveLength(1);
    expect(article).toEqual(copy);
  });
});

// Found by the linearity test: 10,000 copies of one sentence took seconds to number, and every
// event of a 5 MB single line quoted all of it.
describe('events of huge texts', () => {
  it('number repeated sentences -2, -3, … in text order', () => {
    const text = 'Talks began on 9 August 2020.\n'.repeat(4).trim();
    const ids = extractEvents({ text, publicationDate: '2021-11-19' }).map((e) => e.id);
    expect(ids.slice(1)).toEqual([`${ids[0]}-2`, `${ids[0]}-3`, `${ids[0]}-4`]);
  });

  it('quote a window of a sentence that never ends, not all of it', () => {
    const text = `${'and so on '.repeat(5000)}on 9 August 2020 ${'and so on '.repeat(5000)}`;
    const [event] = extractEvents({ text, publicationDate: '2021-11-19' });
    expect(event?.dateText).toBe('9 August 2020');
    expect(event!.quote.length).toBeLessThanOrEqual(600);
    expect(text.slice(event!.quoteStart, event!.quoteEnd)).toBe(event!.quote);
  });
});
