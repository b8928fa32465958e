import { describe, expect, it } from 'vitest';
import { itemTemplate } from './itemTemplate';

describe('itemTemplate', () => {
  it('labels a cluster with the number of events it holds', () => {
    const cluster = { id: 'c', type: 'box', start: new Date(0), className: 'dl-cluster', content: '4', title: '', count: 4, extent: { start: 0, end: 1 } } as const;
    expect(itemTemplate(cluster)).toBe('4');
  });

  it('draws nothing for an item vis could not find', () => {
    expect(itemTemplate(null)).toBe('');
  });
});
