import { describe, expect, it } from 'vitest';
import { treePreloads, type BuiltChunk } from './treePreloads';

const chunk = (fileName: string, parts: Partial<BuiltChunk> = {}): BuiltChunk => ({
  fileName,
  imports: [],
  dynamicImports: [],
  css: [],
  ...parts,
});

describe('treePreloads', () => {
  it('preloads the dynamically imported tree, its static imports and their stylesheets', () => {
    const entry = chunk('main.js', { imports: ['boot.js'], dynamicImports: ['render.js'] });
    const chunks = [
      entry,
      chunk('boot.js'),
      chunk('render.js', { imports: ['app.js', 'boot.js'], css: ['render.css'] }),
      chunk('app.js', { css: ['app.css'], dynamicImports: ['zod.js'] }),
      chunk('zod.js'),
    ];
    expect(treePreloads(entry, chunks)).toEqual({ scripts: ['render.js', 'app.js'], styles: ['render.css', 'app.css'] });
  });

  it('leaves out what the page loads anyway and what is only imported on demand further down', () => {
    const entry = chunk('main.js', { imports: ['shared.js'], dynamicImports: ['shared.js'] });
    expect(treePreloads(entry, [entry, chunk('shared.js', { dynamicImports: ['late.js'] }), chunk('late.js')])).toEqual({
      scripts: [],
      styles: [],
    });
  });
});
