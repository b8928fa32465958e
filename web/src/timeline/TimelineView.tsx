// The vis-timeline band: created once, fed items and the selection through effects, destroyed on
// unmount. The visible window is mirrored in data-window-start/-end for tests and embedders.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataItemCollectionType } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { aggregateByZoom, clusterFrom, clusterWindow, isCluster, type DrawnItem, type ZoomView } from './aggregateByZoom';
import { fitDrawnWindow } from './fitDrawnWindow';
import { keepItemInView, type ItemInView } from './keepItemInView';
import { watchOverflow } from './overflowHint';
import { focusAnimation, showSelected } from './showSelected';
import { TimelineBar } from './TimelineBar';
import { TimelineKeyHelp } from './TimelineKeyHelp';
import { withActiveClass } from './timelineKeys';
import { timelineOptions } from './timelineOptions';
import type { EventItem } from './toTimelineItems';
import { useTimelineKeyboard } from './useTimelineKeyboard';
import './timeline.css';
import './cluster.css';

export interface TimelineViewProps {
  items: EventItem[];
  selectedId: string | null;
  onSelect(id: string | null): void;
  /** More buttons for the band's bar, before zoom: the list view's toggle. */
  tools?: ReactNode;
}

interface Instance {
  timeline: Timeline;
  /** What vis draws: events and clusters, a few hundred at most. */
  data: DataSet<DrawnItem, 'id'>;
  /** The items in `data` by id, as last handed to it. */
  drawn: Map<string, DrawnItem>;
  /** The items the window was last fitted to. */
  fitted: readonly EventItem[];
  /** Whether vis has made its first drawing: until then, items wait in `pending`. */
  started: boolean;
  pending: readonly DrawnItem[];
  /** Scrolls the stack up or down to the event chosen last. */
  inView: ItemInView;
}

export function TimelineView({ items, selectedId, onSelect, tools }: TimelineViewProps) {
  const bandRef = useRef<HTMLDivElement>(null);
  const instanceRef = useRef<Instance | null>(null);
  const onSelectRef = useRef(onSelect);
  const selectedIdRef = useRef(selectedId);
  // The window vis shows, once it has settled: what the clusters are made for.
  const [view, setView] = useState<ZoomView | null>(null);

  useEffect(() => {
    onSelectRef.current = onSelect;
    selectedIdRef.current = selectedId;
  }, [onSelect, selectedId]);

  // Made and fitted before the first paint. vis's first drawing fits the window to the items it
  // holds, without room for labels: they are handed to it after that drawing of the empty band, one
  // frame later (fitted in a passive effect, the items came a render and two frames later).
  useLayoutEffect(() => {
    const band = bandRef.current;
    if (!band) return;
    const data = new DataSet<DrawnItem, 'id'>();
    const timeline = new Timeline(band, data as unknown as DataItemCollectionType, timelineOptions);
    const inView = keepItemInView(band, timeline);
    const instance: Instance = { timeline, data, drawn: new Map(), fitted: items, started: false, pending: [], inView };
    timeline.on('select', ({ items: ids }: { items: Array<string | number> }) => {
      const [id] = ids;
      const chosen = id === undefined ? undefined : instance.drawn.get(String(id));
      if (chosen && isCluster(chosen)) {
        // A cluster, not an event: open it by zooming in to its events, and keep the selection.
        timeline.setSelection(selectedIdRef.current ? [selectedIdRef.current] : []);
        const target = clusterWindow(chosen);
        timeline.setWindow(target.start, target.end, { animation: focusAnimation });
        return;
      }
      onSelectRef.current(id === undefined ? null : String(id));
    });
    const start = () => {
      timeline.off('changed', start);
      instance.started = true;
      drawItems(instance, instance.pending);
      // A selection made meanwhile (a link to an event) found no item to select.
      const selected = selectedIdRef.current;
      if (selected && instance.drawn.has(selected)) timeline.setSelection([selected]);
    };
    timeline.on('changed', start);
    const stopWatchingOverflow = watchOverflow(band, timeline);
    // vis says so 200 ms after the last move of a zoom or pan: clusters are made again once, not every frame.
    timeline.on('rangechanged', () => setView(exposeWindow(band, timeline)));
    instanceRef.current = instance;
    setView(fitAll(band, timeline, items, false));
    return () => {
      instanceRef.current = null;
      stopWatchingOverflow();
      inView.stop();
      timeline.destroy();
    };
    // The band is made once; the effect below fits later items.
  }, []);

  useLayoutEffect(() => {
    const instance = instanceRef.current;
    if (!instance || instance.fitted === items) return;
    instance.fitted = items;
    setView(fitAll(bandRef.current, instance.timeline, items, false));
  }, [items]);

  const getInstance = useCallback(() => instanceRef.current, []);
  const keyboard = useTimelineKeyboard(items, selectedId, onSelect, getInstance);
  const { activeId } = keyboard;

  // The selected and the keyboard's active event are drawn on their own wherever they are.
  const drawnItems = useMemo(() => {
    if (!view) return items.length < clusterFrom ? items : [];
    const standAlone = new Set([selectedId, activeId].filter((id): id is string => id !== null));
    return withActiveClass(aggregateByZoom(items, view, standAlone), activeId);
  }, [items, view, selectedId, activeId]);

  useLayoutEffect(() => {
    const instance = instanceRef.current;
    if (!instance) return;
    if (instance.started) drawItems(instance, drawnItems);
    else instance.pending = drawnItems;
  }, [drawnItems]);

  const itemsById = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  useEffect(() => {
    const instance = instanceRef.current;
    if (!instance) return;
    showSelected(instance.timeline, selectedId ? itemsById.get(selectedId) : undefined);
    // Again once the item is drawn: among thousands it is drawn only when the window is known.
  }, [selectedId, itemsById, drawnItems]);

  // Vertically, the event chosen last, selected or moved to with the keys: vis only moves the window sideways.
  useEffect(() => instanceRef.current?.inView.show(selectedId), [selectedId]);
  useEffect(() => {
    if (activeId) instanceRef.current?.inView.show(activeId);
  }, [activeId]);

  const timeline = () => instanceRef.current?.timeline;

  return (
    <section className="dl-band" aria-label="Timeline">
      <TimelineBar
        tools={tools}
        onZoom={(direction) => (direction === 'in' ? timeline()?.zoomIn(0.5) : timeline()?.zoomOut(0.5))}
        onFit={() => instanceRef.current && fitAll(bandRef.current, instanceRef.current.timeline, items, true)}
      />
      <div
        className="dl-band__timeline"
        ref={bandRef}
        data-testid="timeline"
        {...keyboard.bandProps}
      />
      <TimelineKeyHelp id={keyboard.helpId} activeText={keyboard.activeText} />
    </section>
  );
}

/** Fits every item in view; returns the view it fitted, for the clusters to be made for at once. */
function fitAll(band: HTMLElement | null, timeline: Timeline, items: readonly EventItem[], animate: boolean): ZoomView {
  const target = fitDrawnWindow(items, band?.clientWidth ?? 800);
  if (target) timeline.setWindow(target.start, target.end, { animation: animate ? focusAnimation : false });
  const shown = exposeWindow(band, timeline);
  return target ? { ...shown, window: target } : shown;
}

/** Mirrors the window in data attributes, and returns it with the band's width. */
function exposeWindow(band: HTMLElement | null, timeline: Timeline): ZoomView {
  const { start, end } = timeline.getWindow();
  if (band) {
    band.dataset.windowStart = start.toISOString();
    band.dataset.windowEnd = end.toISOString();
  }
  return { window: { start: start.getTime(), end: end.getTime() }, width: band?.clientWidth ?? 800 };
}

/** Hands vis what changed since the last drawing, in one removal and one update: one redraw a batch. */
function drawItems({ data, drawn }: Instance, next: readonly DrawnItem[]): void {
  const nextById = new Map(next.map((item) => [item.id, item]));
  const gone = [...drawn.keys()].filter((id) => !nextById.has(id));
  const changed = next.filter((item) => !sameDrawing(drawn.get(item.id), item));
  if (gone.length > 0) data.remove(gone);
  if (changed.length > 0) data.update(changed);
  drawn.clear();
  for (const [id, item] of nextById) drawn.set(id, item);
}

// Items are never changed in place, so an event with the same start object and class is drawn already.
function sameDrawing(before: DrawnItem | undefined, after: DrawnItem): boolean {
  if (!before) return false;
  if (isCluster(before) && isCluster(after)) return before.count === after.count && before.start.getTime() === after.start.getTime();
  return before.start === after.start && before.className === after.className && before.content === after.content;
}
