import { describe, expect, it } from 'vitest';
import { fitWindow } from './fitWindow';

const day = 24 * 60 * 60 * 1000;
const t0 = Date.UTC(2020, 7, 1);

describe('fitWindow', () => {
  it('keeps the requested pixels free on both sides of the items', () => {
    const items = [{ start: new Date(t0) }, { start: new Date(t0 + 100 * day), end: new Date(t0 + 600 * day) }];
    const window = fitWindow(items, { width: 1200, labelRoom: 200, leftRoom: 0 })!;
    expect(window.start).toBe(t0);
    // 600 days over 1000 usable pixels: 200 more pixels are 120 days.
    expect(window.end).toBe(t0 + 720 * day);
  });

  it('gives labels at most half of a narrow band', () => {
    const window = fitWindow([{ start: new Date(t0), end: new Date(t0 + 100 * day) }], {
      width: 400,
      labelRoom: 300,
      leftRoom: 0,
    })!;
    expect(window.end - t0).toBe(200 * day);
  });

  it('shows at least a week around a single day', () => {
    const window = fitWindow([{ start: new Date(t0) }], { width: 1000, labelRoom: 0, leftRoom: 0 })!;
    expect(window).toEqual({ start: t0 - 3.5 * day, end: t0 + 3.5 * day });
  });

  it('has nothing to fit without items', () => {
    expect(fitWindow([], { width: 1000, labelRoom: 100 })).toBeNull();
  });
});
