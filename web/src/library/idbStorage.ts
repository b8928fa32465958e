// The library's place in IndexedDB, through idb-keyval: one key holds the whole library.
import { del, get, set } from 'idb-keyval';
import type { LibraryStorage } from './libraryStore';

const key = 'dateline.library';

export const idbStorage: LibraryStorage = {
  load: () => get(key),
  save: (library) => set(key, library),
  clear: () => del(key),
};
