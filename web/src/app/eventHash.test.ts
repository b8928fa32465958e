import { describe, expect, it } from 'vitest';
import { eventIdFromHash, hashForEvent } from './eventHash';

describe('eventHash', () => {
  it('round-trips an id with characters a URL fragment must escape', () => {
    const id = 'ev 2021-11-15/a#b';
    expect(eventIdFromHash(hashForEvent(id))).toBe(id);
  });

  it('reads no event from other hashes', () => {
    expect(eventIdFromHash('')).toBeNull();
    expect(eventIdFromHash('#top')).toBeNull();
    expect(eventIdFromHash('#event-')).toBeNull();
    expect(eventIdFromHash('#event-%E0%A4%A')).toBeNull();
  });
});
