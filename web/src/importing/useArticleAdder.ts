// Adding an article: parse it in the worker, then put it in the library. One parse at a time.
import { useCallback, useRef, useState } from 'react';
import { addParsedArticle } from '../library/libraryOps';
import type { LibraryStore } from '../library/libraryStore';
import { cancelParsing, parseCancellably } from './cancellableParser';

export type AdderState =
  | { status: 'idle' }
  | { status: 'parsing'; length: number; name?: string }
  | { status: 'problem'; message: string }
  | { status: 'cancelled' };

export interface AddedArticle {
  id: string;
  eventCount: number;
  title?: string;
  reparsed: boolean;
}

/** A problem's message, or null when the parse was cancelled. */
export type AddOutcome = { ok: true; added: AddedArticle } | { ok: false; message: string | null };

export interface ArticleAdder {
  state: AdderState;
  add(raw: string, options: { publicationDate?: string; fileName?: string }): Promise<AddOutcome>;
  cancel(): void;
  reset(): void;
}

export function useArticleAdder(store: LibraryStore): ArticleAdder {
  const [state, setState] = useState<AdderState>({ status: 'idle' });
  const run = useRef(0);

  const add = useCallback<ArticleAdder['add']>(
    async (raw, { publicationDate, fileName }) => {
      const current = ++run.current;
      setState({ status: 'parsing', length: raw.length, ...(fileName ? { name: fileName } : {}) });
      try {
        const result = await parseCancellably(raw, {
          ...(publicationDate ? { publicationDate } : {}),
          ...(fileName ? { fileName } : {}),
        });
        if (current !== run.current) return { ok: false, message: null };
        if (!result.ok) {
          setState({ status: 'problem', message: result.problem.message });
          return { ok: false, message: result.problem.message };
        }
        let added: AddedArticle | null = null;
        store.update((library) => {
          const next = addParsedArticle(library, result.parsed, fileName ? { fileName } : {});
          added = { id: next.id, eventCount: result.parsed.events.length, reparsed: next.reparsed, ...(result.parsed.title ? { title: result.parsed.title } : {}) };
          return next.library;
        });
        setState({ status: 'idle' });
        return added ? { ok: true, added } : { ok: false, message: 'The article could not be added.' };
      } catch (error) {
        if (current !== run.current) return { ok: false, message: null };
        const message = error instanceof Error ? error.message : String(error);
        setState({ status: 'problem', message });
        return { ok: false, message };
      }
    },
    [store],
  );

  const cancel = useCallback(() => {
    run.current++;
    cancelParsing();
    setState({ status: 'cancelled' });
  }, []);

  const reset = useCallback(() => setState({ status: 'idle' }), []);

  return { state, add, cancel, reset };
}
