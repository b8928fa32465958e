import { describe, expect, it } from 'vitest';
import { neighbours } from './neighbours';

const ordered = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('neighbours', () => {
  it('gives the place of an event and the events before and after it', () => {
    expect(neighbours(ordered, 'b')).toEqual({ index: 1, earlier: { id: 'a' }, later: { id: 'c' } });
  });

  it('has no earlier event for the first and no later one for the last', () => {
    expect(neighbours(ordered, 'a')).toEqual({ index: 0, later: { id: 'b' } });
    expect(neighbours(ordered, 'c')).toEqual({ index: 2, earlier: { id: 'b' } });
  });

  it('has neither for an event that is not in the order', () => {
    expect(neighbours(ordered, 'gone')).toEqual({ index: -1 });
  });
});
