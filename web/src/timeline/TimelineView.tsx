// The vis-timeline band: created once, fed items and the selection through effects, destroyed on
// unmount. The visible window is mirrored in data-window-start/-end for tests and embedders.
import { useCallback, useEffect, useId, useRef, type ReactNode } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataItemCollectionType } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { clusterFrom, clusterOptionsFor, zoomInWindow } from './clustering';
import { fitWindow } from './fitWindow';
import { focusWindow } from './focusWindow';
import { TimelineKeyHelp } from './TimelineKeyHelp';
import { TimelineLegend } from './TimelineLegend';
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
  data: DataSet<EventItem, 'id'>;
}

const focusAnimation = { duration: 450, easingFunction: 'easeInOutQuad' } as const;
/** Room after the latest item for its label: labels stop at 22em, plus the dot and padding. */
const labelRoom = 340;

export function TimelineView({ items, selectedId, onSelect, tools }: TimelineViewProps) {
  const bandRef = useRef<HTMLDivElement>(null);
  const instanceRef = useRef<Instance | null>(null);
  const onSelectRef = useRef(onSelect);
  const selectedIdRef = useRef(selectedId);
  const isSelected = useCallback((id: string) => id === selectedIdRef.current, []);

  useEffect(() => {
    onSelectRef.current = onSelect;
    selectedIdRef.current = selectedId;
  }, [onSelect, selectedId]);

  useEffect(() => {
    const band = bandRef.current;
    if (!band) return;
    const data = new DataSet<EventItem, 'id'>();
    const timeline = new Timeline(band, data as unknown as DataItemCollectionType, timelineOptions);
    timeline.on('select', ({ items: ids, event }: { items: Array<string | number>; event: Event }) => {
      const [id] = ids;
      if (id !== undefined && data.get(id) === null) {
        // A cluster, not an event: open it by zooming in where it was chosen, and keep the selection.
        timeline.setSelection(selectedIdRef.current ? [selectedIdRef.current] : []);
        const current = timeline.getWindow();
        const target = zoomInWindow(timeline.getEventProperties(event).time.getTime(), {
          start: current.start.getTime(),
          end: current.end.getTime(),
        });
        timeline.setWindow(target.start, target.end, { animation: focusAnimation });
        return;
      }
      onSelectRef.current(id === undefined ? null : String(id));
    });
    timeline.on('rangechanged', () => exposeWindow(band, timeline));
    instanceRef.current = { timeline, data };
    return () => {
      instanceRef.current = null;
      timeline.destroy();
    };
  }, []);

  // Clusters are made again when the count changes, and when the selection does once there are clusters:
  // the selected item stands alone, so it is drawn wherever it is.
  const clusteredSelection = items.length >= clusterFrom ? selectedId : null;
  useEffect(() => {
    instanceRef.current?.timeline.setOptions(clusterOptionsFor(items.length, isSelected));
  }, [items.length, clusteredSelection, isSelected]);

  useEffect(() => {
    const instance = instanceRef.current;
    if (!instance) return;
    const { data } = instance;
    const ids = new Set(items.map((item) => item.id));
    // One removal and one update, each a single change event: vis redraws once per batch, not per item.
    data.remove(data.getIds().filter((id) => !ids.has(String(id))));
    data.update(items);
    fitAll(bandRef.current, instance, false);
  }, [items]);

  useEffect(() => {
    const instance = instanceRef.current;
    if (!instance) return;
    const { timeline, data } = instance;
    const item = selectedId ? data.get(selectedId) : null;
    if (!item) {
      timeline.setSelection([]);
      return;
    }
    // Chosen on the timeline itself: it is in view already, and moving it would be jarring.
    if (timeline.getSelection()[0] === item.id) return;
    timeline.setSelection([item.id]);
    const current = timeline.getWindow();
    const target = focusWindow(
      { start: item.start.getTime(), end: (item.end ?? item.start).getTime() },
      { start: current.start.getTime(), end: current.end.getTime() },
    );
    timeline.setWindow(target.start, target.end, { animation: focusAnimation });
  }, [selectedId, items]);

  // After the effects above: the keyboard's active mark is set on top of the items' classNames.
  const getInstance = useCallback(() => instanceRef.current, []);
  const keyboard = useTimelineKeyboard(items, selectedId, onSelect, getInstance);
  const keysId = useId();

  const timeline = () => instanceRef.current?.timeline;

  return (
    <section className="dl-band" aria-label="Timeline">
      <div className="dl-band__bar">
        <TimelineLegend />
        {tools}
        <div className="dl-band__zoom" role="group" aria-label="Zoom the timeline">
          <button type="button" className="dl-icon-button" aria-label="Zoom in" title="Zoom in" onClick={() => timeline()?.zoomIn(0.5)}>
            <span aria-hidden="true">+</span>
          </button>
          <button type="button" className="dl-icon-button" aria-label="Zoom out" title="Zoom out" onClick={() => timeline()?.zoomOut(0.5)}>
            <span aria-hidden="true">−</span>
          </button>
          <button
            type="button"
            className="dl-text-button"
            title="Show every event"
            onClick={() => instanceRef.current && fitAll(bandRef.current, instanceRef.current, true)}
          >
            Fit
          </button>
        </div>
      </div>
      <div
        className="dl-band__timeline"
        ref={bandRef}
        data-testid="timeline"
        {...keyboard.bandProps}
        aria-describedby={keysId}
      />
      <TimelineKeyHelp id={keysId} activeText={keyboard.activeText} />
    </section>
  );
}

function fitAll(band: HTMLElement | null, { timeline, data }: Instance, animate: boolean): void {
  const target = fitWindow(data.get(), { width: band?.clientWidth ?? 800, labelRoom });
  if (target) timeline.setWindow(target.start, target.end, { animation: animate ? focusAnimation : false });
  exposeWindow(band, timeline);
}

function exposeWindow(band: HTMLElement | null, timeline: Timeline): void {
  if (!band) return;
  const { start, end } = timeline.getWindow();
  band.dataset.windowStart = start.toISOString();
  band.dataset.windowEnd = end.toISOString();
}
