// The band as one keyboard stop: the hook behind timelineKeys. The event moved to is "active": it
// wears a focus ring (an item class, so vis keeps it through redraws), is brought into view, and
// is announced; Enter makes it the selection.
import { useCallback, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Timeline } from 'vis-timeline/esnext';
import { formatEventDate } from '../dates/formatEventDate';
import { focusWindow } from './focusWindow';
import { keyboardOrder, timelineKeyAction } from './timelineKeys';
import type { EventItem } from './toTimelineItems';

export interface KeyboardInstance {
  timeline: Timeline;
}

export interface TimelineKeyboard {
  /** Spread on the band: a focusable application with arrow keys of its own. */
  bandProps: {
    tabIndex: 0;
    role: 'application';
    'aria-roledescription': 'timeline';
    'aria-label': string;
    /** The keys' help (TimelineKeyHelp with `helpId`). */
    'aria-describedby': string;
    onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  };
  /** The event the keys moved to: the band draws it with `activeClass` (withActiveClass), never in a cluster. */
  activeId: string | null;
  /** The id for TimelineKeyHelp, which the band is described by. */
  helpId: string;
  /** "Event 2 of 8, 10–11 November 2021: …", for a polite status line; '' before any move. */
  activeText: string;
}

const moveAnimation = { duration: 300, easingFunction: 'easeInOutQuad' } as const;

export function useTimelineKeyboard(
  items: EventItem[],
  selectedId: string | null,
  onSelect: (id: string | null) => void,
  instance: () => KeyboardInstance | null,
): TimelineKeyboard {
  const [activeId, setActiveId] = useState<string | null>(null);
  const helpId = useId();
  const order = useMemo(() => keyboardOrder(items), [items]);
  const bringIntoView = useCallback(
    (id: string) => {
      const current = instance();
      const item = items.find((candidate) => candidate.id === id);
      if (!current || !item) return;
      const shown = { start: current.timeline.getWindow().start.getTime(), end: current.timeline.getWindow().end.getTime() };
      const start = item.start.getTime();
      // In view with room for its label (a quarter of the band): leave the window where it is.
      if (start >= shown.start && start <= shown.end - (shown.end - shown.start) / 4) return;
      const target = focusWindow({ start, end: (item.end ?? item.start).getTime() }, shown);
      current.timeline.setWindow(target.start, target.end, { animation: moveAnimation });
    },
    [items, instance],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const action = timelineKeyAction(event.key, { order, activeId, selectedId });
      if (!action) return;
      event.preventDefault();
      switch (action.kind) {
        case 'move':
          setActiveId(action.id);
          bringIntoView(action.id);
          return;
        case 'select':
          onSelect(action.id);
          return;
        case 'clear':
          setActiveId(null);
          onSelect(null);
          return;
        case 'zoom': {
          const timeline = instance()?.timeline;
          if (action.direction === 'in') timeline?.zoomIn(0.5);
          else timeline?.zoomOut(0.5);
          return;
        }
      }
    },
    [order, activeId, selectedId, onSelect, bringIntoView, instance],
  );

  const active = activeId ? items.find((item) => item.id === activeId) : undefined;
  const activeText = active
    ? `Event ${order.indexOf(active.id) + 1} of ${order.length}, ${formatEventDate({
        start: active.isoStart,
        ...(active.isoEnd ? { end: active.isoEnd } : {}),
        open: active.shape === 'open',
      })}: ${active.content}.${active.id === selectedId ? ' Selected.' : ''}`
    : '';

  return {
    bandProps: {
      tabIndex: 0,
      role: 'application',
      'aria-roledescription': 'timeline',
      'aria-label': items.length === 1 ? 'Timeline of 1 event' : `Timeline of ${items.length} events`,
      'aria-describedby': helpId,
      onKeyDown,
    },
    helpId,
    activeId,
    activeText,
  };
}
