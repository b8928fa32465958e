// The library in memory, saved after every change: saves run one after another, the last one wins.
import { emptyLibrary, type Library } from './libraryModel';

export interface LibraryStorage {
  load(): Promise<unknown>;
  save(library: Library): Promise<void>;
  clear(): Promise<void>;
}

export interface LibraryState {
  status: 'loading' | 'ready';
  library: Library;
  /** The last save failed (storage full, private mode): the editor should know. */
  saveError: string | null;
}

export interface LibraryStore {
  getState(): LibraryState;
  subscribe(listener: () => void): () => void;
  load(): Promise<void>;
  update(change: (library: Library) => Library): void;
  clear(): Promise<void>;
  /** Resolves when every change so far is saved. */
  saved(): Promise<void>;
}

function isLibrary(value: unknown): value is Library {
  return typeof value === 'object' && value !== null && (value as Library).version === 1 && Array.isArray((value as Library).articles);
}

export function createLibraryStore(storage: LibraryStorage): LibraryStore {
  let state: LibraryState = { status: 'loading', library: emptyLibrary, saveError: null };
  let loading: Promise<void> | null = null;
  let saving: Promise<void> = Promise.resolve();
  const listeners = new Set<() => void>();

  const setState = (next: LibraryState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  const persist = (work: () => Promise<void>) => {
    saving = saving
      .then(work)
      .then(
        () => {
          if (state.saveError) setState({ ...state, saveError: null });
        },
        (error: unknown) => setState({ ...state, saveError: error instanceof Error ? error.message : String(error) }),
      );
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load() {
      loading ??= storage.load().then(
        (stored) => setState({ ...state, status: 'ready', library: isLibrary(stored) ? stored : emptyLibrary }),
        // Storage unavailable: the editor can still work, and each save will report the problem.
        () => setState({ ...state, status: 'ready' }),
      );
      return loading;
    },
    update(change) {
      const library = change(state.library);
      if (library === state.library) return;
      setState({ ...state, library });
      persist(() => storage.save(library));
    },
    async clear() {
      setState({ ...state, library: emptyLibrary });
      persist(() => storage.clear());
      await saving;
    },
    saved: () => saving,
  };
}
