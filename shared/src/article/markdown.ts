// Markdown articles (a CMS export, a note written in an editor): read by `marked`, the widely used
// CommonMark and GitHub-flavoured parser, into HTML that the page reader then reads like any page.
// Hand-written, "**", "[text](url)" and tables stayed in titles and quotes as raw syntax.
import { marked } from 'marked';

// Signs of Markdown: headings, strong text, links, a table's rule line.
const SIGNS = [/^#{1,6}\s+\S/m, /\*\*[^*\n]+\*\*/, /\[[^\]\n]+\]\([^)\s]+\)/, /^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$/m];

/** A file named .md, or a text with two kinds of Markdown signs at least. */
export function looksLikeMarkdown(raw: string, fileName = ''): boolean {
  if (/\.(?:md|markdown)$/i.test(fileName)) return true;
  return SIGNS.filter((sign) => sign.test(raw)).length >= 2;
}

export function markdownToHtml(raw: string): string {
  return marked.parse(raw, { async: false, gfm: true });
}
