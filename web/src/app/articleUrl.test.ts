import { describe, expect, it } from 'vitest';
import { articleUrlFromSearch } from './articleUrl';

describe('articleUrlFromSearch', () => {
  it('opens the Belarus article by default', () => {
    expect(articleUrlFromSearch('')).toBe('articles/000_df00862e278acaea.txt');
  });

  it('opens another article of public/articles by file name', () => {
    expect(articleUrlFromSearch('?article=001_abc.html')).toBe('articles/001_abc.html');
  });

  it('ignores paths and other sites', () => {
    expect(articleUrlFromSearch('?article=../secret.txt')).toBe('articles/000_df00862e278acaea.txt');
    expect(articleUrlFromSearch('?article=https://example.com/a.txt')).toBe('articles/000_df00862e278acaea.txt');
  });
});
