import { describe, expect, it } from 'vitest';
import { MAX_QUOTE, quoteAround } from './quoteAround';

describe('quoteAround', () => {
  it('quotes a sentence of ordinary length whole', () => {
    const text = 'Talks began on 9 August 2020.';
    expect(quoteAround(text, { start: 0, end: text.length }, 15, 28)).toEqual({ start: 0, end: text.length });
  });

  it('cuts a run-on sentence to whole words around the date', () => {
    const text = `${'word '.repeat(400)}on 9 August 2020 ${'more '.repeat(400)}`.trim();
    const dateStart = text.indexOf('9 August');
    const span = quoteAround(text, { start: 0, end: text.length }, dateStart, dateStart + 13);
    const quote = text.slice(span.start, span.end);
    expect(quote.length).toBeLessThanOrEqual(MAX_QUOTE);
    expect(quote).toContain('9 August 2020');
    expect(quote).toMatch(/^word .* more$/);
  });

  it('keeps the date whole when the line has no spaces and cuts no emoji in two', () => {
    const text = `${'👍'.repeat(1000)}9 August 2020${'👍'.repeat(1000)}`;
    const dateStart = text.indexOf('9 August');
    const span = quoteAround(text, { start: 0, end: text.length }, dateStart, dateStart + 13);
    expect(span.start).toBeLessThanOrEqual(dateStart);
    expect(span.end).toBeGreaterThanOrEqual(dateStart + 13);
    expect(text.slice(span.start, span.end)).toMatch(/^(?:👍)*9 August 2020(?:👍)*$/u);
  });
});
