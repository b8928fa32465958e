import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../shared/src/index';
import { eventsInDateOrder } from './eventsInDateOrder';

function event(id: string, start: string, dateStart: number, end?: string): TimelineEvent {
  return { id, start, ...(end ? { end } : {}), quote: '', quoteStart: 0, quoteEnd: 0, dateText: '', dateStart, dateEnd: dateStart, title: id, actors: [] };
}

describe('eventsInDateOrder', () => {
  it('orders by start, a month before its days, then by end and by place in the text', () => {
    const events = [
      event('nov15b', '2021-11-15', 90),
      event('nov10', '2021-11-10', 80, '2021-11-11'),
      event('jul', '2021-07', 50),
      event('nov15a', '2021-11-15', 70),
      event('aug2020', '2020-08-09', 10),
    ];
    expect(eventsInDateOrder(events).map((e) => e.id)).toEqual(['aug2020', 'jul', 'nov10', 'nov15a', 'nov15b']);
  });

  it('does not mutate the events it is given', () => {
    const events = [event('b', '2021', 0), event('a', '2020', 0)];
    eventsInDateOrder(events);
    expect(events.map((e) => e.id)).toEqual(['b', 'a']);
  });
});
