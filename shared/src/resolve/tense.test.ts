import { describe, expect, it } from 'vitest';
import { tenseAt } from './tense';

// The tense around the bracketed date of a sentence.
const tenseOf = (marked: string) => {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return tenseAt(marked.replace('[', '').replace(']', ''), start, end);
};

describe('tenseAt', () => {
  it('takes the direction from the cue word nearest the date', () => {
    expect(tenseOf('Cuba predicted [Wednesday] that exiles will appeal.')).toEqual({ direction: 'past', distance: 1 });
    expect(tenseOf('Exiles will appeal the ruling [Wednesday], Cuba predicted.')).toEqual({ direction: 'future', distance: 4 });
  });

  it('reads two-word phrases of the future', () => {
    expect(tenseOf('Trading is to resume [Tuesday].').direction).toBe('future');
  });

  it('does not take a passive participle after "be" for the past', () => {
    expect(tenseOf('Guidelines to be published in [early November] matter.').direction).toBe('unknown');
  });

  it('takes a day named for what happened on it from the past', () => {
    expect(tenseOf("They will appeal [Wednesday]'s ruling.").direction).toBe('past');
  });

  it('points deadlines ahead', () => {
    expect(tenseOf('The offer was extended to [Nov. 20].').direction).toBe('future');
  });

  it('stays within the sentence: "U.S." does not end one', () => {
    expect(tenseOf('He will go. The U.S. troops left [Friday].').direction).toBe('past');
    expect(tenseOf('He left. The troops go [Friday].').direction).toBe('unknown');
  });
});
