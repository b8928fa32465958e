import { describe, expect, it } from 'vitest';
import { clusterFrom } from './aggregateByZoom';
import { fitDrawnWindow, labelRoom, pillRoom } from './fitDrawnWindow';
import { fitWindow } from './fitWindow';
import type { EventItem } from './toTimelineItems';

const day = 24 * 60 * 60 * 1000;
const t0 = Date.UTC(2012, 0, 1);

function point(id: string, at: number): EventItem {
  return { id, eventId: id, type: 'point', start: new Date(at), shape: 'day', className: 'dl-item dl-item--day', content: id, isoStart: '2012-01-01' };
}

/** `count` events, one every `every` days from 1 January 2012. */
const spaced = (count: number, every: number) => Array.from({ length: count }, (_, i) => point(`e${i}`, t0 + i * every * day));

describe('fitDrawnWindow', () => {
  it('keeps a label’s room after the latest event of an article-sized timeline', () => {
    const items = spaced(clusterFrom - 1, 1);
    expect(fitDrawnWindow(items, 1200)).toEqual(fitWindow(items, { width: 1200, labelRoom }));
  });

  it('keeps only a pill’s room when the latest event is drawn in a cluster', () => {
    // 2,000 events a couple of days apart over eleven years: every bin of the whole view is a cluster.
    const items = spaced(2000, 2);
    const window = fitDrawnWindow(items, 1200)!;
    expect(window).toEqual(fitWindow(items, { width: 1200, labelRoom: pillRoom }));
    const latest = items.at(-1)!.start.getTime();
    // The band past the latest event is a few percent of it, not the quarter a label's room took.
    expect((window.end - latest) / (window.end - window.start)).toBeLessThan(0.05);
  });

  it('keeps a label’s room when the latest event stands alone after the crowd', () => {
    const items = [...spaced(2000, 1), point('late', t0 + 4000 * day)];
    expect(fitDrawnWindow(items, 1200)).toEqual(fitWindow(items, { width: 1200, labelRoom }));
  });

  it('has nothing to fit without items', () => {
    expect(fitDrawnWindow([], 1200)).toBeNull();
  });
});
