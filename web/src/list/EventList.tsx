// The events as a list (date, title, quote) in date order, mirroring the timeline and its
// selection. Always in the page for screen readers; shown when the reader turns on "List view".
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
}

export function EventList({ id, ordered, selectedId, onSelect, shown }: EventListProps) {
  return (
    <ol id={id} className={shown ? 'dl-list' : 'dl-list dl-visually-hidden'} aria-label="Events in date order">
      {ordered.map((event) => {
        const selected = event.id === selectedId;
        return (
          <li
            key={event.id}
            className={selected ? 'dl-list__event dl-list__event--selected' : 'dl-list__event'}
            aria-current={selected ? 'true' : undefined}
            data-event-id={event.id}
          >
            <p className="dl-list__date">{formatEventDate(event)}</p>
            <button type="button" className="dl-list__title" tabIndex={shown ? 0 : -1} onClick={() => onSelect(event.id)}>
              {event.title || event.dateText}
            </button>
            <blockquote className="dl-list__quote">
              <p>{event.quote}</p>
            </blockquote>
          </li>
        );
      })}
    </ol>
  );
}
