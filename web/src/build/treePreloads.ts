// Which files a page should start downloading at once although its entry only imports them later.
// The entries start the parse, then import() the React tree (main.tsx); without a hint the browser
// would ask for the tree's script only once the entry has run, and then beside the source it fetches.
// Pure: read from the chunk graph of the build.

export interface BuiltChunk {
  fileName: string;
  imports: readonly string[];
  dynamicImports: readonly string[];
  /** The stylesheets Vite split out of the chunk. */
  css: readonly string[];
}

export interface TreePreloads {
  scripts: string[];
  styles: string[];
}

/** The entry's dynamic imports and everything they import statically, minus what the page already loads. */
export function treePreloads(entry: BuiltChunk, chunks: readonly BuiltChunk[]): TreePreloads {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const loadedAnyway = new Set<string>();
  const markStatic = (name: string) => {
    if (loadedAnyway.has(name)) return;
    loadedAnyway.add(name);
    for (const imported of byName.get(name)?.imports ?? []) markStatic(imported);
  };
  markStatic(entry.fileName);

  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (name: string) => {
    if (loadedAnyway.has(name) || scripts.has(name)) return;
    const chunk = byName.get(name);
    if (!chunk) return;
    scripts.add(name);
    chunk.css.forEach((sheet) => styles.add(sheet));
    chunk.imports.forEach(visit);
  };
  entry.dynamicImports.forEach(visit);
  return { scripts: [...scripts], styles: [...styles] };
}
