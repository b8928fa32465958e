// The URL of one embed's iframe, from the host div's data-dateline-* attributes. Pure: the loader
// passes in the URLs it read from the page.

/** What a host div asks for, as written in its attributes (any of them may be missing). */
export interface EmbedRequest {
  src: string;
  event?: string | null;
  theme?: string | null;
  height?: string | null;
}

export interface FrameUrlContext {
  /** The embed page, resolved against the loader script's own URL. */
  embedPage: string;
  /** The host page's base URL: `src` is relative to the page it is written in. */
  hostBase: string;
  /** Names the frame in its messages. */
  frameId: string;
  /** An event named by the host page's hash wins over the div's data-dateline-event. */
  hashEventId?: string | null;
}

export function embedFrameUrl(request: EmbedRequest, context: FrameUrlContext): string {
  const url = new URL(context.embedPage);
  url.search = '';
  url.hash = '';
  const params = url.searchParams;
  params.set('src', absoluteUrl(request.src, context.hostBase));
  params.set('id', context.frameId);
  const eventId = context.hashEventId || request.event;
  if (eventId) params.set('event', eventId);
  if (request.theme === 'light' || request.theme === 'dark') params.set('theme', request.theme);
  if (request.height && /^\d{2,4}$/.test(request.height.trim())) params.set('height', request.height.trim());
  return url.href;
}

// An unparsable src goes through as written: the embed page shows the problem where the timeline would be.
function absoluteUrl(src: string, base: string): string {
  try {
    return new URL(src.trim(), base).href;
  } catch {
    return src;
  }
}
