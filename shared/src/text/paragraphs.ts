// Paragraphs, as the recognisers and the resolver ask of the text between two dates.

/** A blank line: what stands on either side of one is in two paragraphs. */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;

/** Whether a blank line, which ends a paragraph, stands in `between`. */
export const hasParagraphBreak = (between: string) => PARAGRAPH_BREAK.test(between);
