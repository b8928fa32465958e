// The band of the editor's library: one vis-timeline lane (group) per shown article. Created
// once, fed lanes, items and the selection through effects, destroyed on unmount. One Tab stop,
// walked with the reader's keys (useTimelineKeyboard).
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataGroupCollectionType, type DataItemCollectionType } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { labelRoom } from '../timeline/fitDrawnWindow';
import { fitWindow } from '../timeline/fitWindow';
import { keepItemInView, type ItemInView } from '../timeline/keepItemInView';
import { watchOverflow } from '../timeline/overflowHint';
import { showSelected } from '../timeline/showSelected';
import { TimelineBar } from '../timeline/TimelineBar';
import { TimelineKeyHelp } from '../timeline/TimelineKeyHelp';
import { withActiveClass } from '../timeline/timelineKeys';
import { timelineOptions } from '../timeline/timelineOptions';
import { useTimelineKeyboard } from '../timeline/useTimelineKeyboard';
import '../timeline/timeline.css';
import type { LaneItem } from './toLaneItems';

export interface Lane {
  id: string;
  title: string;
  source?: string;
}

export interface LibraryTimelineProps {
  lanes: Lane[];
  items: LaneItem[];
  selectedId: string | null;
  onSelect(id: string | null): void;
  /** More buttons for the band's bar, before zoom: the list view's toggle. */
  tools?: ReactNode;
}

interface Instance {
  timeline: Timeline;
  items: DataSet<LaneItem, 'id'>;
  groups: DataSet<{ id: string; content: HTMLElement }, 'id'>;
  /** Scrolls the stack up or down to the event chosen last. */
  inView: ItemInView;
}

/** A lane's label as DOM text: article titles are never HTML. Whole in a tooltip, as phones cut it. */
function laneLabel(lane: Lane): HTMLElement {
  const label = document.createElement('span');
  label.className = 'dl-lane';
  label.dataset.laneId = lane.id;
  label.title = lane.source ? `${lane.title} · ${lane.source}` : lane.title;
  const title = document.createElement('span');
  title.className = 'dl-lane__title';
  title.textContent = lane.title;
  label.append(title);
  if (lane.source) {
    const source = document.createElement('span');
    source.className = 'dl-lane__source';
    source.textContent = lane.source;
    label.append(source);
  }
  return label;
}

export function LibraryTimeline({ lanes, items, selectedId, onSelect, tools }: LibraryTimelineProps) {
  const bandRef = useRef<HTMLDivElement>(null);
  const instanceRef = useRef<Instance | null>(null);
  const onSelectRef = useRef(onSelect);
  const laneKey = lanes.map((lane) => `${lane.id}\u0000${lane.title}\u0000${lane.source ?? ''}`).join('\u0001');

  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const band = bandRef.current;
    if (!band) return;
    const itemData = new DataSet<LaneItem, 'id'>();
    const groupData = new DataSet<{ id: string; content: HTMLElement }, 'id'>();
    const timeline = new Timeline(
      band,
      itemData as unknown as DataItemCollectionType,
      groupData as unknown as DataGroupCollectionType,
      { ...timelineOptions, groupOrder: 'order' },
    );
    timeline.on('select', ({ items: ids }: { items: Array<string | number> }) => {
      const [id] = ids;
      onSelectRef.current(id === undefined ? null : String(id));
    });
    timeline.on('rangechanged', () => exposeWindow(band, timeline));
    const stopWatchingOverflow = watchOverflow(band, timeline);
    const inView = keepItemInView(band, timeline);
    instanceRef.current = { timeline, items: itemData, groups: groupData, inView };
    return () => {
      instanceRef.current = null;
      inView.stop();
      stopWatchingOverflow();
      timeline.destroy();
    };
  }, []);

  useEffect(() => {
    const instance = instanceRef.current;
    if (!instance) return;
    instance.groups.clear();
    instance.groups.add(lanes.map((lane, order) => ({ id: lane.id, content: laneLabel(lane), order })));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- laneKey stands for the lanes' content
  }, [laneKey]);

  const getInstance = useCallback(() => instanceRef.current, []);
  const keyboard = useTimelineKeyboard(items, selectedId, onSelect, getInstance);
  const drawnItems = useMemo(() => withActiveClass(items, keyboard.activeId), [items, keyboard.activeId]);

  useEffect(() => {
    const instance = instanceRef.current;
    if (!instance) return;
    const ids = new Set(drawnItems.map((item) => item.id));
    instance.items.remove(instance.items.getIds().filter((id) => !ids.has(String(id))));
    instance.items.update(drawnItems);
  }, [drawnItems]);

  // After the drawing above: new items are fitted, a key's move to another event is not.
  useEffect(() => {
    const instance = instanceRef.current;
    if (!instance) return;
    fitAll(bandRef.current, instance, false);
    // New lane titles widen the left panel on vis's next redraw, and the time panel narrows: measured
    // before, the room kept for the latest label was too small, and "The current boat was built in 2011" was cut at "Th".
    const refit = () => {
      instance.timeline.off('changed', refit);
      fitAll(bandRef.current, instance, false);
    };
    instance.timeline.on('changed', refit);
    return () => instance.timeline.off('changed', refit);
  }, [items]);

  const itemsById = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  useEffect(() => {
    const instance = instanceRef.current;
    if (!instance) return;
    showSelected(instance.timeline, selectedId ? itemsById.get(selectedId) : undefined);
  }, [selectedId, itemsById]);

  // Vertically, the event chosen last, selected or moved to with the keys, as in the reader's band.
  useEffect(() => instanceRef.current?.inView.show(selectedId), [selectedId]);
  useEffect(() => {
    if (keyboard.activeId) instanceRef.current?.inView.show(keyboard.activeId);
  }, [keyboard.activeId]);

  const timeline = () => instanceRef.current?.timeline;

  return (
    <section className="dl-band dl-band--lanes" aria-label="Timeline">
      <TimelineBar
        tools={tools}
        onZoom={(direction) => (direction === 'in' ? timeline()?.zoomIn(0.5) : timeline()?.zoomOut(0.5))}
        onFit={() => instanceRef.current && fitAll(bandRef.current, instanceRef.current, true)}
      />
      <div className="dl-band__timeline" ref={bandRef} data-testid="timeline" {...keyboard.bandProps} />
      <TimelineKeyHelp id={keyboard.helpId} activeText={keyboard.activeText} />
    </section>
  );
}

function fitAll(band: HTMLElement | null, { timeline, items }: Instance, animate: boolean): void {
  // The lane titles take the left of the band: only the centre panel shows time.
  const width = band?.querySelector('.vis-center')?.clientWidth || band?.clientWidth || 800;
  const target = fitWindow(items.get(), { width, labelRoom });
  if (target) {
    timeline.setWindow(target.start, target.end, {
      animation: animate ? { duration: 450, easingFunction: 'easeInOutQuad' } : false,
    });
  }
  exposeWindow(band, timeline);
}

function exposeWindow(band: HTMLElement | null, timeline: Timeline): void {
  if (!band) return;
  const { start, end } = timeline.getWindow();
  band.dataset.windowStart = start.toISOString();
  band.dataset.windowEnd = end.toISOString();
}
