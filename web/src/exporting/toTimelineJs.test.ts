import { describe, expect, it } from 'vitest';
import { escapeHtml, toTimelineJs, toTimelineJsDate } from './toTimelineJs';
import { exportLibrary } from './testExportLibrary';

describe('toTimelineJs', () => {
  it('writes dates as TimelineJS date objects holding only the parts the date has', () => {
    expect(toTimelineJsDate('2020')).toEqual({ year: 2020 });
    expect(toTimelineJsDate('2021-07')).toEqual({ year: 2021, month: 7 });
    expect(toTimelineJsDate('2021-11-05')).toEqual({ year: 2021, month: 11, day: 5 });
  });

  it('writes one event per shown event with start and end at their precision, the quote as a blockquote and a group per article', () => {
    const { events, title } = toTimelineJs(exportLibrary());
    expect(title.text.headline).toBe('Timeline');
    expect(events).toHaveLength(3);
    const [open, range, day] = events;
    expect(open).toMatchObject({
      start_date: { year: 2020, month: 8 },
      end_date: { year: 2021, month: 2, day: 1 },
      display_date: 'from August 2020, ongoing',
      group: 'Protests go on',
    });
    expect(range).toMatchObject({ start_date: { year: 2021, month: 11, day: 10 }, end_date: { year: 2021, month: 11, day: 11 }, group: 'Putin calls for dialogue' });
    expect(day!.start_date).toEqual({ year: 2021, month: 11, day: 15 });
    expect(day).not.toHaveProperty('end_date');
    expect(day!.text.text).toBe(
      '<blockquote>Talks began on\n15 November 2021, &#34;at last&#34;.</blockquote><p>— Putin calls for dialogue, Primepress, published 19 November 2021</p>',
    );
    expect(new Set(events.map((event) => event.unique_id)).size).toBe(3);
  });

  it('escapes article text, since TimelineJS renders headline and text as HTML', () => {
    const range = toTimelineJs(exportLibrary()).events[1]!;
    expect(range.text.headline).toBe('Summit &#60;b&#62;held&#60;/b&#62;');
    expect(escapeHtml(`<img src=x onerror="a&b">'`)).toBe('&#60;img src=x onerror=&#34;a&#38;b&#34;&#62;&#39;');
  });
});
