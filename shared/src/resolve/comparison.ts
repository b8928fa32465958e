// "proved peaceful compared to the carnage of November", "down from a high of 300 in July": a date a figure is compared with, told
// a few words after the word that compares, in its sentence (whose figures may hold a decimal point: "up from 151.8 million
// Tuesday"). Such a date lies before the time the story has got to.
import { matchesBefore } from './clauseWords';

const COMPARED_WITH_BEFORE = /(?<![\p{L}])(?:compared\s+(?:to|with)|as\s+opposed\s+to|(?:up|down)\s+from|from\s+a\s+(?:high|low|peak)\s+of)(?![\p{L}])(?:[^.;!?]|\.(?=\d))*$/iu;
/** How far before a date the word that compares may stand: "as opposed to a peak of nearly 1,600 in". */
const COMPARED_WITH_REACH = 50;

/** Whether the date at text[start…] is one a figure is compared with. */
export const isComparedWith = (text: string, start: number) => matchesBefore(COMPARED_WITH_BEFORE, COMPARED_WITH_REACH, text, start);

// Of news figures only: "compared with", or "up" or "down" from a figure ("down from $3.60 in June", "up from 6.8% in September",
// "down from a peak of nearly 26,000 in January"), not "shut down from Thanksgiving until Dec. 3".
// (Not a date after a comma that closes the comparison, the main verb's: "will pay a dividend of 8 cents, up from 5 cents, on May 15".)
// ("expects demand to grow 7%, unchanged from its April forecast": a figure left as it was.)
const FIGURE_COMPARED_WITH_BEFORE = /(?<![\p{L}])(?:compared\s+(?:to|with)|unchanged\s+from|(?:up|down)\s+from(?=\s+(?:a\s+(?:high|low|peak)\s+of\s+)?(?:about\s+|nearly\s+|almost\s+|roughly\s+)?[$£€]?\d))(?![\p{L}])(?:[^.,;!?]|[.,](?=\d))*$/iu;

/** Whether the date at text[start…] is one a figure is compared with, by a figure or "compared with". */
export const isFigureComparedWith = (text: string, start: number) => matchesBefore(FIGURE_COMPARED_WITH_BEFORE, COMPARED_WITH_REACH, text, start);
