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

  it('lets an ongoing period that began long before the story run in from the left edge', () => {
    const story = [{ start: new Date(t0) }, { start: new Date(t0 + 400 * day) }];
    const since1994 = { start: new Date(Date.UTC(1994, 0, 1)), end: new Date(t0 + 400 * day), shape: 'open' };
    const window = fitWindow([...story, since1994], { width: 1000, labelRoom: 0, leftRoom: 0 })!;
    expect(window.start).toBe(t0);
  });

  it('frames an ongoing period whole when it began not long before the story', () => {
    const sinceJune = { start: new Date(t0 - 60 * day), end: new Date(t0 + 400 * day), shape: 'open' };
    const window = fitWindow([{ start: new Date(t0) }, { start: new Date(t0 + 400 * day) }, sinceJune], { width: 1000, labelRoom: 0, leftRoom: 0 })!;
    expect(window.start).toBe(t0 - 60 * day);
  });

  it('frames a story told only in ongoing periods whole', () => {
    const open = { start: new Date(Date.UTC(1994, 0, 1)), end: new Date(t0), shape: 'open' };
    expect(fitWindow([open], { width: 1000, labelRoom: 0, leftRoom: 0 })!.start).toBe(Date.UTC(1994, 0, 1));
  });

  it('has nothing to fit without items', () => {
    expect(fitWindow([], { width: 1000, labelRoom: 100 })).toBeNull();
  });
});
