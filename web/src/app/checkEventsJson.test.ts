import { describe, expect, it } from 'vitest';
import { checkEventsJson, shownProblems } from './checkEventsJson';

const text = 'On 3 March 2021 the council met. In 2020 it did not.';
const event = {
  id: 'a',
  start: '2021-03-03',
  quote: 'On 3 March 2021 the council met.',
  quoteStart: 0,
  quoteEnd: 32,
  dateText: '3 March 2021',
  dateStart: 3,
  dateEnd: 15,
  title: 'The council met',
  actors: ['council'],
};
const file = { title: 'T', source: 'S', publicationDate: '2021-11-19', text, events: [event] };

function problemsOf(value: unknown): string[] {
  const checked = checkEventsJson(value);
  return checked.ok ? [] : checked.problems;
}

describe('checkEventsJson', () => {
  it('opens the JSON the extract command prints as the article it describes', () => {
    expect(checkEventsJson(file)).toEqual({ ok: true, parsed: file });
  });

  it('accepts an open period and a span, and keeps their fields', () => {
    const open = { ...event, id: 'o', start: '2020-08', open: true };
    const span = { ...event, id: 's', end: '2021-03-04' };
    const checked = checkEventsJson({ text, events: [open, span] });
    expect(checked.ok && checked.parsed.events).toEqual([open, span]);
  });

  it('keeps the dates an undated article could not place, and refuses them as anything but strings', () => {
    const undated = { text, events: [event], unplacedDates: ['Tuesday', 'last month'] };
    expect(checkEventsJson(undated)).toEqual({ ok: true, parsed: undated });
    expect(problemsOf({ text, events: [event], unplacedDates: 'Tuesday' })).toEqual(['"unplacedDates" must be a list of strings.']);
  });

  it('refuses a quote that is not the text at its offsets', () => {
    expect(problemsOf({ text, events: [{ ...event, quoteStart: 1 }] })).toEqual([
      'events[0].quote is not the text at quoteStart–quoteEnd (1–32).',
    ]);
  });

  it('names every field of the wrong type, with where it is', () => {
    const bad = { ...event, id: '', start: 'March', end: 3, open: 'yes', quoteEnd: 999, actors: 'council' };
    expect(problemsOf({ text, events: [event, bad] })).toEqual([
      'events[1].id must be a non-empty string.',
      'events[1].start must be a date like 2021, 2021-07 or 2021-07-15.',
      'events[1].end must be a date like 2021-07-15.',
      'events[1].open must be true or false.',
      `events[1].quoteEnd must be a whole number from 0 to ${text.length}.`,
      '…and 1 more problem.',
    ]);
  });

  it('lists at most a few problems, then how many more there are', () => {
    const problems = problemsOf({ text, events: Array.from({ length: 9 }, () => null) });
    expect(problems).toHaveLength(shownProblems + 1);
    expect(problems.at(-1)).toBe('…and 4 more problems.');
  });

  it('refuses an id used twice', () => {
    expect(problemsOf({ text, events: [event, event] })).toEqual(['events[1].id "a" is used twice.']);
  });

  it('refuses JSON that is not an events file', () => {
    expect(problemsOf([file])).toEqual(['The file is JSON, but not an object with "text" and "events".']);
    expect(problemsOf({ events: [] })).toEqual(['"text" must be the article text (a string).']);
    expect(problemsOf({ text, events: {}, publicationDate: '19 November' })).toEqual([
      '"events" must be a list.',
      '"publicationDate" must be a date like 2021-11-19.',
    ]);
  });

  it('finds the date in the quote when a file leaves out dateStart and dateEnd', () => {
    const { dateStart: _start, dateEnd: _end, ...withoutPlace } = event;
    const checked = checkEventsJson({ text, events: [withoutPlace] });
    expect(checked.ok && checked.parsed.events[0]).toMatchObject({ dateStart: 3, dateEnd: 15 });
  });

  it('keeps only the known fields, so extra JSON keys never reach the page', () => {
    const checked = checkEventsJson({ ...file, events: [{ ...event, content: '<b>x</b>', className: 'evil' }], extra: 1 });
    expect(checked.ok && Object.keys(checked.parsed.events[0]!)).not.toContain('content');
    expect(checked.ok && Object.keys(checked.parsed)).not.toContain('extra');
  });

  it('does not mutate the value it is given, nor share its lists', () => {
    const value = structuredClone(file);
    const checked = checkEventsJson(value);
    expect(value).toEqual(file);
    expect(checked.ok && checked.parsed.events[0]!.actors).not.toBe(value.events[0]!.actors);
  });
});
