// Joins the lines of hard-wrapped text, PDF copies included, where a line end may split a word at a
// hyphen: "cam-\npaign" is "campaign", "Protase-\nvich" "Protasevich", but "Vilnius-\nbased" stays
// "Vilnius-based" and "Soviet-\nEra" "Soviet-Era". With no dictionary, the article itself is the evidence.
import { COMPOUND_HEADS, COMPOUND_MODIFIERS } from '../lexicon/en/pageFurniture';

const HEADS = new Set<string>(COMPOUND_HEADS);
const MODIFIERS = new Set<string>(COMPOUND_MODIFIERS);
// Words of the text, hyphenated compounds whole; a word cut by a line end is no evidence of itself.
const WORD = /\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*/gu;
const CUT_AFTER = /^-[ \t]*\n/;
const MAX_WORD = 100;
// Quotes and brackets before a word: '("cam-' is the word "cam".
const OPENING_PUNCTUATION = /^[("“‘'[«]+/u;

export interface LineJoiner {
  /** True when `after` finishes a word that line `before` leaves cut at a hyphen: both sides lower-case. */
  continuesWord(before: string, after: string): boolean;
  /**
   * Where line `before` meets line `after`: `before` as it ends then (a cut word's hyphen dropped) and
   * the gap, a space, or nothing after a mended word or a hyphen or dash that ends the line.
   */
  seam(before: string, after: string): { before: string; gap: '' | ' ' };
}

export function createLineJoiner(text: string): LineJoiner {
  // Read only when a line end cuts a word: most texts have none.
  let words: { exact: Set<string>; lower: Set<string> } | undefined;
  const wordsOfText = () => {
    if (words) return words;
    const exact = new Set<string>();
    for (const match of text.matchAll(WORD)) {
      const end = match.index + match[0].length;
      if (!CUT_AFTER.test(text.slice(end, end + 8))) exact.add(match[0]);
    }
    return (words = { exact, lower: new Set([...exact].map((word) => word.toLowerCase())) });
  };

  const cutWord = (before: string) => {
    // Only the line's end is read: a word is shorter than this.
    const end = before.slice(-MAX_WORD);
    if (!/\p{Ll}-$/u.test(end)) return null;
    return end.slice(end.lastIndexOf(' ') + 1, -1).replace(OPENING_PUNCTUATION, '');
  };
  const continuesWord = (before: string, after: string) => cutWord(before) !== null && /^\p{Ll}/u.test(after);

  // Whether "left-\nright" is a compound that keeps its hyphen, rather than a word cut in two.
  const keepsHyphen = (left: string, right: string) => {
    const head = /^[\p{L}\p{M}'’]+/u.exec(right)?.[0] ?? right;
    const { exact, lower } = wordsOfText();
    // The text itself, where it writes the word unbroken, says best which it is.
    if (lower.has(`${left}-${head}`.toLowerCase())) return true;
    if (lower.has(`${left}${head}`.toLowerCase())) return false;
    const lastPart = left.slice(left.lastIndexOf('-') + 1);
    if (HEADS.has(head) || MODIFIERS.has(lastPart.toLowerCase())) return true;
    // "Vilnius-" is a word the text uses alone, "Protase-" is not.
    return /^\p{Lu}/u.test(lastPart) && exact.has(lastPart);
  };

  return {
    continuesWord,
    seam(before, after) {
      const left = continuesWord(before, after) ? cutWord(before) : null;
      if (left) return { before: keepsHyphen(left, after) ? before : before.slice(0, -1), gap: '' };
      if (before.endsWith('\u00ad')) return { before: before.slice(0, -1), gap: '' };
      // "Soviet-\nEra", "1998-\n2000", "June–\nJuly": the hyphen or dash joins, as it did on one line.
      return { before, gap: /[^\s][-‐–—]$/u.test(before.slice(-2)) ? '' : ' ' };
    },
  };
}
