// Files the editor drops or picks: events JSON is imported, anything else is read as an article.
import { useCallback } from 'react';
import { importArticles } from '../library/importArticles';
import type { LibraryStore } from '../library/libraryStore';
import type { ArticleAdder } from './useArticleAdder';

export type FilesNotice = { text: string; tone: 'info' | 'problem' };

const isJson = (file: File) => /\.json$/i.test(file.name) || file.type === 'application/json';

export function useOpenFiles(store: LibraryStore, adder: ArticleAdder, notify: (notice: FilesNotice) => void) {
  return useCallback(
    async (files: readonly File[]) => {
      const done: string[] = [];
      for (const file of files) {
        const text = await file.text();
        if (isJson(file)) {
          // Loaded when a file is imported: zod is most of the editor's code, and no page needs it to open.
          const { readEventsFile } = await import('./readEventsFile');
          const result = readEventsFile(text);
          if (!result.ok) {
            // Nothing is changed: the library is only touched once the whole file checked out.
            notify({
              text: `“${file.name}” was not imported, and nothing already loaded was changed. ${result.problems.join('; ')}.`,
              tone: 'problem',
            });
            return;
          }
          store.update((library) => importArticles(library, result.articles, result.unmerged));
          done.push(`${result.articles.length === 1 ? '1 article' : `${result.articles.length} articles`} from “${file.name}”`);
          continue;
        }
        const outcome = await adder.add(text, { fileName: file.name });
        if (!outcome.ok) {
          notify({ text: outcome.message ? `“${file.name}” could not be read: ${outcome.message}` : `Reading “${file.name}” was cancelled.`, tone: 'problem' });
          return;
        }
        const { added } = outcome;
        done.push(`“${added.title ?? file.name}” (${added.eventCount === 1 ? '1 event' : `${added.eventCount} events`})`);
      }
      if (done.length) notify({ text: `Added ${done.join(', ')}.`, tone: 'info' });
    },
    [store, adder, notify],
  );
}
