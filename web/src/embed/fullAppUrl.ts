// The full Dateline page of the embedded article (timeline beside the article text), at an event.
import { hashForEvent } from '../app/eventHash';

/** `embedPage` is the embed page's own URL: the app is index.html beside it. */
export function fullAppUrl(embedPage: string, src: string, eventId: string | null): string {
  const url = new URL('./', embedPage);
  url.searchParams.set('src', src);
  if (eventId) url.hash = hashForEvent(eventId);
  return url.href;
}
