// Event ids stay the same when the same text is parsed again, so shared links keep working.

/** FNV-1a, 32 bits, as 6 base-36 characters: short, and stable across runs and machines. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(6, '0');
}

/** "2021-11-15-1x2k9a": the date, then a hash of the quote and the date as written. */
export function eventId(start: string, quote: string, dateText: string): string {
  return `${start}-${hash(`${quote}\u0000${dateText}`)}`;
}

/**
 * Ids unique within one article: the second event with the same id gets "-2", the third "-3".
 * A count per id, not a search through the taken ones, keeps a text repeated 10,000 times linear.
 */
export function createEventIds(): (start: string, quote: string, dateText: string) => string {
  const seen = new Map<string, number>();
  return (start, quote, dateText) => {
    const base = eventId(start, quote, dateText);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    // A suffixed id never equals another base: a base ends in a hash of at least six characters.
    return count === 1 ? base : `${base}-${count}`;
  };
}
