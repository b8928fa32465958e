// A band with its "List view" toggle, and the list of the same events under it: the reader's band
// and the editor's lanes alike.
import { useId, useState, type ReactNode } from 'react';
import type { TimelineEvent } from '../../../shared/src/index';
import { EventList } from './EventList';

export interface BandWithListProps {
  /** The events in date order, as the band's keys walk them. */
  ordered: readonly TimelineEvent[];
  selectedId: string | null;
  onSelect(id: string | null): void;
  /** Where each event comes from, by id ("From “…”"), when the band has several sources. */
  sources?: ReadonlyMap<string, string>;
  /** Draws the band, with the toggle in its bar. */
  band(toggle: ReactNode): ReactNode;
}

export function BandWithList({ ordered, selectedId, onSelect, sources, band }: BandWithListProps) {
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
      {band(toggle)}
      <EventList
        id={listId}
        ordered={ordered}
        selectedId={selectedId}
        onSelect={onSelect}
        shown={listShown}
        {...(sources ? { sources } : {})}
      />
    </>
  );
}
