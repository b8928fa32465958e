import { describe, expect, it } from 'vitest';
import type { TimexType } from '../types';
import { isTimeMlValue } from './timeMlValue';

const accepts = (type: TimexType, values: string[]) => values.filter((value) => !isTimeMlValue(value, type));
const rejects = (type: TimexType, values: string[]) => values.filter((value) => isTimeMlValue(value, type));

describe('isTimeMlValue', () => {
  it('accepts calendar dates at year, month and day precision', () => {
    expect(accepts('DATE', ['2020', '2021-07', '2021-11-15', '2020-02-29', '2000-02-29', '0021', '9999-12-31', 'BC0980', 'BC0044-03-15'])).toEqual([]);
  });

  it('accepts weeks, weekends, quarters, halves, seasons, decades and centuries', () => {
    expect(accepts('DATE', ['1998-W32', '1998-W32-WE', '1998-W32-3', '2020-W53', '1998-Q3', '1998-H1', '1998-SP', '1998-SU', '1998-FA', '1998-WI', '199', '19'])).toEqual([]);
  });

  it('accepts dates whose year or parts the text left open', () => {
    expect(accepts('DATE', ['XXXX', 'XXXX-11', 'XXXX-11-15', 'XXXX-02-29', 'XXXX-XX-XX', 'XXXX-WXX-1', 'XXXX-WXX', 'XXXX-SU', 'XXXX-Q3', 'XXXX-QX', 'XXXX-H2', 'XX95', 'XX95-06'])).toEqual([]);
  });

  it('accepts the three reference values as dates and times', () => {
    expect(accepts('DATE', ['PRESENT_REF', 'PAST_REF', 'FUTURE_REF'])).toEqual([]);
    expect(accepts('TIME', ['PRESENT_REF'])).toEqual([]);
  });

  it('rejects days, months and weeks that are not in the calendar', () => {
    expect(rejects('DATE', ['2021-13', '2021-00', '2021-02-29', '2021-04-31', '2021-11-00', 'XXXX-02-30', '2021-W54', '2021-W53', '2021-W00', '2021-Q5', '2021-Q0', '2021-H3', '2021-WE'])).toEqual([]);
  });

  it('rejects years that are not four digits and stray characters', () => {
    expect(rejects('DATE', ['12021', '-979', '2021-1-5', '2021-01-5', '20211', '1', '2021-', ' 2021', 'BC980', 'AD2021', 'BCXXXX', '2021 ', '2021-11-15Z', 'NaN', 'undefined', 'XXXX-XX-XX-XX', 'UNDEF-this-day', '2021-SUMMER', ''])).toEqual([]);
  });

  it('accepts times with a clock or a part of the day on a day', () => {
    expect(accepts('TIME', ['1998-08-07T14:30', '1998-08-07T14:30:05', '1998-08-07T14', '1998-08-07T00:00', '1998-08-07T24:00', '1998-08-07TNI', '1998-08-07TMO', 'XXXX-XX-XXTAF', 'XXXX-WXX-5TEV', '1998-08-07TMI', '1998-08-07TDT'])).toEqual([]);
  });

  it('rejects times without a day, out of range, or with a date that is not a day', () => {
    expect(rejects('TIME', ['T14:30', '14:30', '1998-08-07T25:00', '1998-08-07T24:30', '1998-08-07T14:60', '1998-08-07T14:30:60', '1998-08-07TXX', '1998-08TMO', '1998TMO', '1998-08-32T10:00', '1998-08-07T1:30', '1998-08-07'])).toEqual([]);
  });

  it('accepts durations with ISO and TimeML units, exact or vague', () => {
    expect(accepts('DURATION', ['P3M', 'PXM', 'P1Y', 'P1Y6M', 'P2W', 'P3D', 'PT2H', 'PT30M', 'PT1H30M', 'PT10S', 'P1DT2H', 'P1W4D', 'P1.5Y', 'P2DE', 'P1CE', 'P1ML', 'P1Q', 'PXQ', 'P1WE'])).toEqual([]);
  });

  it('rejects durations with no amount, no unit or units out of order', () => {
    expect(rejects('DURATION', ['P', 'PT', 'P1YT', 'P3', 'PM', 'P3H', 'P1M1Y', 'PT1D', '3M', 'P-3M', 'P1W2Q', 'P4D1W', 'PXX', 'P 3M'])).toEqual([]);
  });

  it('checks that the value fits the type', () => {
    expect(rejects('DURATION', ['2021', 'PRESENT_REF'])).toEqual([]);
    expect(rejects('DATE', ['P3M', '1998-08-07T14:30'])).toEqual([]);
    expect(rejects('TIME', ['P3M', '2021-11-15'])).toEqual([]);
    expect(rejects('SET', ['PRESENT_REF'])).toEqual([]);
    expect(isTimeMlValue('2021', 'YEAR' as TimexType)).toBe(false);
  });

  it('accepts sets written as durations, partial dates or partial times', () => {
    expect(accepts('SET', ['P1W', 'P1Y', 'XXXX-WXX-1', 'XXXX-XX-XX', 'XXXX-XX', 'XXXX-QX', 'XXXX-XX-XXTMO'])).toEqual([]);
  });
});
