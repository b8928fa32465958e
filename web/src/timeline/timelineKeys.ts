// The timeline by keyboard: Left/Right (Home/End) move between events in date order, Up/Down or
// +/- zoom, Enter or Space selects the event moved to, Escape clears the selection.
import { compareDates } from '../dates/compareDates';

export type TimelineKeyAction =
  | { kind: 'move'; id: string }
  | { kind: 'select'; id: string }
  | { kind: 'clear' }
  | { kind: 'zoom'; direction: 'in' | 'out' };

export interface KeyPosition {
  /** Item ids in date order. */
  order: readonly string[];
  /** The event moved to with the keyboard, not yet selected. */
  activeId: string | null;
  selectedId: string | null;
}

/** What a key does; null for keys the timeline leaves to the browser. Pure. */
export function timelineKeyAction(key: string, { order, activeId, selectedId }: KeyPosition): TimelineKeyAction | null {
  const from = [activeId, selectedId].find((id) => id !== null && order.includes(id)) ?? null;
  const at = from === null ? -1 : order.indexOf(from);
  const moveTo = (index: number): TimelineKeyAction | null => {
    const id = order[Math.min(Math.max(index, 0), order.length - 1)];
    return id === undefined ? null : { kind: 'move', id };
  };
  switch (key) {
    case 'ArrowRight':
      return moveTo(at + 1);
    case 'ArrowLeft':
      // Nothing active yet: Left starts from the latest event, as Right starts from the earliest.
      return moveTo(at === -1 ? order.length - 1 : at - 1);
    case 'Home':
      return moveTo(0);
    case 'End':
      return moveTo(order.length - 1);
    case 'Enter':
    case ' ':
      return from === null ? null : { kind: 'select', id: from };
    case 'Escape':
      return { kind: 'clear' };
    case 'ArrowUp':
    case '+':
    case '=':
      return { kind: 'zoom', direction: 'in' };
    case 'ArrowDown':
    case '-':
    case '_':
      return { kind: 'zoom', direction: 'out' };
    default:
      return null;
  }
}

/** The class of the event the keys moved to: it wears a focus ring (keyboard.css). */
export const activeClass = 'dl-item--active';

/** The items, the active one with activeClass added: a new array; the items are not changed. Pure. */
export function withActiveClass<T extends { id: string; className: string }>(items: readonly T[], activeId: string | null): T[] {
  return items.map((item) => (item.id === activeId ? { ...item, className: `${item.className} ${activeClass}` } : item));
}

/**
 * Ids by start, then end (shorter first), then as given: the order Left and Right walk, and the card
 * counts (eventsInDateOrder). Compared as the ISO dates the events give, as the card does: drawn, a
 * day's point sits at noon and a week's bar at midnight, and "next Monday" came after "next week". Pure.
 */
export function keyboardOrder(items: ReadonlyArray<{ id: string; isoStart: string; isoEnd?: string }>): string[] {
  return items
    .map((item, index) => ({ id: item.id, start: item.isoStart, end: item.isoEnd ?? item.isoStart, index }))
    .sort((a, b) => compareDates(a, b) || a.index - b.index)
    .map(({ id }) => id);
}
