import { describe, expect, it } from 'vitest';
import { reachableFiles } from './reachableFiles';

const files = [
  {
    fileName: 'assets/embed-1.js',
    imports: ['assets/react-2.js'],
    dynamicImports: ['assets/lazy-3.js'],
    code: 'new Worker(new URL("parser.worker-4.js", import.meta.url))',
  },
  { fileName: 'assets/main-5.js', imports: ['assets/react-2.js', 'assets/app-only-6.js'], code: '' },
  { fileName: 'assets/react-2.js', code: '' },
  { fileName: 'assets/lazy-3.js', code: '' },
  { fileName: 'assets/parser.worker-4.js', code: 'self.onmessage=…import("./parseArticle-7.js")' },
  { fileName: 'assets/parseArticle-7.js', code: 'export function parseArticle(){}' },
  { fileName: 'assets/app-only-6.js', code: '' },
];

describe('reachableFiles', () => {
  it('follows imports and dynamic imports from the entry, and nothing only another page loads', () => {
    expect(reachableFiles(['assets/embed-1.js'], files).chunks.sort()).toEqual([
      'assets/embed-1.js',
      'assets/lazy-3.js',
      'assets/react-2.js',
    ]);
  });

  it('finds the workers the page’s chunks start by URL, and the chunks the workers import', () => {
    expect(reachableFiles(['assets/embed-1.js'], files).workers).toEqual([
      'assets/parser.worker-4.js',
      'assets/parseArticle-7.js',
    ]);
    expect(reachableFiles(['assets/main-5.js'], files).workers).toEqual([]);
  });

  it('visits a file shared by two paths once', () => {
    const cyclic = [
      { fileName: 'a.js', imports: ['b.js'] },
      { fileName: 'b.js', imports: ['a.js'] },
    ];
    expect(reachableFiles(['a.js'], cyclic).chunks).toEqual(['a.js', 'b.js']);
  });

  it('finds nothing from an entry that is not in the output', () => {
    expect(reachableFiles(['missing.js'], files)).toEqual({ chunks: [], workers: [] });
  });
});
