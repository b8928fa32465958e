import { describe, expect, it } from 'vitest';
import { eventFromSelection } from './eventFromSelection';

const text = 'First paragraph.\nWork is expected to take two years.';

describe('eventFromSelection', () => {
  it('makes an event whose quote is the selection, at its offsets in the article', () => {
    const event = eventFromSelection(text, '  Work is expected to take two years. ', { start: '2026', title: 'Bridge due', actors: [] });
    expect(event).toMatchObject({ start: '2026', quote: 'Work is expected to take two years.', quoteStart: 17, quoteEnd: 52, title: 'Bridge due' });
    expect(text.slice(event!.quoteStart, event!.quoteEnd)).toBe(event!.quote);
    expect(event!.id).toMatch(/^added-/);
  });

  it('returns null for a selection that is not in the article', () => {
    expect(eventFromSelection(text, 'Not here', { start: '2026', title: '', actors: [] })).toBeNull();
    expect(eventFromSelection(text, '   ', { start: '2026', title: '', actors: [] })).toBeNull();
  });
});
