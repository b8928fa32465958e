import { describe, expect, it } from 'vitest';
import { emptyLibrary, type Library } from './libraryModel';
import { addParsedArticle } from './libraryOps';
import { createLibraryStore, type LibraryStorage } from './libraryStore';
import { makeArticle } from './testLibrary';

function memoryStorage(initial?: unknown): LibraryStorage & { saved: Library[]; cleared: number } {
  let value = initial;
  const storage = {
    saved: [] as Library[],
    cleared: 0,
    load: async () => value,
    save: async (library: Library) => {
      value = library;
      storage.saved.push(library);
    },
    clear: async () => {
      value = undefined;
      storage.cleared++;
    },
  };
  return storage;
}

describe('createLibraryStore', () => {
  it('loads what was saved before, as after a reload', async () => {
    const saved = addParsedArticle(emptyLibrary, makeArticle('text', [])).library;
    const store = createLibraryStore(memoryStorage(saved));
    expect(store.getState().status).toBe('loading');
    await store.load();
    expect(store.getState()).toMatchObject({ status: 'ready', library: saved });
  });

  it('starts empty when storage holds nothing or something that is not a library', async () => {
    const store = createLibraryStore(memoryStorage({ version: 99 }));
    await store.load();
    expect(store.getState().library).toEqual(emptyLibrary);
  });

  it('saves every change as it happens, in order', async () => {
    const storage = memoryStorage();
    const store = createLibraryStore(storage);
    await store.load();
    store.update((library) => addParsedArticle(library, makeArticle('one', [])).library);
    store.update((library) => addParsedArticle(library, makeArticle('two', [])).library);
    await store.saved();
    expect(storage.saved.map((library) => library.articles.length)).toEqual([1, 2]);
  });

  it('reports a failed save instead of losing it silently', async () => {
    const store = createLibraryStore({ ...memoryStorage(), save: () => Promise.reject(new Error('QuotaExceededError')) });
    await store.load();
    store.update((library) => addParsedArticle(library, makeArticle('one', [])).library);
    await store.saved();
    expect(store.getState().saveError).toBe('QuotaExceededError');
  });

  it('clears the library and its storage on start over', async () => {
    const storage = memoryStorage(addParsedArticle(emptyLibrary, makeArticle('text', [])).library);
    const store = createLibraryStore(storage);
    await store.load();
    await store.clear();
    expect(store.getState().library).toEqual(emptyLibrary);
    expect(storage.cleared).toBe(1);
  });
});
