import { describe, expect, it } from 'vitest';
import { eventIdFromHostHash, hostHashForEvent } from './hostHash';

describe('hostHash', () => {
  it('writes an event id as #dateline-<id>', () => {
    expect(hostHashForEvent('2021-11-15-1x2k9a')).toBe('#dateline-2021-11-15-1x2k9a');
  });

  it('round-trips an id with characters a URL fragment must escape', () => {
    const id = 'ev 2021/11#b';
    expect(eventIdFromHostHash(hostHashForEvent(id))).toBe(id);
  });

  it('reads no event from the host page’s own anchors', () => {
    expect(eventIdFromHostHash('')).toBeNull();
    expect(eventIdFromHostHash('#comments')).toBeNull();
    expect(eventIdFromHostHash('#dateline-')).toBeNull();
    expect(eventIdFromHostHash('#dateline-%E0%A4%A')).toBeNull();
  });
});
