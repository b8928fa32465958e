import { describe, expect, it } from 'vitest';
import { itemTemplate } from './itemTemplate';

describe('itemTemplate', () => {
  it('labels a cluster with the number of events it holds, which vis passes as the drawn data', () => {
    expect(itemTemplate(null, undefined, { uiItems: [1, 2, 3, 4] })).toBe('4');
  });

  it('draws nothing for an item that is neither an event nor a cluster', () => {
    expect(itemTemplate(null)).toBe('');
  });
});
