// The card's ← → buttons: the selected event's neighbours in date order, as the band's keys walk them.
import type { Neighbours } from './neighbours';

export interface CardNavProps {
  around: Neighbours<{ id: string }>;
  onSelect(id: string): void;
}

export function CardNav({ around: { earlier, later }, onSelect }: CardNavProps) {
  const buttons = [
    { label: 'Earlier event', arrow: '←', to: earlier },
    { label: 'Later event', arrow: '→', to: later },
  ];
  return (
    <nav className="dl-card__nav" aria-label="Other events">
      {buttons.map(({ label, arrow, to }) => (
        <button key={label} type="button" className="dl-icon-button" aria-label={label} title={label} disabled={!to} onClick={() => to && onSelect(to.id)}>
          <span aria-hidden="true">{arrow}</span>
        </button>
      ))}
    </nav>
  );
}
