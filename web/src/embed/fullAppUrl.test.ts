import { describe, expect, it } from 'vitest';
import { fullAppUrl } from './fullAppUrl';

describe('fullAppUrl', () => {
  it('opens the app beside the embed page on the same source and event', () => {
    expect(
      fullAppUrl('https://cdn.example.org/dateline/embed.html?src=x&id=dateline-0', 'https://news.example.com/a.txt', '2021-11-15-x'),
    ).toBe('https://cdn.example.org/dateline/?src=https%3A%2F%2Fnews.example.com%2Fa.txt#event-2021-11-15-x');
  });

  it('opens the app without a hash when nothing is selected', () => {
    expect(fullAppUrl('http://localhost:4173/embed.html', 'http://localhost:4173/a.txt', null)).toBe(
      'http://localhost:4173/?src=http%3A%2F%2Flocalhost%3A4173%2Fa.txt',
    );
  });
});
