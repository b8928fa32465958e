// The event selected in an embed, in the host page's URL: "#dateline-<id>", so a link opens on it.

const prefix = '#dateline-';

export function eventIdFromHostHash(hash: string): string | null {
  if (!hash.startsWith(prefix) || hash.length === prefix.length) return null;
  try {
    return decodeURIComponent(hash.slice(prefix.length));
  } catch {
    return null;
  }
}

export function hostHashForEvent(eventId: string): string {
  return prefix + encodeURIComponent(eventId);
}
