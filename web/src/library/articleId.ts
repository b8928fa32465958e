// A short id from an article's text (FNV-1a, 32 bits): the same text gets the same id.
export function articleId(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `a${(hash >>> 0).toString(36)}${text.length.toString(36)}`;
}
