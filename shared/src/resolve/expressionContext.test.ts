import { describe, expect, it } from 'vitest';
import { ExpressionContext } from './expressionContext';
import { tenseAt } from './tense';

const text = 'Exiles will appeal the ruling Wednesday, Cuba predicted.';
const start = text.indexOf('Wednesday');
const end = start + 'Wednesday'.length;

describe('ExpressionContext', () => {
  it('gives the tense of the words around the expression, as tenseAt reads it', () => {
    const context = new ExpressionContext(null, null, 0, false, false, undefined, text, start, end);
    const { direction, distance } = tenseAt(text, start, end);
    expect(context.direction).toBe(direction);
    expect(context.cueDistance).toBe(distance);
  });

  it('keeps what it was given as it was given', () => {
    const document = { year: 1998, month: 1, day: 8 };
    const context = new ExpressionContext(document, null, 42, true, true, undefined, text, start, end);
    expect(context.document).toBe(document);
    expect(context.previous).toBeNull();
    expect(context.sinceTold).toBe(42);
    expect(context.narrative).toBe(true);
  });
});
