// The keys of the band, shown while it has focus, and the event moved to, for screen readers.
import '../app/visuallyHidden.css';
import './keyboard.css';

export interface TimelineKeyHelpProps {
  id: string;
  activeText: string;
}

export function TimelineKeyHelp({ id, activeText }: TimelineKeyHelpProps) {
  return (
    <>
      <p id={id} className="dl-visually-hidden">
        Left and Right arrows move between events in date order, Up and Down zoom, Enter selects the event,
        Escape clears the selection.
      </p>
      <p className="dl-band__keys" aria-hidden="true">
        ← → events · ↑ ↓ zoom · Enter select · Esc clear
      </p>
      <p className="dl-visually-hidden" role="status">
        {activeText}
      </p>
    </>
  );
}
