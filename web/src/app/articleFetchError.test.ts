import { describe, expect, it } from 'vitest';
import { fileNameOf } from './articleFetchError';

describe('fileNameOf', () => {
  it('keeps the last path segment without query or hash', () => {
    expect(fileNameOf('./articles/000_x.txt?v=2#top')).toBe('000_x.txt');
  });
});
