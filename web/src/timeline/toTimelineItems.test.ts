import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../shared/src/index';
import { toTimelineItems } from './toTimelineItems';

function event(fields: Partial<TimelineEvent> & Pick<TimelineEvent, 'id' | 'start'>): TimelineEvent {
  return {
    quote: 'A sentence.',
    quoteStart: 0,
    quoteEnd: 11,
    dateText: 'on a day',
    dateStart: 0,
    dateEnd: 8,
    title: `Event ${fields.id}`,
    actors: [],
    ...fields,
  };
}

/** Local calendar fields, so the assertions hold in every time zone. */
function local(date: Date | undefined): string {
  if (!date) return 'none';
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}`;
}

describe('toTimelineItems', () => {
  it('draws a day as a point at noon of that day', () => {
    const [item] = toTimelineItems([event({ id: 'a', start: '2021-11-15' })]);
    expect(item).toMatchObject({ id: 'a', eventId: 'a', type: 'point', shape: 'day', isoStart: '2021-11-15' });
    expect(local(item?.start)).toBe('2021-11-15T12');
    expect(item?.end).toBeUndefined();
  });

  it('draws a month as a bar from its first day to the first of the next month', () => {
    const [item] = toTimelineItems([event({ id: 'm', start: '2021-07' })]);
    expect(item).toMatchObject({ type: 'range', shape: 'month', className: 'dl-item dl-item--month' });
    expect(local(item?.start)).toBe('2021-07-01T00');
    expect(local(item?.end)).toBe('2021-08-01T00');
  });

  it('draws a year as a bar over the whole year', () => {
    const [item] = toTimelineItems([event({ id: 'y', start: '2020' })]);
    expect(item?.shape).toBe('year');
    expect(local(item?.start)).toBe('2020-01-01T00');
    expect(local(item?.end)).toBe('2021-01-01T00');
  });

  it('draws a span of days as a bar that includes its last day', () => {
    const [item] = toTimelineItems([event({ id: 's', start: '2021-11-10', end: '2021-11-11' })]);
    expect(item).toMatchObject({ type: 'range', shape: 'span', isoStart: '2021-11-10', isoEnd: '2021-11-11' });
    expect(local(item?.start)).toBe('2021-11-10T00');
    expect(local(item?.end)).toBe('2021-11-12T00');
  });

  it('runs an open period to the end of the publication day', () => {
    const items = toTimelineItems([event({ id: 'o', start: '2020-08', open: true })], {
      publicationDate: '2021-11-19',
    });
    expect(items[0]).toMatchObject({ type: 'range', shape: 'open', className: 'dl-item dl-item--open' });
    expect(local(items[0]?.start)).toBe('2020-08-01T00');
    expect(local(items[0]?.end)).toBe('2021-11-20T00');
  });

  it('runs an open period to the latest event when there is no publication date', () => {
    const items = toTimelineItems([
      event({ id: 'o', start: '2020-08', open: true }),
      event({ id: 'late', start: '2021-11-17' }),
    ]);
    expect(local(items[0]?.end)).toBe('2021-11-18T00');
  });

  it('keeps an open period at least as long as its own month', () => {
    const items = toTimelineItems([event({ id: 'o', start: '2021-12', open: true })], {
      publicationDate: '2021-11-19',
    });
    expect(local(items[0]?.end)).toBe('2022-01-01T00');
  });

  it('labels an item with its title as plain text, or its date as written without one', () => {
    const items = toTimelineItems([
      event({ id: 'a', start: '2021-11-15', title: '<b>EU agrees</b> sanctions' }),
      event({ id: 'b', start: '2021-11-16', title: '', dateText: '16 November' }),
    ]);
    expect(items.map((item) => item.content)).toEqual(['<b>EU agrees</b> sanctions', '16 November']);
  });

  it('skips events whose start is not a calendar date', () => {
    expect(toTimelineItems([event({ id: 'x', start: 'PAST_REF' })])).toEqual([]);
  });

  it('does not mutate the events it is given', () => {
    const events = [event({ id: 'a', start: '2021-11-15' })];
    const copy = structuredClone(events);
    toTimelineItems(events, { publicationDate: '2021-11-19' });
    expect(events).toEqual(copy);
  });
});
