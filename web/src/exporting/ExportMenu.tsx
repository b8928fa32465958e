// "Export": our events JSON, CSV, or TimelineJS3 JSON, saved from the browser.
import { useEffect, useRef, useState } from 'react';
import type { Library } from '../library/libraryModel';
import { downloadFile } from './downloadFile';
import { toCsv } from './toCsv';
import { toEventsJson } from './toEventsJson';
import { toTimelineJs } from './toTimelineJs';

export interface ExportMenuProps {
  library: Library;
}

interface Format {
  label: string;
  hint: string;
  save(library: Library, stamp: string): void;
}

const formats: Format[] = [
  {
    label: 'JSON (Dateline events)',
    hint: 'Articles, events and your edits; import it back later',
    save: (library, stamp) =>
      downloadFile(`dateline-${stamp.slice(0, 10)}.json`, `${JSON.stringify(toEventsJson(library, stamp), null, 2)}\n`, 'application/json'),
  },
  {
    label: 'CSV',
    hint: 'One row per event, for spreadsheets',
    save: (library, stamp) => downloadFile(`dateline-${stamp.slice(0, 10)}.csv`, toCsv(library), 'text/csv;charset=utf-8'),
  },
  {
    label: 'TimelineJS3 JSON',
    hint: 'For Knight Lab’s TimelineJS',
    save: (library, stamp) =>
      downloadFile(`dateline-${stamp.slice(0, 10)}-timelinejs.json`, `${JSON.stringify(toTimelineJs(library), null, 2)}\n`, 'application/json'),
  },
];

export function ExportMenu({ library }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !menuRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  return (
    <div className="dl-menu" ref={menuRef}>
      <button type="button" className="dl-text-button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        Export ▾
      </button>
      {open && (
        <ul className="dl-menu__list" role="menu" aria-label="Export">
          {formats.map((format) => (
            <li key={format.label} role="none">
              <button
                type="button"
                role="menuitem"
                className="dl-menu__item"
                onClick={() => {
                  setOpen(false);
                  format.save(library, new Date().toISOString());
                }}
              >
                {format.label}
                <span className="dl-menu__hint">{format.hint}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
