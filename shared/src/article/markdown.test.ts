import { describe, expect, it } from 'vitest';
import { readArticle } from './readArticle';
import { looksLikeMarkdown } from './markdown';

const MARKDOWN = [
  "# Ukraine's EU path",
  '',
  '*By Olena Hrytsenko · Kyiv · 15 December 2023*',
  '',
  '**EU leaders agreed on Thursday** to open talks, a decision [Volodymyr Zelensky](https://president.gov.ua) welcomed.',
  '',
  '| Date | Event |',
  '|------|-------|',
  '| 28 February 2022 | Ukraine applies |',
  '| 23 June 2022 | Candidate status granted |',
].join('\n');

describe('Markdown articles', () => {
  it('are told by headings, strong text, links or tables, two kinds at least, or by a .md name', () => {
    expect(looksLikeMarkdown(MARKDOWN)).toBe(true);
    expect(looksLikeMarkdown('Plain text with one **bold** word.')).toBe(false);
    expect(looksLikeMarkdown('Plain text.', 'notes.md')).toBe(true);
  });

  it('are read without their syntax: the heading is the title, a table row a paragraph', () => {
    const result = readArticle(MARKDOWN);
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.article.title).toBe("Ukraine's EU path");
    expect(result.article.publicationDate).toBe('2023-12-15');
    expect(result.article.text).toBe(
      [
        'EU leaders agreed on Thursday to open talks, a decision Volodymyr Zelensky welcomed.',
        'Date – Event',
        '28 February 2022 – Ukraine applies',
        '23 June 2022 – Candidate status granted',
      ].join('\n'),
    );
  });
});
