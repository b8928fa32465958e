import { describe, expect, it } from 'vitest';
import { clusterFrom, clusterOptionsFor, zoomInWindow } from './clustering';

describe('clusterOptionsFor', () => {
  it('draws every item of an article-sized timeline', () => {
    expect(clusterOptionsFor(0).cluster).toBe(false);
    expect(clusterOptionsFor(clusterFrom - 1).cluster).toBe(false);
  });

  it('clusters crowded items once there are hundreds, and opens a cluster on a double click', () => {
    expect(clusterOptionsFor(10_000).cluster).toMatchObject({ maxItems: 3, fitOnDoubleClick: true });
  });

  it('keeps an item that stands alone out of every cluster', () => {
    const criteria = clusterOptionsFor(10_000, (id) => id === 'chosen').cluster?.clusterCriteria;
    const item = (id: string) => ({ id, content: '', start: 0 });
    expect(criteria?.(item('a'), item('b'))).toBe(true);
    expect(criteria?.(item('a'), item('chosen'))).toBe(false);
    expect(criteria?.(item('chosen'), item('b'))).toBe(false);
  });
});

describe('zoomInWindow', () => {
  it('centres a window a quarter as wide on the time chosen', () => {
    expect(zoomInWindow(500, { start: 0, end: 400 })).toEqual({ start: 450, end: 550 });
  });

  it('does not mutate the current window', () => {
    const current = { start: 0, end: 400 };
    zoomInWindow(100, current);
    expect(current).toEqual({ start: 0, end: 400 });
  });
});
