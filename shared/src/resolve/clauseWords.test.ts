import { describe, expect, it } from 'vitest';
import { clauseEnd, clauseStart, firstSentenceEnd, lastWordEnd, lastWordStart, lookBackLimit, wordAfter, wordBefore } from './clauseWords';

/** The words before text[at] in its sentence, nearest first, as tense reads them. */
function wordsBefore(text: string, at: number): string[] {
  const words: string[] = [];
  const limit = lookBackLimit(at);
  for (let end = lastWordEnd(text, limit, at); end >= 0; ) {
    const start = lastWordStart(text, limit, end);
    words.push(text.slice(start, end));
    end = lastWordEnd(text, limit, start);
  }
  return words;
}

describe('clauseWords', () => {
  it('reads the words before a date back to its sentence start and no further', () => {
    const text = 'He will go. The troops’ leaders left on Friday.';
    expect(wordsBefore(text, text.indexOf('Friday'))).toEqual(['on', 'left', 'leaders', 'troops’', 'The']);
  });

  it('does not end a sentence at "U.S." or at a month abbreviated before its day', () => {
    const text = 'It closed. The U.S. bought from Sept. 14 to Friday.';
    expect(wordsBefore(text, text.indexOf('Friday'))).toEqual(['to', 'Sept', 'from', 'bought', 'S', 'U', 'The']);
    expect(clauseStart(text, text.indexOf('Friday'))).toBe(text.indexOf('. The') + 1);
  });

  it('does not end a sentence at a title, an initial or "vs." before a capital', () => {
    const text = 'It closed. Mr. Smith and George W. Bush discussed Roe vs. Wade on Friday.';
    expect(clauseStart(text, text.indexOf('Friday'))).toBe(text.indexOf(' Mr.'));
  });

  it('does not end a sentence at "p.m." before its time zone or a bracketed time, but does at the zone\'s own full stop', () => {
    const text = 'It will launch at 9:30 p.m. EDT on Friday.';
    expect(wordsBefore(text, text.indexOf('Friday'))).toEqual(['on', 'EDT', 'm', 'p', 'at', 'launch', 'will', 'It']);
    const bracketed = 'It will launch at 9:30 p.m. (0130 GMT) on Friday.';
    expect(clauseStart(bracketed, bracketed.indexOf('Friday'))).toBe(0);
    const closed = 'It closed at 4 p.m. EST. Trading resumes Friday.';
    expect(clauseStart(closed, closed.indexOf('Friday'))).toBe(closed.indexOf(' Trading'));
  });

  it('does not end a sentence at "p.m." before the day it is on: "from 3 p.m. to 8 p.m. Sunday"', () => {
    const text = 'Visitation will be from 3 p.m. to 8 p.m. Sunday, with a Mass at 10 a.m. Monday.';
    expect(clauseStart(text, text.indexOf('10 a.m.'))).toBe(0);
    const ended = 'It closed at 4 p.m. Traders left.';
    expect(clauseStart(ended, ended.indexOf('left'))).toBe(ended.indexOf(' Traders'));
  });

  it('ends a sentence at a full stop that a closing quotation follows', () => {
    const text = "``Keep him here.'' Protesters rallied Friday.";
    expect(wordsBefore(text, text.indexOf('Friday'))).toEqual(['rallied', 'Protesters', "''"]);
  });

    it('ends the sentence after a date at its full stop', () => {
    const text = 'They met Friday to talk. Then they left.';
    expect(clauseEnd(text, text.indexOf(' to'))).toBe(text.indexOf('. Then'));
  });

    it('ends the sentence at a date\'s own last full stop, when a sentence follows it: "close at 9 p.m. Election officials said"', () => {
    const text = 'Polls close at 9 p.m. Election officials said so.';
    expect(clauseEnd(text, text.indexOf(' Election'))).toBe(text.indexOf(' Election'));
    const zoned = 'Polls close at 9 p.m. EST on Tuesday.';
    expect(clauseEnd(zoned, zoned.indexOf(' EST'))).toBe(zoned.length - 1);
  });

  it('reads the single word before or after a place, within the sentence', () => {
    const text = 'It had been due. Next to it';
    expect(wordBefore(text, 0, text.indexOf(' due'))).toBe('been');
    expect(wordBefore(text, 0, text.indexOf('Next'))).toBeUndefined();
    expect(wordAfter(text, text.indexOf(' to'), text.length)).toBe('to');
  });
});

describe('firstSentenceEnd', () => {
  it('ends the story\'s first sentence, past a headline and a byline that end with no full stop', () => {
    const story = 'Council tax frozen again\n\nBy Jo Bloggs\n\nTRURO — Councillors voted on Tuesday to freeze council tax. The budget passed.';
    expect(story.slice(0, firstSentenceEnd(story))).toMatch(/freeze council tax$/);
    const lede = 'The storm hit on Monday. Power failed.';
    expect(lede.slice(0, firstSentenceEnd(lede))).toBe('The storm hit on Monday');
  });

  it('does not end it at the full stop of a dateline\'s state before the dash: "FRESNO, Calif. — Deputies arrested"', () => {
    const story = 'FRESNO, Calif. — Deputies arrested four people Monday night. Power failed.';
    expect(story.slice(0, firstSentenceEnd(story))).toBe('FRESNO, Calif. — Deputies arrested four people Monday night');
  });
});
