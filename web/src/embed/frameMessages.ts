// The messages between the embed page (in the iframe) and the host page: ours, pym.js's and AMP's.
// Pure builders and readers, shared by the loader and the embed page and tested without a browser.

/** From the embed page to its parent. `id` names the frame, as given in the embed page's URL. */
export type FrameMessage =
  | { type: 'dateline:height'; id: string; height: number }
  | { type: 'dateline:select'; id: string; eventId: string | null };

/** From the host page into the embed page: select an event (null: none). */
export interface HostMessage {
  type: 'dateline:select';
  eventId: string | null;
}

/** What amp-iframe listens for (with the `resizable` attribute). */
export interface AmpEmbedSize {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

// A taller page is a bug or an attack, not an article: never stretch the host page without end.
const maxHeight = 20_000;

/** The height in the three formats a host may listen for: ours, pym.js's string, AMP's embed-size. */
export function heightMessages(id: string, height: number): [FrameMessage, string, AmpEmbedSize] {
  const px = Math.ceil(height);
  return [
    { type: 'dateline:height', id, height: px },
    `pymxPYMx${id}xPYMxheightxPYMx${px}`,
    { sentinel: 'amp', type: 'embed-size', height: px },
  ];
}

export function frameSelectMessage(id: string, eventId: string | null): FrameMessage {
  return { type: 'dateline:select', id, eventId };
}

export function hostSelectMessage(eventId: string | null): HostMessage {
  return { type: 'dateline:select', eventId };
}

/** A message from an embed page, or null when the data is anything else (pym strings included). */
export function readFrameMessage(data: unknown): FrameMessage | null {
  if (!isRecord(data) || typeof data.id !== 'string') return null;
  if (data.type === 'dateline:height') {
    const { height } = data;
    if (typeof height !== 'number' || !Number.isFinite(height) || height < 0 || height > maxHeight) return null;
    return { type: 'dateline:height', id: data.id, height: Math.ceil(height) };
  }
  if (data.type === 'dateline:select' && isEventId(data.eventId)) {
    return { type: 'dateline:select', id: data.id, eventId: data.eventId };
  }
  return null;
}

/** A message from the host page, or null when the data is anything else. */
export function readHostMessage(data: unknown): HostMessage | null {
  if (!isRecord(data) || data.type !== 'dateline:select' || !isEventId(data.eventId)) return null;
  return { type: 'dateline:select', eventId: data.eventId };
}

function isEventId(value: unknown): value is string | null {
  return value === null || (typeof value === 'string' && value.length > 0 && value.length <= 200);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
