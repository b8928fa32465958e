import { describe, expect, it } from 'vitest';
import { focusWindow } from './focusWindow';

const day = 24 * 60 * 60 * 1000;
const noon = Date.UTC(2021, 10, 15, 12);

describe('focusWindow', () => {
  it('zooms in to two months around a day seen from a wide window', () => {
    const window = focusWindow({ start: noon, end: noon }, { start: noon - 400 * day, end: noon + 10 * day });
    expect(window).toEqual({ start: noon - 30 * day, end: noon + 30 * day });
  });

  it('keeps a closer zoom and only recentres', () => {
    const window = focusWindow({ start: noon, end: noon }, { start: 0, end: 7 * day });
    expect(window).toEqual({ start: noon - 3.5 * day, end: noon + 3.5 * day });
  });

  it('widens the window so that a long period fits with a margin', () => {
    const year = { start: 0, end: 365 * day };
    const window = focusWindow(year, { start: 0, end: 30 * day });
    expect(window.end - window.start).toBeCloseTo(365 * day * 1.4);
    expect((window.start + window.end) / 2).toBe(182.5 * day);
  });
});
