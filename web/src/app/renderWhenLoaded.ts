// The entries start the parse first and load the React tree after (see main.tsx): a tree whose
// script fails to load (a deploy swapped the files, the network dropped) leaves a message, not a blank page.

export function renderWhenLoaded<Tree>(root: HTMLElement, load: () => Promise<Tree>, render: (tree: Tree) => void): void {
  load().then(render, (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    root.textContent = `Dateline could not load its script (${reason}). Reload the page to try again.`;
    root.setAttribute('role', 'alert');
  });
}
