import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_VERBS } from '../lexicon/en/tense';
import { tagTimexes } from '../tagTimexes';

const values = (text: string, dct = '2013-03-22') => tagTimexes(text, { dct }).map((t) => [t.text, t.value]);

describe('the day a source said what a sentence tells', () => {
  it('leaves the story at the day the sentence told: "on March 1, the ministry said Tuesday. Ten days later"', () => {
    expect(values('The army launched the offensive on March 1, the ministry said Tuesday. Ten days later, the city fell.')).toEqual([
      ['March 1', '2013-03-01'], ['Tuesday', '2013-03-19'], ['Ten days later', '2013-03-11'],
    ]);
    expect(values('Troops entered the city on March 1, officials said on Tuesday, and the mayor fled the following day.')).toEqual([
      ['March 1', '2013-03-01'], ['Tuesday', '2013-03-19'], ['the following day', '2013-03-02'],
    ]);
  });

  it('is where the story is when the sentence told no other day: "The company said Tuesday that it would cut jobs"', () => {
    expect(values('The company said Tuesday that it would cut 500 jobs. The next day, its shares fell 5%.')).toEqual([
      ['Tuesday', '2013-03-19'], ['The next day', '2013-03-20'],
    ]);
  });

  it('is where the story is when a sentence ended after the day told', () => {
    expect(values('The offensive began on March 1. Officials said Tuesday that the city had fallen. The next day, troops entered it.')).toEqual([
      ['March 1', '2013-03-01'], ['Tuesday', '2013-03-19'], ['The next day', '2013-03-20'],
    ]);
  });

  it('has every verb of saying end in "d" or "e", the letters it is looked for by', () => {
    for (const verb of ATTRIBUTION_VERBS) expect(verb, verb).toMatch(/[de]$/);
  });
});
