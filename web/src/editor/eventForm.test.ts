import { describe, expect, it } from 'vitest';
import { checkFields, fieldsOf, precisionOf } from './eventForm';

const base = { title: 'Bridge approved', actors: 'Anna Berg,  Nordbau , ', end: '' };

describe('checkFields', () => {
  it('turns a day into a patch that clears any end or open flag, with actors trimmed', () => {
    expect(checkFields({ ...base, precision: 'day', start: '2024-03-12' })).toEqual({
      ok: true,
      patch: { start: '2024-03-12', end: null, open: false, title: 'Bridge approved', actors: ['Anna Berg', 'Nordbau'] },
    });
  });

  it('keeps a range’s end and an open period’s flag', () => {
    expect(checkFields({ ...base, precision: 'range', start: '2024-03', end: '2024-05-02' })).toMatchObject({ ok: true, patch: { start: '2024-03', end: '2024-05-02', open: false } });
    expect(checkFields({ ...base, precision: 'open', start: '2020-08' })).toMatchObject({ ok: true, patch: { start: '2020-08', end: null, open: true } });
  });

  it('refuses dates that are not dates, days that do not exist, a date at another precision and a range that ends first', () => {
    expect(checkFields({ ...base, precision: 'day', start: 'yesterday' })).toEqual({ ok: false, message: 'The date “yesterday” is not a date: write 2021, 2021-07 or 2021-07-15.' });
    expect(checkFields({ ...base, precision: 'day', start: '2021-02-30' }).ok).toBe(false);
    expect(checkFields({ ...base, precision: 'month', start: '2021' })).toEqual({ ok: false, message: 'A month date is written 2021-07.' });
    expect(checkFields({ ...base, precision: 'range', start: '2021-05', end: '2021-04' })).toEqual({ ok: false, message: 'The range ends before it starts.' });
    expect(checkFields({ ...base, title: ' ', precision: 'year', start: '2021' })).toEqual({ ok: false, message: 'The title is empty.' });
  });
});

describe('precisionOf', () => {
  it('reads the precision from the event’s shape', () => {
    expect(precisionOf({ start: '2020' })).toBe('year');
    expect(precisionOf({ start: '2020-08' })).toBe('month');
    expect(precisionOf({ start: '2020-08-09' })).toBe('day');
    expect(precisionOf({ start: '2021-11-10', end: '2021-11-11' })).toBe('range');
    expect(precisionOf({ start: '2020-08', open: true })).toBe('open');
    expect(fieldsOf({ start: '2020', title: 'T', actors: ['A', 'B'] })).toEqual({ precision: 'year', start: '2020', end: '', title: 'T', actors: 'A, B' });
  });
});
