// The events an article shows: its parse, minus deleted events, with patches and added events.
import type { TimelineEvent } from '../../../shared/src/index';
import { noEdits, type ArticleEdits, type ShownEvent } from './libraryModel';

/** Pure: neither the events nor the edits are changed. */
export function applyEdits(events: readonly TimelineEvent[], edits: ArticleEdits = noEdits): ShownEvent[] {
  const deleted = new Set(edits.deleted);
  const shown: ShownEvent[] = [];
  for (const event of [...events, ...edits.added]) {
    if (deleted.has(event.id)) continue;
    const patch = edits.changed[event.id];
    const isAdded = edits.added.includes(event);
    if (!patch && !isAdded) {
      shown.push(event);
      continue;
    }
    const { end, ...rest } = patch ?? {};
    const next: ShownEvent = { ...event, ...rest, edited: true };
    if (end === null) delete next.end;
    else if (end !== undefined) next.end = end;
    if (next.open === false) delete next.open;
    shown.push(next);
  }
  return shown;
}
