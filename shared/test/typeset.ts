// A text of the TimeML corpora (typed in ASCII, with `` '' and --) as modern news sets it: curly quotes and apostrophes, em and en
// dashes. Such a text is two bytes a character in V8, which the tagger reads through a one-byte stand-in (text/oneByteText.ts).
export const typeset = (text: string) =>
  text
    .replace(/``\s*/g, '“')
    .replace(/\s*''/g, '”')
    .replace(/(\w)'(\w)/g, '$1’$2')
    .replace(/(^|[\s(])'/g, '$1‘')
    .replace(/'/g, '’')
    .replace(/"(?=\w)/g, '“')
    .replace(/"/g, '”')
    .replace(/ ?--? /g, ' — ')
    .replace(/(\d)-(\d)/g, '$1–$2');
