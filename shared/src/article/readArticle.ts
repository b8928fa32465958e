// Reads an article in any of the shapes users bring: our article files (title, HTML body,
// date, source, plain body), HTML documents and fragments, and plain text.
import { alternation } from '../recognise/patterns';
import type { Article, InputProblem } from '../types';
import { isByline } from './byline';
import { htmlToText, looksLikeHtml } from './htmlToText';
import { findInputProblem } from './inputProblem';
import { looksLikeMarkdown, markdownToHtml } from './markdown';
import { isStatusLine, withoutEditorialNotes } from './pageFurniture';
import { findDateLine, toIsoDay } from './publicationDate';
import { foldLine, readPlainText } from './readPlainText';

export type ReadResult = { ok: true; article: Article } | { ok: false; problem: InputProblem };

export interface ReadOptions {
  /** A publication date the user gave; it wins over one found in the text. */
  publicationDate?: string;
  /** The file's name, when the input came from one: "story.html" is read as HTML whatever it looks like. */
  fileName?: string;
}

const ISO_DAY_LINE = /^\d{4}-\d{2}-\d{2}$/;

export function readArticle(raw: string, options: ReadOptions = {}): ReadResult {
  const problem = findInputProblem(raw);
  if (problem) return { ok: false, problem };
  // Control characters (NUL, ESC, backspace…) are never article text: drop them; tabs and line ends stay.
  const normalised = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '');
  const article =
    readArticleFile(normalised) ??
    (looksLikeHtml(normalised) || /\.x?html?$/i.test(options.fileName ?? '') ? readHtml(normalised)
    : looksLikeMarkdown(normalised, options.fileName) ? readHtml(markdownToHtml(normalised))
    : readPlainText(normalised));
  // Whatever the shape, an editor's note at either end ("Correction, 28 January 2025: …") is no text,
  // and an article pasted twice is read once.
  article.text = withoutRepeats(withoutEditorialNotes(article.text.split('\n')), article.title).join('\n');
  if (options.publicationDate) article.publicationDate = toIsoDay(options.publicationDate) ?? article.publicationDate;
  if (!article.text.trim()) return { ok: false, problem: { key: 'noText', message: 'No readable text was found in this article.' } };
  return { ok: true, article };
}

// Line 1 title, line 2 body as HTML paragraphs, line 3 ISO date, line 4 source, then the body again as text.
function readArticleFile(raw: string): Article | null {
  const lines = raw.split('\n');
  const [title, html, date, source] = lines;
  if (lines.length < 4 || !ISO_DAY_LINE.test((date ?? '').trim()) || !looksLikeHtml(html ?? '')) return null;
  const plain = lines.slice(4).map(foldLine).filter(Boolean);
  const paragraphs = plain.length ? plain : htmlToText(html ?? '').paragraphs;
  return {
    title: foldLine(title ?? '') || undefined,
    source: foldLine(source ?? '') || undefined,
    publicationDate: (date ?? '').trim(),
    text: paragraphs.join('\n'),
  };
}

function readHtml(raw: string): Article {
  const doc = htmlToText(raw);
  const published = doc.meta['article:published_time'] ?? doc.meta['datepublished'] ?? doc.meta['date'] ?? doc.firstTime;
  let paragraphs = doc.paragraphs;
  const source = doc.meta['og:site_name'] ?? doc.meta['author'];
  const title = withoutSiteName(doc.meta['og:title'] ?? doc.title, doc.meta['og:site_name']);
  // The page title usually repeats as the first heading, perhaps after a kicker ("Europe"): keep it once, as the title.
  const heading = paragraphs.slice(0, 3).findIndex((paragraph) => paragraph === doc.title || paragraph === title || paragraph === doc.meta['og:title']);
  if (heading >= 0) paragraphs = paragraphs.filter((_, i) => i !== heading);
  // "By Anna Smith · 11 September 2025": the byline's date is the publication's, not an event (a date
  // line further down gives the date, but stays in the text).
  const dateLine = findDateLine(paragraphs.slice(0, 5));
  if (dateLine && dateLine.index < 3) paragraphs = paragraphs.filter((_, i) => i !== dateLine.index);
  // A byline too long or wordy for a date line ("By Anna Petrova in Vilnius · Mon 6 Sep 2021 14.05 BST · Last modified …").
  paragraphs = paragraphs.filter((paragraph, i) => i >= 5 || !isByline(paragraph));
  // "Live · Updated 3 hours ago" under a live page's headline is the page's, not the story's.
  paragraphs = paragraphs.filter((p, i) => i >= 3 || !isStatusLine(p));
  return {
    title,
    source,
    publicationDate: published ? toIsoDay(published) : dateLine?.date,
    text: paragraphs.join('\n'),
  };
}

/** A paragraph this long that repeats an earlier one is a second copy; a shorter one ("Advertisement", a quote) may be a refrain. */
const MIN_REPEATED_PROSE = 80;

/** The paragraphs without the second copy of a paragraph of prose, or of the headline: an article pasted twice. */
function withoutRepeats(paragraphs: readonly string[], title: string | undefined): string[] {
  const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
  const seen = new Set<string>();
  return paragraphs.filter((paragraph) => {
    const folded = fold(paragraph);
    const repeated = folded === fold(title ?? '') || (seen.has(folded) && folded.length >= MIN_REPEATED_PROSE);
    seen.add(folded);
    return !repeated;
  });
}

/** "Prigozhin agrees to leave – live updates | Eastern Wire" without " | Eastern Wire", the site's own name. */
function withoutSiteName(title: string | undefined, siteName: string | undefined): string | undefined {
  if (!title || !siteName) return title;
  const suffix = new RegExp(`\\s+[|–—-]\\s+(?:${alternation([siteName])})$`, 'u');
  const stripped = title.replace(suffix, '');
  return stripped || title;
}
