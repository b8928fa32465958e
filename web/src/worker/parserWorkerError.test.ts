import { describe, expect, it } from 'vitest';
import { parseTimeout } from './parserWorkerError';

describe('parseTimeout', () => {
  it('gives a short article 30 seconds and a longer one 15 more per million characters', () => {
    expect(parseTimeout('')).toBe(30_000);
    expect(parseTimeout('a'.repeat(1_000_000))).toBe(45_000);
    expect(parseTimeout('a'.repeat(5_000_000))).toBe(105_000);
  });
});
