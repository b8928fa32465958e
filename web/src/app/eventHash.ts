// The selected event in the URL: "#event-<id>", so a link opens the page on that event.

const prefix = '#event-';

export function eventIdFromHash(hash: string): string | null {
  if (!hash.startsWith(prefix) || hash.length === prefix.length) return null;
  try {
    return decodeURIComponent(hash.slice(prefix.length));
  } catch {
    return null;
  }
}

export function hashForEvent(id: string): string {
  return prefix + encodeURIComponent(id);
}
