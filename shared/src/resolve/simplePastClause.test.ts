import { describe, expect, it } from 'vitest';
import { inSimplePastClause } from './simplePastClause';

// Whether the bracketed date of a sentence is an adverbial of a clause told in the simple past.
const inPastClause = (marked: string) => {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return inSimplePastClause(marked.replace('[', '').replace(']', ''), start, end);
};

describe('inSimplePastClause', () => {
  it('reads the simple past of the clause before the date, however far off', () => {
    expect(inPastClause('She pleaded not guilty at a hearing on [19 March].')).toBe(true);
    expect(inPastClause('The funeral home operator changed from a fiscal year to a calendar year in [December].')).toBe(true);
    // "to" before a name is a preposition, not the infinitive that opens a clause ("agreed to buy").
    expect(inPastClause('She returned to Chile in [March] to launch her campaign.')).toBe(true);
    expect(inPastClause('It agreed to buy the unit in [March].')).toBe(false);
  });

  it('reads a span opened by "between" or "from" as an adverbial of its clause', () => {
    expect(inPastClause('Moody robbed stores in Savannah between [Jan. 28] and Feb. 16.')).toBe(true);
    expect(inPastClause('Inspectors visited the home four times from [May] to July.')).toBe(true);
  });

  it('reads the simple past of the clause after a fronted date', () => {
    expect(inPastClause('In [March] the company was sold.')).toBe(true);
    expect(inPastClause('At a hearing on [19 March], she pleaded not guilty.')).toBe(true);
    expect(inPastClause('Work stopped when the builder went bankrupt; in [July] a new contractor was appointed.')).toBe(true);
    expect(inPastClause('In [August] the club was still appealing against a transfer ban.')).toBe(true);
    expect(inPastClause('On [19 March], the court heard that she had lied.')).toBe(true);
  });

  it('reads past asides without a verb between a fronted date and its clause', () => {
    expect(inPastClause('In [January], a week after the anniversary, a bombing in Birmingham, Ala., killed a guard.')).toBe(true);
    expect(inPastClause('In [January], a week after the anniversary, the company will be sold.')).toBe(false);
  });

  it('reads the verb before a name in apposition for a phrase after it that has none', () => {
    expect(inPastClause('Soldiers overthrew the elected president, Amadou Toumani Touré, in a coup in [March].')).toBe(true);
    expect(inPastClause('Soldiers will oust the president, Amadou Toumani Touré, in a coup in [March].')).toBe(false);
    // (Not over an aside that is no name.)
    expect(inPastClause('Soldiers overthrew the president, it seems, in a coup in [March].')).toBe(false);
  });

  it('does not read a date that modifies a noun or an adjective', () => {
    expect(inPastClause('Meissner gave no reason for the [Jan. 14] deadline.')).toBe(false);
    expect(inPastClause('Directors authorized a 3-for-2 split of the common, payable [Dec. 7] to stock of record Nov. 22.')).toBe(false);
  });

  it('does not read a past verb of another clause', () => {
    expect(inPastClause('Saudi Arabia told U.S., European and Japanese oil companies of a cutback in their supply in [September].')).toBe(false);
    expect(inPastClause('Conseco said it is calling for the redemption on [Dec. 7] of its preferred shares.')).toBe(false);
    expect(inPastClause('The bank announced an agreement to acquire the holding company in [January].')).toBe(false);
    expect(inPastClause('The company said it may sell the unit in [March].')).toBe(false);
    expect(inPastClause('In [March], the company, which was founded in 1990, will be sold.')).toBe(false);
  });

  it('does not take a present perfect, a present passive or a past adverb for the simple past', () => {
    expect(inPastClause('Albright has invited the ministers to a ceremony in Independence on [March 12].')).toBe(false);
    expect(inPastClause('In [March] the company is sold to its managers.')).toBe(false);
    expect(inPastClause('The last shipment of grain to Cuba in [December].')).toBe(false);
  });

  it('does not read a future or a modal in the clause after a fronted date', () => {
    expect(inPastClause('In [March] the company will be sold.')).toBe(false);
    expect(inPastClause('On [Dec. 7], holders of record must have paid.')).toBe(false);
  });
});
