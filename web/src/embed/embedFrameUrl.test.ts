import { describe, expect, it } from 'vitest';
import { embedFrameUrl } from './embedFrameUrl';

const context = {
  embedPage: 'https://cdn.example.org/dateline/embed.html',
  hostBase: 'https://news.example.com/world/belarus.html',
  frameId: 'dateline-0',
};

function params(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams);
}

describe('embedFrameUrl', () => {
  it('resolves src against the host page and names the frame', () => {
    const url = embedFrameUrl({ src: 'data/timeline.json' }, context);
    expect(url.startsWith('https://cdn.example.org/dateline/embed.html?')).toBe(true);
    expect(params(url)).toEqual({ src: 'https://news.example.com/world/data/timeline.json', id: 'dateline-0' });
  });

  it('passes on the event, theme and band height', () => {
    const url = embedFrameUrl({ src: '/a.txt', event: '2021-11-15-x', theme: 'dark', height: '360' }, context);
    expect(params(url)).toEqual({
      src: 'https://news.example.com/a.txt',
      id: 'dateline-0',
      event: '2021-11-15-x',
      theme: 'dark',
      height: '360',
    });
  });

  it('prefers the event named in the host page’s hash', () => {
    const url = embedFrameUrl({ src: 'a.txt', event: 'from-attribute' }, { ...context, hashEventId: 'from-hash' });
    expect(params(url).event).toBe('from-hash');
  });

  it('drops options it does not know', () => {
    const url = embedFrameUrl({ src: 'a.txt', theme: 'sepia', height: '100%' }, context);
    expect(params(url)).not.toHaveProperty('theme');
    expect(params(url)).not.toHaveProperty('height');
  });

  it('keeps an absolute src as it is', () => {
    const url = embedFrameUrl({ src: 'https://data.example.net/x.json' }, context);
    expect(params(url).src).toBe('https://data.example.net/x.json');
  });
});
