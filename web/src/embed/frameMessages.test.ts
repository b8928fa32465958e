import { describe, expect, it } from 'vitest';
import {
  frameSelectMessage,
  heightMessages,
  hostSelectMessage,
  readFrameMessage,
  readHostMessage,
} from './frameMessages';

describe('heightMessages', () => {
  it('says the height in our format, in pym.js’s string and as AMP’s embed-size', () => {
    expect(heightMessages('dateline-0', 612.2)).toEqual([
      { type: 'dateline:height', id: 'dateline-0', height: 613 },
      'pymxPYMxdateline-0xPYMxheightxPYMx613',
      { sentinel: 'amp', type: 'embed-size', height: 613 },
    ]);
  });
});

describe('readFrameMessage', () => {
  it('reads back the height and select messages the embed page sends', () => {
    const [height] = heightMessages('f1', 400);
    expect(readFrameMessage(height)).toEqual({ type: 'dateline:height', id: 'f1', height: 400 });
    expect(readFrameMessage(frameSelectMessage('f1', '2021-11-15-1x2k9a'))).toEqual({
      type: 'dateline:select',
      id: 'f1',
      eventId: '2021-11-15-1x2k9a',
    });
    expect(readFrameMessage(frameSelectMessage('f1', null))).toEqual({ type: 'dateline:select', id: 'f1', eventId: null });
  });

  it('ignores pym strings, AMP messages and other pages’ messages', () => {
    const [, pym, amp] = heightMessages('f1', 400);
    expect(readFrameMessage(pym)).toBeNull();
    expect(readFrameMessage(amp)).toBeNull();
    expect(readFrameMessage(null)).toBeNull();
    expect(readFrameMessage({ type: 'resize', height: 10 })).toBeNull();
  });

  it('refuses heights that are not a sane number of pixels', () => {
    for (const height of [-1, Number.NaN, Number.POSITIVE_INFINITY, 1e9, '400']) {
      expect(readFrameMessage({ type: 'dateline:height', id: 'f1', height })).toBeNull();
    }
  });

  it('refuses a select without a usable event id', () => {
    expect(readFrameMessage({ type: 'dateline:select', id: 'f1' })).toBeNull();
    expect(readFrameMessage({ type: 'dateline:select', id: 'f1', eventId: '' })).toBeNull();
    expect(readFrameMessage({ type: 'dateline:select', id: 'f1', eventId: 42 })).toBeNull();
  });
});

describe('readHostMessage', () => {
  it('reads the select message the loader sends', () => {
    expect(readHostMessage(hostSelectMessage('2020-08-09-abc'))).toEqual({ type: 'dateline:select', eventId: '2020-08-09-abc' });
    expect(readHostMessage(hostSelectMessage(null))).toEqual({ type: 'dateline:select', eventId: null });
  });

  it('ignores anything else', () => {
    expect(readHostMessage('pymxPYMxf1xPYMxwidthxPYMx600')).toBeNull();
    expect(readHostMessage({ type: 'dateline:height', height: 3 })).toBeNull();
    expect(readHostMessage(undefined)).toBeNull();
  });
});
