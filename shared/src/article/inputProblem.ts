import type { InputProblem } from '../types';

/** The largest text we parse: beyond it a paste is almost surely not one article. */
export const MAX_TEXT_LENGTH = 30_000_000;

/** Checks raw input before any parsing; null when the input is worth reading. */
export function findInputProblem(raw: string): InputProblem | null {
  if (raw.trim() === '') return { key: 'empty', message: 'The article is empty: there is no text to read.' };
  if (raw.length > MAX_TEXT_LENGTH) {
    const mb = (raw.length / 1e6).toFixed(1);
    return { key: 'tooLarge', message: `The text is ${mb} million characters long; Dateline reads articles of up to ${MAX_TEXT_LENGTH / 1e6} million.` };
  }
  if (looksBinary(raw)) return { key: 'binary', message: 'This looks like a binary file (an image, PDF or archive), not text. Paste the article text or use a .txt or .html file.' };
  return null;
}

// Binaries (images, PDFs, archives) are full of NUL bytes, control characters and, decoded as
// UTF-8, replacement characters. A text has almost none: a stray NUL in an article is dropped by
// the reader, not a reason to refuse the article.
function looksBinary(raw: string): boolean {
  const sample = raw.slice(0, 65536);
  let nuls = 0;
  let suspicious = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) nuls++;
    else if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) suspicious++;
  }
  return nuls > sample.length * 0.01 || nuls + suspicious > Math.max(8, sample.length * 0.05);
}
