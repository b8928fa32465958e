// dist/embed.js: turns each <div data-dateline-src="URL"> of a host page into an iframe of the embed
// page, keeps its height equal to its content, and mirrors the selected event in the host's hash.
// Built on its own as a classic script (an IIFE, no imports, no framework); it adds nothing to the
// host page but the iframes and one global, window.Dateline, which stops a second copy.
import { embedFrameUrl } from './embedFrameUrl';
import { hostSelectMessage, readFrameMessage } from './frameMessages';
import { eventIdFromHostHash, hostHashForEvent } from './hostHash';

interface Frame {
  iframe: HTMLIFrameElement;
  id: string;
  /** The event the frame was last told to show, so a hash set before it loaded is not lost. */
  toldEventId: string | null;
  heard: boolean;
}

interface DatelineGlobal {
  /** Embeds the divs added since, for pages that cannot wait for the MutationObserver. */
  scan(): void;
}

const selector = 'div[data-dateline-src]';

// An iframe only needs a first height until the embed page reports its own.
const initialHeight = '520px';

// Inline and !important: the host's global CSS (`iframe {…}`, `* {…}`) must not size or hide the frame.
const frameStyle: ReadonlyArray<readonly [string, string]> = [
  ['display', 'block'],
  ['position', 'static'],
  ['float', 'none'],
  ['box-sizing', 'border-box'],
  ['width', '100%'],
  ['min-width', '0'],
  ['max-width', '100%'],
  ['min-height', '0'],
  ['max-height', 'none'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0 none'],
  ['background', 'transparent'],
  ['opacity', '1'],
  ['visibility', 'visible'],
  ['transform', 'none'],
  ['filter', 'none'],
  ['overflow', 'hidden'],
];

// allow-scripts: the timeline is a React page that parses the article in a Web Worker.
// allow-same-origin: keeps the embed page's own origin, without which it could not start its worker
// from its own files nor fetch relative sources (an opaque origin fails both). Served from another
// origin than the host, the frame still cannot touch the host page; served from the host's own
// origin, no sandbox with scripts and same-origin is a barrier, and the origin is the only one.
// allow-popups: "made with Dateline" and "Show in the article" open the full page in a new tab.
// No allow-top-navigation: the embed never navigates the host page.
const sandbox = 'allow-scripts allow-same-origin allow-popups';

function start(): void {
  const host = window as Window & { Dateline?: DatelineGlobal };
  if (host.Dateline) {
    host.Dateline.scan();
    return;
  }

  // Read now: document.currentScript is only set while this script first runs.
  const script = document.currentScript as HTMLScriptElement | null;
  const scriptUrl = script?.src || document.querySelector<HTMLScriptElement>('script[src*="embed.js"]')?.src || document.baseURI;
  const embedPage = new URL('embed.html', scriptUrl);
  const embedOrigin = embedPage.origin;

  let frames: Frame[] = [];
  const mounted = new WeakSet<Element>();
  let count = 0;

  const liveFrames = (): Frame[] => (frames = frames.filter((frame) => frame.iframe.isConnected));

  const tell = (frame: Frame, eventId: string): void => {
    frame.toldEventId = eventId;
    frame.iframe.contentWindow?.postMessage(hostSelectMessage(eventId), embedOrigin);
  };

  const mount = (div: HTMLElement): void => {
    if (mounted.has(div)) return;
    mounted.add(div);
    const data = div.dataset;
    const id = `dateline-${count++}`;
    const hashEventId = eventIdFromHostHash(location.hash);
    const iframe = document.createElement('iframe');
    iframe.src = embedFrameUrl(
      { src: data.datelineSrc ?? '', event: data.datelineEvent, theme: data.datelineTheme, height: data.datelineHeight },
      { embedPage: embedPage.href, hostBase: document.baseURI, frameId: id, hashEventId },
    );
    iframe.title = data.datelineTitle || 'Interactive timeline of the article’s events (Dateline)';
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('sandbox', sandbox);
    // Its height follows its content: a scrollbar would only flash, and narrow the content, while it catches up.
    iframe.setAttribute('scrolling', 'no');
    for (const [property, value] of frameStyle) iframe.style.setProperty(property, value, 'important');
    iframe.style.setProperty('height', initialHeight, 'important');
    frames.push({ iframe, id, toldEventId: hashEventId || data.datelineEvent || null, heard: false });
    div.appendChild(iframe);
  };

  const scan = (root: ParentNode): void => {
    if (root instanceof HTMLElement && root.matches(selector)) mount(root);
    root.querySelectorAll<HTMLElement>(selector).forEach(mount);
  };

  window.addEventListener('message', (event) => {
    if (event.origin !== embedOrigin) return;
    const frame = liveFrames().find((candidate) => candidate.iframe.contentWindow === event.source);
    const message = frame && readFrameMessage(event.data);
    if (!frame || !message) return;
    if (!frame.heard) {
      frame.heard = true;
      // The hash may have changed while the lazy frame was still loading.
      const hashEventId = eventIdFromHostHash(location.hash);
      if (hashEventId && hashEventId !== frame.toldEventId) tell(frame, hashEventId);
    }
    if (message.type === 'dateline:height') {
      frame.iframe.style.setProperty('height', `${message.height}px`, 'important');
    } else if (message.eventId) {
      frame.toldEventId = message.eventId;
      // replaceState: no scroll jump, no hashchange echo, and the back button still leaves the page.
      history.replaceState(history.state, '', hostHashForEvent(message.eventId));
    } else if (eventIdFromHostHash(location.hash) !== null) {
      history.replaceState(history.state, '', location.pathname + location.search);
    }
  });

  window.addEventListener('hashchange', () => {
    const eventId = eventIdFromHostHash(location.hash);
    if (eventId) for (const frame of liveFrames()) tell(frame, eventId);
  });

  new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => {
        if (node.nodeType === Node.ELEMENT_NODE) scan(node as Element);
      });
    }
  }).observe(document.documentElement, { childList: true, subtree: true });

  host.Dateline = { scan: () => scan(document) };
  scan(document);
}

start();
