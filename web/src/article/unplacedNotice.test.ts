import { describe, expect, it } from 'vitest';
import { unplacedNotice } from './unplacedNotice';

describe('unplacedNotice', () => {
  it('says nothing when every date is placed', () => {
    expect(unplacedNotice(undefined)).toBeNull();
    expect(unplacedNotice([])).toBeNull();
  });

  it('counts the dates and quotes each once', () => {
    expect(unplacedNotice(['Tuesday', 'next week', 'tuesday'])).toBe(
      'The article gives no publication date, so 3 dates that count from it are not on the timeline: “Tuesday”, “next week”.',
    );
  });

  it('quotes three and says there are more', () => {
    expect(unplacedNotice(['Tuesday', 'next week', 'Last month', 'Friday'])).toMatch(/“Tuesday”, “next week”, “Last month” and others\.$/);
  });

  it('speaks of one date in the singular', () => {
    expect(unplacedNotice(['Friday'])).toBe('The article gives no publication date, so 1 date that counts from it is not on the timeline: “Friday”.');
  });
});
