// The events as a list (date, title, quote) in date order, mirroring the timeline and its
// selection. Always in the page for screen readers; shown when the reader turns on "List view".
import { memo, useState } from 'react';
import type { TimelineEvent } from '../../../shared/src/index';
import '../app/visuallyHidden.css';
import { formatEventDate } from '../dates/formatEventDate';
import './list.css';

export interface EventListProps {
  id: string;
  ordered: readonly TimelineEvent[];
  selectedId: string | null;
  onSelect(id: string): void;
  /** Shown; when hidden it is only read, and its buttons are out of the tab order. */
  shown: boolean;
  /** Where each event comes from, by id: the editor's lanes. */
  sources?: ReadonlyMap<string, string>;
}

/** Rows a page: enough to read through, few enough that ten thousand events never cost 50,000 elements. */
export const listPageSize = 100;
const count = new Intl.NumberFormat('en');

export function EventList({ id, ordered, selectedId, onSelect, shown, sources }: EventListProps) {
  const [page, setPage] = useState(0);
  // The page turns to the selected event when it is chosen elsewhere (state adjusted while rendering).
  const [pageTurnedFor, setPageTurnedFor] = useState<string | null>(null);
  if (selectedId !== pageTurnedFor) {
    setPageTurnedFor(selectedId);
    const index = selectedId ? ordered.findIndex((event) => event.id === selectedId) : -1;
    if (index >= 0) setPage(Math.floor(index / listPageSize));
  }
  const pages = Math.max(1, Math.ceil(ordered.length / listPageSize));
  const current = Math.min(page, pages - 1);
  const first = current * listPageSize;
  const rows = ordered.slice(first, first + listPageSize);
  const tabIndex = shown ? 0 : -1;
  return (
    <div id={id} className={shown ? 'dl-list' : 'dl-list dl-visually-hidden'}>
      {pages > 1 && (
        <div className="dl-list__pager" role="group" aria-label="Pages of the list">
          <button type="button" className="dl-text-button" tabIndex={tabIndex} disabled={current === 0} onClick={() => setPage(current - 1)}>
            Earlier events
          </button>
          <span className="dl-list__range" aria-live="polite">
            Events {count.format(first + 1)}–{count.format(first + rows.length)} of {count.format(ordered.length)}
          </span>
          <button type="button" className="dl-text-button" tabIndex={tabIndex} disabled={current === pages - 1} onClick={() => setPage(current + 1)}>
            Later events
          </button>
        </div>
      )}
      <ol className="dl-list__events" aria-label="Events in date order">
        {rows.map((event) => (
          <EventRow
            key={event.id}
            event={event}
            source={sources?.get(event.id)}
            selected={event.id === selectedId}
            shown={shown}
            onSelect={onSelect}
          />
        ))}
      </ol>
    </div>
  );
}

interface EventRowProps {
  event: TimelineEvent;
  source: string | undefined;
  selected: boolean;
  shown: boolean;
  onSelect(id: string): void;
}

// A change of selection redraws the two rows it touches, not every row.
const EventRow = memo(function EventRow({ event, source, selected, shown, onSelect }: EventRowProps) {
  return (
    <li
      className={selected ? 'dl-list__event dl-list__event--selected' : 'dl-list__event'}
      aria-current={selected ? 'true' : undefined}
      data-event-id={event.id}
    >
      <p className="dl-list__date">{formatEventDate(event)}</p>
      <button type="button" className="dl-list__title" tabIndex={shown ? 0 : -1} onClick={() => onSelect(event.id)}>
        {event.title || event.dateText}
      </button>
      {source && <p className="dl-list__source">{source}</p>}
      <blockquote className="dl-list__quote">
        <p>{event.quote}</p>
      </blockquote>
    </li>
  );
});
