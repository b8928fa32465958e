// Imported articles join the library: an article already there (same text) is replaced with its
// edits, the others are kept as they are.
import type { ArticleEdits, Library } from './libraryModel';
import type { ImportedArticle } from '../importing/readEventsFile';

export function importArticles(library: Library, imported: readonly ImportedArticle[], unmerged: readonly string[] = []): Library {
  const byId = new Map(imported.map((entry) => [entry.article.id, entry]));
  const kept = library.articles.map((article) => byId.get(article.id)?.article ?? article);
  const known = new Set(library.articles.map((article) => article.id));
  const added = imported.filter((entry) => !known.has(entry.article.id)).map((entry) => entry.article);
  const edits = { ...library.edits };
  for (const entry of imported) {
    if (entry.edits && !isEmpty(entry.edits)) edits[entry.article.id] = entry.edits;
    else delete edits[entry.article.id];
  }
  return {
    ...library,
    articles: [...kept, ...added],
    edits,
    unmerged: [...new Set([...library.unmerged, ...unmerged])],
  };
}

function isEmpty(edits: ArticleEdits): boolean {
  return Object.keys(edits.changed).length === 0 && edits.deleted.length === 0 && edits.added.length === 0;
}
