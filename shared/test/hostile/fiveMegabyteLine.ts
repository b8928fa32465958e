// A single 5 MB line: a minified page with no line break, as some sites serve their articles.
// Generated, not stored: 5 MB in the repository would be noise.

const SENTENCES = [
  'Talks resumed on 15 November 2021, the ministry said.',
  'The first round had ended on 10 November, and officials met again on 17 November.',
  'Protests followed the election of 9 August 2020 for several months.',
  'Sanctions were imposed in June 2021 and extended in December.',
  'Both sides will meet again next year.',
];

/** About `length` characters of HTML paragraphs on one line (5 MB by default). */
export function fiveMegabyteLine(length = 5_000_000): string {
  const parts: string[] = ['<html><head><title>One line</title></head><body>'];
  let size = parts[0]!.length;
  for (let i = 0; size < length; i++) {
    const paragraph = `<p class="p${i % 7}">${SENTENCES[i % SENTENCES.length]} <b>${i}</b></p>`;
    parts.push(paragraph);
    size += paragraph.length;
  }
  return `${parts.join('')}</body></html>`;
}
