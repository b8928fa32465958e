import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../index';
import { splitSentences } from '../text/sentences';
import { anyText, dateWordMix, htmlText, publicationDate, unicodeText } from './arbitraries';
import { articleProblems, splitsCharacter } from './invariants';

const PROBLEM_KEYS = ['empty', 'binary', 'tooLarge', 'noText', 'malformed'];
const fileName = fc.option(fc.constantFrom('story.html', 'story.txt', 'STORY.HTM', 'story', ''));

const readsCleanly = (raw: string, date?: string, name?: string | null) => {
  const result = readArticle(raw, { publicationDate: date, fileName: name ?? undefined });
  if (!result.ok) {
    expect(PROBLEM_KEYS).toContain(result.problem.key);
    expect(result.problem.message.length).toBeGreaterThan(10);
    return;
  }
  expect(articleProblems(result.article)).toEqual([]);
};

describe('readArticle on random input', () => {
  it('never throws on random Unicode and yields folded paragraphs or a problem', () => {
    fc.assert(fc.property(unicodeText(), publicationDate(), fileName, readsCleanly), { seed: 6001, numRuns: 400 });
  });

  it('never throws on random HTML and yields folded paragraphs or a problem', () => {
    fc.assert(fc.property(htmlText(), publicationDate(), fileName, readsCleanly), { seed: 6002, numRuns: 400 });
  });

  it('never throws on random mixes of date words, numbers and markup', () => {
    fc.assert(fc.property(anyText(), publicationDate(), fileName, readsCleanly), { seed: 6003, numRuns: 300 });
  });

  it('reads our four-line article format with a random body', () => {
    const articleFile = fc.tuple(unicodeText(40), htmlText(10), dateWordMix(20)).map(([title, html, body]) => `${title.replace(/\n/g, ' ')}\n<p>a</p><p>${html}</p>\n2021-11-19\nSource\n${body}`);
    fc.assert(fc.property(articleFile, publicationDate(), fileName, readsCleanly), { seed: 6004, numRuns: 200 });
  });

  // The script comes first: random markup before it can legitimately turn it into text, as in a
  // browser ("</<script>" opens a bogus comment that ends at the first ">").
  it('keeps no script or style text and no tag of random HTML', () => {
    fc.assert(
      fc.property(htmlText(), (html) => {
        const result = readArticle(`<html><body><script>SECRET_SCRIPT()</script><style>.SECRET_STYLE{}</style>${html}</body></html>`);
        if (!result.ok) return;
        expect(result.article.text).not.toMatch(/SECRET_SCRIPT|SECRET_STYLE|<script|<\/script|<style|onerror=|onload=/i);
      }),
      { seed: 6005, numRuns: 300 },
    );
  });

  it('gives the same article when it reads the same input twice', () => {
    fc.assert(
      fc.property(anyText(), (raw) => {
        expect(readArticle(raw)).toEqual(readArticle(raw));
      }),
      { seed: 6006, numRuns: 200 },
    );
  });
});

describe('splitSentences on random input', () => {
  it('returns sorted, disjoint, trimmed spans inside the text that cut no character in two', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const spans = splitSentences(text);
        spans.forEach((span, i) => {
          expect(span.start).toBeGreaterThanOrEqual(i === 0 ? 0 : spans[i - 1]!.end);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(text.length);
          const sentence = text.slice(span.start, span.end);
          expect(sentence.trim()).toBe(sentence);
          expect(splitsCharacter(text, span.start) || splitsCharacter(text, span.end)).toBe(false);
        });
        // Every non-space character belongs to some sentence: no text is lost.
        const covered = spans.reduce((n, span) => n + text.slice(span.start, span.end).replace(/\s/g, '').length, 0);
        expect(covered).toBe(text.replace(/\s/g, '').length);
      }),
      { seed: 6007, numRuns: 400 },
    );
  });
});
