// Which output files a page loads: its entry chunks and their static and dynamic imports, and apart
// from those the workers it starts and their chunks (emitted as .js assets, named in the code). Pure.

export interface OutputFile {
  fileName: string;
  imports?: readonly string[];
  dynamicImports?: readonly string[];
  /** The JavaScript of the file, searched for the names of the workers it starts. */
  code?: string;
}

export interface PageFiles {
  /** The chunks the page runs on its main thread: entries, imports, dynamic imports. */
  chunks: string[];
  /** The .js files those chunks name but do not import: the parser worker, and the chunks it imports. */
  workers: string[];
}

export function reachableFiles(entries: readonly string[], files: readonly OutputFile[]): PageFiles {
  const byName = new Map(files.map((file) => [file.fileName, file]));
  const chunks = new Set<string>();
  const queue = entries.filter((entry) => byName.has(entry));
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (chunks.has(name)) continue;
    chunks.add(name);
    const file = byName.get(name)!;
    queue.push(...(file.imports ?? []), ...(file.dynamicImports ?? []));
  }
  // A worker's own chunks (the parser it imports on demand) are named in its code the same way.
  const workers: string[] = [];
  let code = [...chunks].map((name) => byName.get(name)?.code ?? '').join('\n');
  for (;;) {
    const named = files.filter(
      (file) =>
        !chunks.has(file.fileName) &&
        !workers.includes(file.fileName) &&
        file.fileName.endsWith('.js') &&
        code.includes(baseName(file.fileName)),
    );
    if (named.length === 0) break;
    workers.push(...named.map((file) => file.fileName));
    code = named.map((file) => file.code ?? '').join('\n');
  }
  return { chunks: [...chunks].filter((name) => byName.has(name)), workers };
}

function baseName(fileName: string): string {
  return fileName.slice(fileName.lastIndexOf('/') + 1);
}
