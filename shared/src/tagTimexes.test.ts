import { describe, expect, it } from 'vitest';
import { prepareTagger, tagTimexes } from './tagTimexes';

const tag = (text: string, dct = '2021-11-19') => tagTimexes(text, { dct }).map(({ text: t, type, value }) => [t, type, value]);

describe('tagTimexes on the sentences of the first article (published 2021-11-19)', () => {
  it('reads the dateline', () => {
    expect(tag('MINSK, Nov 18 - PrimePress. Russian President Vladimir Putin has called for a dialogue.')).toEqual([['Nov 18', 'DATE', '2021-11-18']]);
  });

  it('keeps a full date', () => {
    expect(tag('the presidential election of 9 August 2020, in which Alexander Lukashenko was declared the winner for the sixth time with 80.1% of the vote.')).toEqual([['9 August 2020', 'DATE', '2020-08-09']]);
  });

  it('reads a vague duration', () => {
    expect(tag('For several months, there were mass protests and violent crackdowns in the country.')).toEqual([['several months', 'DURATION', 'PXM']]);
  });

  it('keeps a month a month', () => {
    expect(tag('In July 2021, President Lukashenko stated that he no longer intended to restrain illegal migration.')).toEqual([['July 2021', 'DATE', '2021-07']]);
  });

  it('puts a day without a year in the past of the publication date', () => {
    expect(tag('On 15 November at a session of the EU Foreign Affairs Council (FAC), foreign ministers reached a political agreement on applying the 5th parcel of sanctions.')).toEqual([['15 November', 'DATE', '2021-11-15']]);
  });

  it('gives coordinated days the month they share', () => {
    expect(tag('Merkel discussed the migration issue on 10 and 11 November by phone with Putin.')).toEqual([
      ['10', 'DATE', '2021-11-10'],
      ['11 November', 'DATE', '2021-11-11'],
    ]);
  });

  it('finds two dates in one sentence', () => {
    expect(tag('On 15 November, Merkel and Lukashenko held their first telephone conversation, the second phone talk followed on 17 November. End')).toEqual([
      ['15 November', 'DATE', '2021-11-15'],
      ['17 November', 'DATE', '2021-11-17'],
    ]);
  });

  it('takes "recently" as a reference to the past, not a date', () => {
    expect(tag('We will implement all 28 recently adopted union programs.')).toEqual([['recently', 'DATE', 'PAST_REF']]);
  });
});

describe('tagTimexes', () => {
  it('returns sorted spans that never overlap, whose text is their slice', () => {
    const text = 'On Friday, 9 August 2020, and last week and two years ago, in the 1990s and the third quarter of 1998 at 10:30 a.m.';
    const timexes = tagTimexes(text, { dct: '2021-11-19' });
    timexes.forEach((t, i) => {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      if (i > 0) expect(t.start).toBeGreaterThanOrEqual(timexes[i - 1]!.end);
    });
  });

  it('does not mutate its options', () => {
    const options = { dct: '2021-11-19' };
    tagTimexes('last week', options);
    expect(options).toEqual({ dct: '2021-11-19' });
  });

  it('leaves the year open when there is no reference date', () => {
    expect(tagTimexes('on 15 November').map((t) => t.value)).toEqual(['XXXX-11-15']);
  });
});

// Recognition is one pass with bounded look-around: no input may make it slower than linear.
describe('tagTimexes on adversarial input', () => {
  const MB = 1_000_000;
  const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const cpuSeconds = (run: () => void) => {
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1e6;
  };

  it.each([
    ['dates in every word', 'May March 9 August '],
    ['numbers and date words that never complete a date', '1 the last next 2 1/2 twenty four, '],
    ['every construct at once', "the past three years ago 10:30 a.m. Friday early 480 BC the '90s "],
  ])('tags 1 MB of %s in linear time', (_, unit) => {
    const quarter = cpuSeconds(() => tagTimexes(fill(unit, MB / 4), { dct: '2000-01-01' }));
    const whole = cpuSeconds(() => tagTimexes(fill(unit, MB), { dct: '2000-01-01' }));
    // Four times the text may cost about four times as much, never sixteen; generous bounds for a loaded machine.
    expect(whole).toBeLessThan(30);
    expect(whole / Math.max(quarter, 0.05)).toBeLessThan(9);
  }, 120_000);

  it('finds nothing in 1 MB of digits, spaces and punctuation', () => {
    expect(tagTimexes(fill('1-2.3,4 ', MB), { dct: '2000-01-01' })).toEqual([]);
  });
});

describe('prepareTagger', () => {
  it('leaves nothing of its own text behind for the next tag to count from', () => {
    const story = 'The next day, the talks resumed. Two weeks later they ended.';
    const before = tagTimexes(story);
    prepareTagger();
    expect(tagTimexes(story)).toEqual(before);
    // With no date told and none published, neither has a day to count from.
    expect(before.map((t) => t.value)).toEqual(['XXXX-XX-XX', 'FUTURE_REF']);
  });
});
