import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parseArticle';
import type { ParsedArticle } from '../types';

const parse = (raw: string, publicationDate?: string): ParsedArticle => {
  const result = parseArticle(raw, publicationDate ? { publicationDate } : {});
  if (!result.ok) throw new Error(result.problem.message);
  return result.parsed;
};

const story = [
  'Lithuania closes two more border crossings',
  '',
  'Lithuania said on Tuesday it would close two more border crossings with Belarus from next week.',
  'Last month, parliament approved a law allowing the detention of migrants for up to six months.',
  'The European Union imposed sanctions on Belarus in June 2021.',
].join('\n');

describe('unplaced dates', () => {
  it('are the relative dates of an article with no publication date, which no event rests on', () => {
    const parsed = parse(story);
    expect(parsed.unplacedDates).toEqual(['Tuesday', 'next week', 'Last month']);
    expect(parsed.events.map((e) => e.dateText)).toEqual(['June 2021']);
  });

  it('are counted from no year the story told before them: "Today" after "In 1994" is not 1 January 1994', () => {
    const parsed = parse('Exiles rally\n\nIn 1994 Lukashenko came to power. Today he announced a plan. Next month he will travel to Moscow.');
    expect(parsed.unplacedDates).toEqual(['Today', 'Next month']);
    expect(parsed.events.map((e) => e.dateText)).toEqual(['1994']);
  });

  it('are none once the publication date is given: each rests an event', () => {
    const parsed = parse(story, '2021-08-03');
    expect(parsed.unplacedDates).toBeUndefined();
    expect(parsed.events.map((e) => e.dateText)).toEqual(['Tuesday', 'next week', 'Last month', 'June 2021']);
  });

  it('include a date told with a two-digit year, as the publication date picks its century', () => {
    const parsed = parse("A ruling\n\nThe court ruled on 6/25/21, as it had in '95, and again on 12.08.2021.");
    expect(parsed.unplacedDates).toEqual(['6/25/21', "'95"]);
    expect(parsed.events.map((e) => e.dateText)).toEqual(['12.08.2021']);
  });

  it('leave out a story whose dates the text itself anchors', () => {
    expect(parse('A war\n\nThe war began on 1 September 1939. Two days later, Britain declared war.').unplacedDates).toBeUndefined();
  });
});
