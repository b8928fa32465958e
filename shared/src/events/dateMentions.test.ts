import { describe, expect, it } from 'vitest';
import type { Timex, TimexType } from '../types';
import { findDateMentions } from './dateMentions';

// Builds the timexes a tagger would give for the marked spans: "[10|2021-11-10] and [11 November|2021-11-11]".
function tagged(marked: string, type: TimexType = 'DATE'): { text: string; timexes: Timex[] } {
  let text = '';
  const timexes: Timex[] = [];
  for (const part of marked.split(/(\[[^\]]+\])/)) {
    const match = /^\[([^|]+)\|([^|\]]+)(?:\|(\w+))?\]$/.exec(part);
    if (!match) { text += part; continue; }
    timexes.push({ start: text.length, end: text.length + match[1]!.length, text: match[1]!, type: (match[3] as TimexType) ?? type, value: match[2]! });
    text += match[1];
  }
  return { text, timexes };
}

const mentions = (marked: string, publicationDate?: string) => {
  const { text, timexes } = tagged(marked);
  return findDateMentions(text, timexes, publicationDate).map(({ textStart, textEnd, ...date }) => ({ ...date, text: text.slice(textStart, textEnd) }));
};

describe('findDateMentions', () => {
  it('keeps single dates at their precision', () => {
    expect(mentions('In [July 2021|2021-07], he spoke.')).toEqual([{ start: '2021-07', text: 'July 2021' }]);
  });

  it('joins coordinated days into one span', () => {
    expect(mentions('on [10|2021-11-10] and [11 November|2021-11-11] by phone')).toEqual([{ start: '2021-11-10', end: '2021-11-11', text: '10 and 11 November' }]);
  });

  it('joins "from ... to ..." and dashes into spans', () => {
    expect(mentions('from [May|2020-05] to [July 2020|2020-07]')).toEqual([{ start: '2020-05', end: '2020-07', text: 'May to July 2020' }]);
    expect(mentions('in [1998|1998]-[2000|2000]')).toEqual([{ start: '1998', end: '2000', text: '1998-2000' }]);
  });

  it('keeps two dated statements joined by "and" apart', () => {
    expect(mentions('met on [Monday|2021-11-15] and again on [Friday|2021-11-19]')).toHaveLength(2);
    expect(mentions('in [2019|2019] and [2020|2020]')).toHaveLength(2);
  });

  it('never makes a span that runs backwards', () => {
    expect(mentions('[11 November|2021-11-11] and [10|2021-11-10]')).toHaveLength(2);
  });

  it('anchors a vague period on the last date mentioned, at the period\'s precision, open-ended', () => {
    expect(mentions('the election of [9 August 2020|2020-08-09]. For [several months|PXM|DURATION], there were protests.')).toEqual([
      { start: '2020-08-09', text: '9 August 2020' },
      { start: '2020-08', open: true, text: 'several months' },
    ]);
  });

  it('makes no period of a vague length inside a sentence, which tells no start', () => {
    expect(mentions('Inflation passed 2,000% in [1994|1994]. Wages went unpaid for [months|PXM|DURATION] at the factories.')).toEqual([{ start: '1994', text: '1994' }]);
    expect(mentions('Trains stopped on [Tuesday|2022-02-01], ending a trade that for [years|PXY|DURATION] made the port rich.')).toEqual([{ start: '2022-02-01', text: 'Tuesday' }]);
  });

  it('makes no ongoing period of a few days or weeks', () => {
    expect(mentions('on [16 August 2020|2020-08-16]. For [a few weeks|PXW|DURATION] we believed.')).toEqual([{ start: '2020-08-16', text: '16 August 2020' }]);
  });

  it('gives a period of stated length its end', () => {
    expect(mentions('in [March 2020|2020-03]; for [three months|P3M|DURATION] they waited')).toEqual([
      { start: '2020-03', text: 'March 2020' },
      { start: '2020-03', end: '2020-06', text: 'three months' },
    ]);
  });

  it('makes no period of a limit: "for up to six months"', () => {
    expect(mentions('in [March 2020|2020-03] a law allowed detention for [up to six months|P6M|DURATION]')).toEqual([{ start: '2020-03', text: 'March 2020' }]);
  });

  it('makes no period of a term imposed: "jailed for 10 years", "banned from office for five years"', () => {
    expect(mentions('in [August 2020|2020-08] protests began. Znak was jailed for [10 years|P10Y|DURATION].')).toEqual([{ start: '2020-08', text: 'August 2020' }]);
    expect(mentions('in [May 2021|2021-05] he was banned from office for [five years|P5Y|DURATION]')).toEqual([{ start: '2021-05', text: 'May 2021' }]);
    expect(mentions('in [May 2022|2022-05] the prosecution had asked for [eleven years|P11Y|DURATION]')).toEqual([{ start: '2022-05', text: 'May 2022' }]);
  });

  it('runs a period told in the present perfect up to the publication, not on from the last date told', () => {
    const text = 'the vote of [9 August 2020|2020-08-09]. Lukashenko has ruled the former Soviet republic of 9.5 million people for [26 years|P26Y|DURATION].';
    expect(mentions(text, '2020-08-11')).toEqual([
      { start: '2020-08-09', text: '9 August 2020' },
      { start: '1994', open: true, text: '26 years' },
    ]);
    expect(mentions(text)).toEqual([{ start: '2020-08-09', text: '9 August 2020' }]);
    expect(mentions('in [May 2021|2021-05] she has been held for [months|PXM|DURATION]', '2021-09-01')).toEqual([{ start: '2021-05', text: 'May 2021' }]);
  });

  it('makes no period of a comparison across the years: "the first time since 2001"', () => {
    expect(mentions('It was the first time since [2001|2001] that they stayed away.')).toEqual([{ start: '2001', text: '2001' }]);
    expect(mentions('Turnout was the lowest in any vote since [1994|1994].')).toEqual([{ start: '1994', text: '1994' }]);
  });

  it('opens a period that starts "since" a date', () => {
    expect(mentions('jailed since [May 2021|2021-05]')).toEqual([{ start: '2021-05', open: true, text: 'May 2021' }]);
  });

  it('ignores durations with nothing to anchor them, and values a timeline cannot place', () => {
    expect(mentions('for [two years|P2Y|DURATION] now [now|PRESENT_REF] every [Monday|XXXX-WXX-1|SET]')).toEqual([]);
  });
});
