// The embed page's options, from its query string: src, event, theme, height, and the frame's id.

export type EmbedTheme = 'light' | 'dark';

export interface EmbedOptions {
  /** The article or events JSON, absolute; null when missing or not http(s). */
  src: string | null;
  /** What src said when it is not usable, for the message shown instead of the timeline. */
  rejectedSrc: string | null;
  eventId: string | null;
  theme: EmbedTheme;
  /** Height of the timeline band in px, within what a column can hold; null: the default. */
  bandHeight: number | null;
  /** Names this frame in messages to the host: our loader's `id`, or pym.js's `childId`. */
  frameId: string;
}

export const bandHeightRange = { min: 160, max: 800 } as const;

export function embedOptionsFromUrl(pageUrl: string): EmbedOptions {
  const url = new URL(pageUrl);
  const params = url.searchParams;
  const rawSrc = params.get('src')?.trim() || null;
  const src = rawSrc ? httpUrl(rawSrc, url) : null;
  return {
    src,
    rejectedSrc: rawSrc && !src ? rawSrc : null,
    eventId: params.get('event') || null,
    theme: params.get('theme') === 'dark' ? 'dark' : 'light',
    bandHeight: bandHeight(params.get('height')),
    frameId: params.get('id') || params.get('childId') || 'dateline',
  };
}

// Relative to the embed page itself, like any link in it; other schemes (javascript:, file:) are refused.
function httpUrl(src: string, base: URL): string | null {
  try {
    const url = new URL(src, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function bandHeight(value: string | null): number | null {
  if (!value || !/^\d+(?:px)?$/.test(value.trim())) return null;
  const px = Number.parseInt(value, 10);
  return Math.min(bandHeightRange.max, Math.max(bandHeightRange.min, px));
}
