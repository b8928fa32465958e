import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tagTimexes';
import { createDatesOnlyTest } from './datesOnly';

const datesOnly = (text: string) => createDatesOnlyTest(text, tagTimexes(text, { dct: '2023-06-24' }))({ start: 0, end: text.length });

describe('createDatesOnlyTest', () => {
  it.each(['23:15', '21:47', '24 June 2023', '2021 —', '9 August 2020:', '24 June 2023, 23:15'])('finds nothing but dates in %j', (text) => {
    expect(datesOnly(text)).toBe(true);
  });

  it.each(['23:15 Prigozhin leaves Rostov', 'On 9 August 2020.', 'Talks began on 9 August 2020.', '24 June 2023 · Live', 'No date at all'])('finds words besides the dates in %j', (text) => {
    expect(datesOnly(text)).toBe(false);
  });

  it('answers spans asked in text order, and again from the start', () => {
    const text = '23:15\nPrigozhin agreed on 24 June 2023 to leave.\n21:47';
    const test = createDatesOnlyTest(text, tagTimexes(text, { dct: '2023-06-24' }));
    const second = { start: 6, end: text.indexOf('\n', 6) };
    expect([test({ start: 0, end: 5 }), test(second), test({ start: text.length - 5, end: text.length })]).toEqual([true, false, true]);
    expect(test({ start: 0, end: 5 })).toBe(true);
  });
});
