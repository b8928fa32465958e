// The selected event id, kept in the URL hash and following it when the reader edits the link.
import { useCallback, useEffect, useState } from 'react';
import { eventIdFromHash, hashForEvent } from './eventHash';

export function useHashSelection(): [string | null, (id: string | null) => void] {
  const [selectedId, setSelectedId] = useState(() => eventIdFromHash(window.location.hash));

  useEffect(() => {
    const follow = () => setSelectedId(eventIdFromHash(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const select = useCallback((id: string | null) => {
    const { pathname, search } = window.location;
    // replaceState: selecting events is browsing one page, not a trail for the back button.
    window.history.replaceState(window.history.state, '', id ? hashForEvent(id) : pathname + search);
    setSelectedId(id);
  }, []);

  return [selectedId, select];
}
