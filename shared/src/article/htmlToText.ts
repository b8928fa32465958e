// Turns an HTML document or fragment into plain paragraphs. htmlparser2 tolerates broken markup
// the way browsers do, and decodes entities, without a DOM, so the same code runs in Node and a worker.
import { Parser } from 'htmlparser2';

/**
 * Elements whose content is never article text (xmp, plaintext, noembed and noframes hold raw markup;
 * aside and footer hold a page's "Most read" and its copyright line, whose dates are no events).
 */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'head', 'button', 'select', 'textarea', 'nav', 'form',
  'xmp', 'plaintext', 'noembed', 'noframes', 'aside', 'footer',
]);

/** Elements that hold a page's article: where a page marks one, its text is all that is read. */
const CONTENT = new Set(['article', 'main']);

/** A table's cells: a row is one paragraph, its cells set apart by a dash ("28 February 2022 – Ukraine applies"). */
const CELLS = new Set(['td', 'th']);

/** Elements that end a paragraph. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr',
  'figure', 'figcaption', 'hr', 'address', 'body', 'html', 'title', 'details', 'summary',
]);

export interface HtmlDocument {
  /** The text of <title>, or of the first <h1> when there is no title. */
  title?: string;
  /** Meta values worth keeping: property/name → content, lower-cased keys. */
  meta: Record<string, string>;
  /** `datetime` of the first <time> element. */
  firstTime?: string;
  /** Paragraphs of visible text, whitespace folded. */
  paragraphs: string[];
}

const foldSpace = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

export function htmlToText(html: string): HtmlDocument {
  const paragraphs: string[] = [];
  // Whether each paragraph lies inside an <article> or <main>.
  const inContent: boolean[] = [];
  let contentDepth = 0;
  const meta: Record<string, string> = {};
  let current = '';
  let skipDepth = 0;
  let titleText: string | undefined;
  let inTitle = false;
  let h1Text: string | undefined;
  let h1Depth = 0;
  let firstTime: string | undefined;
  let rowDepth = 0;

  const endParagraph = () => {
    const paragraph = current.split('\n').map(foldSpace).filter(Boolean).join('\n');
    if (paragraph) {
      paragraphs.push(paragraph);
      inContent.push(contentDepth > 0);
    }
    current = '';
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'meta') {
          const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? '').toLowerCase();
          if (key && attributes.content) meta[key] ??= attributes.content;
          return;
        }
        if (name === 'time' && attributes.datetime) firstTime ??= attributes.datetime;
        if (name === 'title') { inTitle = true; titleText = ''; return; }
        if (SKIPPED.has(name)) { skipDepth++; return; }
        if (name === 'h1' && h1Text === undefined) { h1Depth = 1; h1Text = ''; }
        if (name === 'br') { if (skipDepth === 0) current += '\n'; return; }
        if (BLOCKS.has(name)) endParagraph();
        if (name === 'tr') rowDepth++;
        if (CELLS.has(name) && skipDepth === 0 && current.trim()) current += ' – ';
        if (CONTENT.has(name)) contentDepth++;
      },
      ontext(text) {
        if (inTitle) { titleText += text; return; }
        if (skipDepth > 0) return;
        if (h1Depth) h1Text += text;
        // The line ends between a row's cells are the page source's layout, not line breaks.
        current += rowDepth > 0 ? text.replace(/\n/g, ' ') : text;
      },
      onclosetag(name) {
        if (name === 'title') { inTitle = false; return; }
        if (SKIPPED.has(name)) { skipDepth = Math.max(0, skipDepth - 1); return; }
        if (name === 'h1') h1Depth = 0;
        if (name === 'tr') rowDepth = Math.max(0, rowDepth - 1);
        if (BLOCKS.has(name)) endParagraph();
        if (CONTENT.has(name)) contentDepth = Math.max(0, contentDepth - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  endParagraph();

  // A page that marks its article is read there only: not its menus, teasers and "related" links.
  const read = inContent.includes(true) ? paragraphs.filter((_, i) => inContent[i]) : paragraphs;
  // A <br> inside a paragraph is a line break of its own: keep it as a paragraph boundary.
  const lines = read.flatMap((p) => p.split('\n').map(foldSpace)).filter(Boolean);
  const title = foldSpace(titleText ?? '') || foldSpace(h1Text ?? '') || undefined;
  return { title, meta, firstTime, paragraphs: lines };
}

/** True when a text is markup rather than prose that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  const tags = text.slice(0, 20000).match(/<\/?(?:p|div|br|span|a|h[1-6]|article|section|body|head|html|li|ul|ol|em|strong|b|i|script|style|iframe|img|table|tr|td|meta|link|title)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 2;
}
