// The card's ← → buttons: the selected event's neighbours in date order, as the band's keys walk them.
import type { Neighbours } from './neighbours';

export interface CardNavProps {
  around: Neighbours<{ id: string }>;
  onSelect(id: string): void;
}

export function CardNav({ around: { earlier, later }, onSelect }: CardNavProps) {
  return (
    <nav className="dl-card__nav" aria-label="Other events">
      <button
        type="button"
        className="dl-icon-button"
        aria-label="Earlier event"
        title="Earlier event"
        disabled={!earlier}
        onClick={() => earlier && onSelect(earlier.id)}
      >
        <span aria-hidden="true">←</span>
      </button>
      <button
        type="button"
        className="dl-icon-button"
        aria-label="Later event"
        title="Later event"
        disabled={!later}
        onClick={() => later && onSelect(later.id)}
      >
        <span aria-hidden="true">→</span>
      </button>
    </nav>
  );
}
