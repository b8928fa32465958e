// The entries start the parse first and load the React tree after (see main.tsx): a tree whose
// script fails to load (a deploy swapped the files, the network dropped) leaves a message, not a blank page.

export function renderWhenLoaded<Tree>(root: HTMLElement, load: () => Promise<Tree>, render: (tree: Tree) => void): void {
  load().then(render, (error: unknown) => {
    // The module's address and the browser's wording are for the console; the reader gets what to do.
    console.error(error);
    root.textContent = 'Dateline could not load its script. Check your connection, then reload the page.';
    root.setAttribute('role', 'alert');
  });
}
