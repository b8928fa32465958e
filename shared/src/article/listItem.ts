// "• 9 August 2020: …", "- Aug. 10 – …", "* 2021 — …", "1. …", "2) …", "(a) …": a line that opens a list item.
// An em dash is no marker: hard-wrapped text puts one at a line's start ("— the sixth since 1994 —").

/** Bullets seen in pasted chronologies, plain-text lists and PDF copies. */
const BULLETS = ['•', '◦', '▪', '▫', '‣', '⁃', '●', '○', '■', '□', '▸', '►', '➢', '✓', '✔', '·', '*', '-', '–'] as const;

const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&');
// A number of one or two digits ("2021." is a year that ends a sentence, not item 2021), or a lower-case letter.
const MARKER = new RegExp(`^(?:(?<bullet>${BULLETS.map(escape).join('|')})|(?<number>\\d{1,2}[.)]|\\(\\d{1,2}\\))|(?<letter>[a-z]\\)|\\([a-z]\\)))\\s+(?<text>\\S.*)$`, 's');

export interface ListItem {
  /** The bullet itself, or "number" or "letter": items of one list share it. */
  kind: string;
  /** The line without its marker. */
  text: string;
}

/** The list item a folded line opens; null when it opens none. */
export function listItem(line: string): ListItem | null {
  const groups = MARKER.exec(line)?.groups;
  if (!groups) return null;
  const kind = groups.bullet ?? (groups.number ? 'number' : 'letter');
  return { kind, text: groups.text! };
}
