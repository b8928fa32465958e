// The reader's timeline band with its "List view" toggle, and the list of the same events under it.
import type { TimelineEvent } from '../../../shared/src/index';
import { TimelineView } from '../timeline/TimelineView';
import type { EventItem } from '../timeline/toTimelineItems';
import { BandWithList } from './BandWithList';

export interface TimelineWithListProps {
  items: EventItem[];
  /** The same events in date order, for the list. */
  ordered: readonly TimelineEvent[];
  selectedId: string | null;
  onSelect(id: string | null): void;
}

export function TimelineWithList({ items, ordered, selectedId, onSelect }: TimelineWithListProps) {
  return (
    <BandWithList
      ordered={ordered}
      selectedId={selectedId}
      onSelect={onSelect}
      band={(toggle) => <TimelineView items={items} selectedId={selectedId} onSelect={onSelect} tools={toggle} />}
    />
  );
}
