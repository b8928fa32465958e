// The timeline band with its "List view" toggle, and the list of the same events under it.
import { useId, useState } from 'react';
import type { TimelineEvent } from '../../../shared/src/index';
import { TimelineView } from '../timeline/TimelineView';
import type { EventItem } from '../timeline/toTimelineItems';
import { EventList } from './EventList';

export interface TimelineWithListProps {
  items: EventItem[];
  /** The same events in date order, for the list. */
  ordered: readonly TimelineEvent[];
  selectedId: string | null;
  onSelect(id: string | null): void;
}

export function TimelineWithList({ items, ordered, selectedId, onSelect }: TimelineWithListProps) {
  const [listShown, setListShown] = useState(false);
  const listId = useId();
  const toggle = (
    <button
      type="button"
      className="dl-text-button dl-list-toggle"
      aria-pressed={listShown}
      aria-controls={listId}
      onClick={() => setListShown((shown) => !shown)}
    >
      List view
    </button>
  );
  return (
    <>
      <TimelineView items={items} selectedId={selectedId} onSelect={onSelect} tools={toggle} />
      <EventList id={listId} ordered={ordered} selectedId={selectedId} onSelect={onSelect} shown={listShown} />
    </>
  );
}
