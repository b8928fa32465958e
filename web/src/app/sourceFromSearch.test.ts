import { describe, expect, it } from 'vitest';
import { sourceFromSearch } from './sourceFromSearch';

describe('sourceFromSearch', () => {
  it('opens the first article without a src', () => {
    expect(sourceFromSearch('')).toBe('articles/000_df00862e278acaea.txt');
    expect(sourceFromSearch('?src=%20')).toBe('articles/000_df00862e278acaea.txt');
  });

  it('keeps ?article= working for the articles the app ships with', () => {
    expect(sourceFromSearch('?article=001_abc.html')).toBe('articles/001_abc.html');
  });

  it('prefers src, absolute or relative, as given', () => {
    expect(sourceFromSearch('?src=https%3A%2F%2Fnews.example%2Fa.json&article=001_abc.html')).toBe('https://news.example/a.json');
    expect(sourceFromSearch('?src=examples/belarus-events.json')).toBe('examples/belarus-events.json');
  });
});
