import { describe, expect, it } from 'vitest';
import { ListsByKey } from './listsByKey';

describe('ListsByKey', () => {
  it('gives back each list set, by its key, as the table grows', () => {
    const table = new ListsByKey();
    const keys = Array.from({ length: 5000 }, (_, i) => (i * 2_654_435_761) % 2 ** 30);
    keys.forEach((key, i) => table.set(key, [i]));
    keys.forEach((key, i) => expect(table.get(key)).toEqual([i]));
  });

  it('answers undefined for a key never set, and the latest list for a key set again', () => {
    const table = new ListsByKey();
    table.set(0, [1]);
    table.set(2 ** 30 - 1, [2]);
    table.set(0, [3]);
    expect(table.get(0)).toEqual([3]);
    expect(table.get(2 ** 30 - 1)).toEqual([2]);
    expect(table.get(7)).toBeUndefined();
  });

  it('tells apart keys past 32 bits that share their low bits', () => {
    const table = new ListsByKey();
    table.set(5, [1]);
    table.set(5 + 2 ** 32, [2]);
    table.set(5 + 2 ** 35, [3]);
    expect([5, 5 + 2 ** 32, 5 + 2 ** 35, 5 + 2 ** 33].map((key) => table.get(key))).toEqual([[1], [2], [3], undefined]);
  });
});
