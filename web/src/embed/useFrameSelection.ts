// The selected event of the embed: starts from ?event=, follows the host page (its #dateline-ID hash,
// relayed by the loader) and tells the host what the reader selects, so the host's URL can say it.
import { useCallback, useEffect, useState } from 'react';
import { frameSelectMessage, readHostMessage } from './frameMessages';

export function useFrameSelection(
  frameId: string,
  initialId: string | null,
  isKnown: (eventId: string) => boolean,
): [string | null, (eventId: string | null) => void] {
  const [selectedId, setSelectedId] = useState(initialId);

  useEffect(() => {
    if (window.parent === window) return;
    const follow = (event: MessageEvent) => {
      if (event.source !== window.parent) return;
      const message = readHostMessage(event.data);
      // Several embeds share one host hash: an id from another article is not ours to clear ours with.
      if (message && (message.eventId === null || isKnown(message.eventId))) setSelectedId(message.eventId);
    };
    window.addEventListener('message', follow);
    return () => window.removeEventListener('message', follow);
  }, [isKnown]);

  const select = useCallback(
    (eventId: string | null) => {
      setSelectedId(eventId);
      if (window.parent !== window) window.parent.postMessage(frameSelectMessage(frameId, eventId), '*');
    },
    [frameId],
  );

  return [selectedId, select];
}
