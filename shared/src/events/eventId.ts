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
export function eventId(start: string, quote: string, dateText: string, taken: ReadonlySet<string>): string {
  const base = `${start}-${hash(`${quote}\u0000${dateText}`)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
