import { describe, expect, it } from 'vitest';
import { activeClass, keyboardOrder, timelineKeyAction, withActiveClass } from './timelineKeys';

const order = ['a', 'b', 'c'];

describe('timelineKeyAction', () => {
  it('moves right from the first event and left from the last when nothing is active', () => {
    expect(timelineKeyAction('ArrowRight', { order, activeId: null, selectedId: null })).toEqual({ kind: 'move', id: 'a' });
    expect(timelineKeyAction('ArrowLeft', { order, activeId: null, selectedId: null })).toEqual({ kind: 'move', id: 'c' });
  });

  it('moves from the active event, else from the selected one', () => {
    expect(timelineKeyAction('ArrowRight', { order, activeId: 'a', selectedId: 'c' })).toEqual({ kind: 'move', id: 'b' });
    expect(timelineKeyAction('ArrowLeft', { order, activeId: null, selectedId: 'c' })).toEqual({ kind: 'move', id: 'b' });
  });

  it('stays on the first and the last event at the ends', () => {
    expect(timelineKeyAction('ArrowLeft', { order, activeId: 'a', selectedId: null })).toEqual({ kind: 'move', id: 'a' });
    expect(timelineKeyAction('ArrowRight', { order, activeId: 'c', selectedId: null })).toEqual({ kind: 'move', id: 'c' });
    expect(timelineKeyAction('End', { order, activeId: 'a', selectedId: null })).toEqual({ kind: 'move', id: 'c' });
    expect(timelineKeyAction('Home', { order, activeId: 'c', selectedId: null })).toEqual({ kind: 'move', id: 'a' });
  });

  it('selects the active event with Enter or Space, and nothing when none is active', () => {
    expect(timelineKeyAction('Enter', { order, activeId: 'b', selectedId: 'a' })).toEqual({ kind: 'select', id: 'b' });
    expect(timelineKeyAction(' ', { order, activeId: 'b', selectedId: null })).toEqual({ kind: 'select', id: 'b' });
    expect(timelineKeyAction('Enter', { order, activeId: null, selectedId: null })).toBeNull();
  });

  it('ignores an active id that is no longer on the timeline', () => {
    expect(timelineKeyAction('ArrowRight', { order, activeId: 'gone', selectedId: null })).toEqual({ kind: 'move', id: 'a' });
  });

  it('zooms in with Up or +, out with Down or -, and clears with Escape', () => {
    const none = { order, activeId: null, selectedId: null };
    expect(['ArrowUp', '+', '='].map((key) => timelineKeyAction(key, none))).toEqual(Array(3).fill({ kind: 'zoom', direction: 'in' }));
    expect(['ArrowDown', '-'].map((key) => timelineKeyAction(key, none))).toEqual(Array(2).fill({ kind: 'zoom', direction: 'out' }));
    expect(timelineKeyAction('Escape', none)).toEqual({ kind: 'clear' });
  });

  it('leaves Tab and other keys to the browser, and has nowhere to move without events', () => {
    expect(timelineKeyAction('Tab', { order, activeId: 'a', selectedId: null })).toBeNull();
    expect(timelineKeyAction('ArrowRight', { order: [], activeId: null, selectedId: null })).toBeNull();
  });
});

describe('keyboardOrder', () => {
  it('orders by start, then the shorter first, then as given', () => {
    const items = [
      { id: 'late', isoStart: '2021-11-20' },
      { id: 'long', isoStart: '2021-11-10', isoEnd: '2021-11-15' },
      { id: 'short', isoStart: '2021-11-10', isoEnd: '2021-11-11' },
      { id: 'same1', isoStart: '2021-11-12' },
      { id: 'same2', isoStart: '2021-11-12' },
    ];
    expect(keyboardOrder(items)).toEqual(['short', 'long', 'same1', 'same2', 'late']);
  });

  it('walks a day before the week that starts on it, as the card counts them', () => {
    const items = [
      { id: 'nextWeek', isoStart: '2022-03-21', isoEnd: '2022-03-27' },
      { id: 'nextMonday', isoStart: '2022-03-21' },
      { id: 'march', isoStart: '2022-03' },
    ];
    expect(keyboardOrder(items)).toEqual(['march', 'nextMonday', 'nextWeek']);
  });
});

describe('withActiveClass', () => {
  it('adds the active class to the active item only, and leaves the items it was given as they were', () => {
    const items = [
      { id: 'a', className: 'dl-item dl-item--day' },
      { id: 'b', className: 'dl-item dl-item--span' },
    ];
    const drawn = withActiveClass(items, 'b');
    expect(drawn.map((item) => item.className)).toEqual(['dl-item dl-item--day', `dl-item dl-item--span ${activeClass}`]);
    expect(drawn[0]).toBe(items[0]);
    expect(items[1]!.className).toBe('dl-item dl-item--span');
  });

  it('marks nothing when no event is active', () => {
    const items = [{ id: 'a', className: 'dl-item' }];
    expect(withActiveClass(items, null)).toEqual(items);
  });
});
