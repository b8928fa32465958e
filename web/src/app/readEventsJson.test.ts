import { describe, expect, it } from 'vitest';
import { readEventsJson } from './readEventsJson';

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

describe('readEventsJson', () => {
  it('opens the JSON the extract command prints as the article it describes', () => {
    const raw = JSON.stringify({ title: 'T', source: 'S', publicationDate: '2021-11-19', text, events: [event] });
    expect(readEventsJson(raw)).toEqual({ title: 'T', source: 'S', publicationDate: '2021-11-19', text, events: [event] });
  });

  it('is not an events file when the text is an article, other JSON or broken JSON', () => {
    expect(readEventsJson('On 3 March 2021 the council met.')).toBeNull();
    expect(readEventsJson('{"events": []}')).toBeNull();
    expect(readEventsJson('[{"text": "", "events": []}]')).toBeNull();
    expect(readEventsJson('{"text": "a", "events": [')).toBeNull();
  });

  it('drops events with missing fields or a quote that is not at its offsets', () => {
    const raw = JSON.stringify({
      text,
      events: [event, { ...event, id: 'moved', quoteStart: 1 }, { ...event, id: 'no-actors', actors: 'x' }, { ...event, id: 7 }, null],
    });
    expect(readEventsJson(raw)?.events.map((kept) => kept.id)).toEqual(['a']);
  });

  it('keeps only the fields of an event, so extra JSON keys never reach the page', () => {
    const raw = JSON.stringify({ text, events: [{ ...event, content: '<b>x</b>', className: 'evil' }], __proto__x: 1 });
    expect(Object.keys(readEventsJson(raw)?.events[0] ?? {})).not.toContain('content');
  });
});
