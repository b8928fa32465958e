import { describe, expect, it } from 'vitest';
import { aggregateByZoom, clusterFrom, clusterWindow, isCluster, type ClusterItem, type DrawnItem } from './aggregateByZoom';
import type { EventItem } from './toTimelineItems';

const day = 24 * 60 * 60 * 1000;
const t0 = Date.UTC(2020, 0, 1);

function point(id: string, at: number): EventItem {
  return { id, eventId: id, type: 'point', start: new Date(at), shape: 'day', className: 'dl-item dl-item--day', content: id, isoStart: '2020-01-01' };
}

/** `count` events, one a day from 1 January 2020. */
const daily = (count: number) => Array.from({ length: count }, (_, i) => point(`e${i}`, t0 + i * day));

const view = (startDay: number, endDay: number, width = 1200) => ({ window: { start: t0 + startDay * day, end: t0 + endDay * day }, width });
const eventsIn = (drawn: readonly DrawnItem[]) => drawn.reduce((sum, item) => sum + (isCluster(item) ? item.count : 1), 0);
const clusters = (drawn: readonly DrawnItem[]) => drawn.filter(isCluster);

describe('aggregateByZoom', () => {
  it('draws every item of an article-sized timeline as it is', () => {
    const items = daily(clusterFrom - 1);
    expect(aggregateByZoom(items, view(0, 10))).toEqual(items);
  });

  it('draws a thousand days seen whole as a few dozen clusters that count every event', () => {
    const drawn = aggregateByZoom(daily(1000), view(0, 1000));
    expect(drawn.length).toBeLessThan(40);
    expect(eventsIn(drawn)).toBe(1000);
    expect(clusters(drawn).every((cluster) => cluster.count > 3 && cluster.content === String(cluster.count))).toBe(true);
  });

  it('splits the clusters into single events as the reader zooms in to a few days', () => {
    const drawn = aggregateByZoom(daily(1000), view(500, 510));
    expect(clusters(drawn)).toEqual([]);
    expect(drawn.map((item) => item.id)).toContain('e505');
  });

  it('draws only the events within a window’s width either side of the view', () => {
    const drawn = aggregateByZoom(daily(1000), view(500, 510));
    expect(eventsIn(drawn)).toBe(31);
  });

  it('keeps the same clusters when the view moves a little', () => {
    const ids = (drawn: readonly DrawnItem[]) => new Set(clusters(drawn).map((cluster) => cluster.id));
    const before = ids(aggregateByZoom(daily(5000), view(1000, 2000)));
    const after = ids(aggregateByZoom(daily(5000), view(1010, 2010)));
    const kept = [...after].filter((id) => before.has(id));
    expect(kept.length).toBeGreaterThan(after.size * 0.9);
  });

  it('never puts an event that stands alone in a cluster', () => {
    const drawn = aggregateByZoom(daily(1000), view(0, 1000), new Set(['e400']));
    expect(drawn.find((item) => item.id === 'e400')).toMatchObject({ id: 'e400', type: 'point' });
    expect(eventsIn(drawn)).toBe(1000);
  });

  it('counts a bar that began before the drawn stretch where the stretch begins', () => {
    const items = daily(300);
    items.push({ ...point('long', t0 - 400 * day), type: 'range', end: new Date(t0 + 300 * day), shape: 'span' });
    const drawn = aggregateByZoom(items, view(100, 110));
    expect(eventsIn(drawn)).toBe(31 + 1);
  });
});

describe('clusterWindow', () => {
  it('opens a cluster on its events with a margin', () => {
    const cluster = clusters(aggregateByZoom(daily(1000), view(0, 1000)))[0] as ClusterItem;
    const { start, end } = clusterWindow(cluster);
    expect(start).toBeLessThan(cluster.extent.start);
    expect(end).toBeGreaterThan(cluster.extent.end);
  });

  it('is never narrower than two days', () => {
    const cluster: ClusterItem = { ...clusters(aggregateByZoom(daily(1000), view(0, 1000)))[0]!, extent: { start: t0, end: t0 } };
    const { start, end } = clusterWindow(cluster);
    expect(end - start).toBeGreaterThanOrEqual(2 * day);
  });
});
