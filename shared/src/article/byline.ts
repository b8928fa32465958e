// A byline near the top of a page: "By Anna Petrova in Vilnius · Mon 6 Sep 2021 14.05 BST · Last
// modified …". Page furniture: its dates are the publication's, its words no one's news.

// "By", a name of two to four capitalised words, perhaps "in Vilnius" or "and Jon Lee", then a separator or the end.
const BYLINE = /^By\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+(?:\s+(?:in|and)\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,3})*\s*(?:[·•|,;–—-]|$)/u;

/** Whether a paragraph is a byline. "By Monday, protests had spread" is not: a name has two words at least. */
export function isByline(paragraph: string): boolean {
  return paragraph.length <= 240 && BYLINE.test(paragraph);
}
