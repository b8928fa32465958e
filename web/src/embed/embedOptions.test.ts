import { describe, expect, it } from 'vitest';
import { embedOptionsFromUrl } from './embedOptions';

const page = 'https://cdn.example.org/dateline/embed.html';

describe('embedOptionsFromUrl', () => {
  it('defaults to the light theme, no selection, the default band and a generic frame id', () => {
    expect(embedOptionsFromUrl(`${page}?src=articles/a.txt`)).toEqual({
      src: 'https://cdn.example.org/dateline/articles/a.txt',
      rejectedSrc: null,
      eventId: null,
      theme: 'light',
      bandHeight: null,
      frameId: 'dateline',
    });
  });

  it('reads every option', () => {
    const options = embedOptionsFromUrl(
      `${page}?src=https%3A%2F%2Fnews.example.com%2Fa.json&event=2021-11-15-x&theme=dark&height=360&id=dateline-3`,
    );
    expect(options).toMatchObject({
      src: 'https://news.example.com/a.json',
      eventId: '2021-11-15-x',
      theme: 'dark',
      bandHeight: 360,
      frameId: 'dateline-3',
    });
  });

  it('takes pym.js’s childId as the frame id', () => {
    expect(embedOptionsFromUrl(`${page}?src=a.txt&childId=graphic&initialWidth=600`).frameId).toBe('graphic');
  });

  it('keeps the band height within what a column can hold', () => {
    expect(embedOptionsFromUrl(`${page}?src=a&height=20`).bandHeight).toBe(160);
    expect(embedOptionsFromUrl(`${page}?src=a&height=5000px`).bandHeight).toBe(800);
    expect(embedOptionsFromUrl(`${page}?src=a&height=tall`).bandHeight).toBeNull();
  });

  it('refuses sources that are not http(s), and says what was given', () => {
    const options = embedOptionsFromUrl(`${page}?src=${encodeURIComponent('javascript:alert(1)')}`);
    expect(options.src).toBeNull();
    expect(options.rejectedSrc).toBe('javascript:alert(1)');
  });

  it('has no source when src is missing', () => {
    expect(embedOptionsFromUrl(page)).toMatchObject({ src: null, rejectedSrc: null });
  });
});
