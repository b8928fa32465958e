import { describe, expect, it } from 'vitest';
import { fadeHeight, verticalShift } from './keepItemInView';

// A band's visible panel 272 px high, 100 px down the page; items 24 px high.
const height = 272;
const panel = { top: 100, bottom: 100 + height };
const itemAt = (top: number) => ({ top: panel.top + top, bottom: panel.top + top + 24 });
/** Where the item's middle lands once shifted, from the panel's top. */
const middleAfter = (top: number) => top + 12 + verticalShift(itemAt(top), panel);
const clearMiddle = (fadeHeight + height) / 2;

describe('verticalShift', () => {
  it('leaves an item inside the panel and below its fade where it is', () => {
    expect(verticalShift(itemAt(fadeHeight), panel)).toBe(0);
    expect(verticalShift(itemAt(120), panel)).toBe(0);
    expect(verticalShift(itemAt(height - 24), panel)).toBe(0);
  });

  it('moves the stack down to centre an item stacked above the top edge', () => {
    expect(verticalShift(itemAt(-212), panel)).toBeGreaterThan(0);
    expect(middleAfter(-212)).toBe(clearMiddle);
  });

  it('moves an item half under the fade, or half below the bottom edge, to the middle too', () => {
    expect(middleAfter(-2)).toBe(clearMiddle);
    expect(verticalShift(itemAt(260), panel)).toBeLessThan(0);
    expect(middleAfter(260)).toBe(clearMiddle);
  });

  it('shifts by whole pixels, so that a redraw finds nothing left to move', () => {
    const shift = verticalShift({ top: 40.3, bottom: 64.3 }, { top: 80.6, bottom: 351.6 });
    expect(Number.isInteger(shift)).toBe(true);
  });
});
