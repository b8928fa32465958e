// The page's library store, created on first use and loaded from IndexedDB.
import { useEffect, useSyncExternalStore } from 'react';
import { idbStorage } from './idbStorage';
import { createLibraryStore, type LibraryState, type LibraryStore } from './libraryStore';

let store: LibraryStore | null = null;

export function libraryStore(): LibraryStore {
  store ??= createLibraryStore(idbStorage);
  return store;
}

export function useLibrary(): [LibraryState, LibraryStore] {
  const current = libraryStore();
  const state = useSyncExternalStore(current.subscribe, current.getState);
  useEffect(() => {
    void current.load();
  }, [current]);
  return [state, current];
}
