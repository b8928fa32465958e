import { describe, expect, it } from 'vitest';
import { createLineJoiner, type LineJoiner } from './lineJoiner';

const joinWith = (joiner: LineJoiner, before: string, after: string) => {
  const seam = joiner.seam(before, after);
  return `${seam.before}${seam.gap}${after}`;
};
const join = (before: string, after: string, text = `${before}\n${after}`) => joinWith(createLineJoiner(text), before, after);

describe('createLineJoiner', () => {
  it('joins the lines of a hard-wrapped paragraph with a space', () => {
    expect(join('the Belarusian authorities have carried out a', 'systematic campaign')).toBe('the Belarusian authorities have carried out a systematic campaign');
  });

  it.each([
    ['a systematic cam-', 'paign of repression', 'a systematic campaign of repression'],
    ['journalist Roman Protase-', 'vich and his partner', 'journalist Roman Protasevich and his partner'],
    ['the country\'s non-nu-', 'clear status', 'the country\'s non-nuclear status'],
    ['"deli-', 'berately false"', '"deliberately false"'],
  ])('mends a word that a line end cut at a hyphen: %j', (before, after, joined) => {
    expect(join(before, after)).toBe(joined);
  });

  it.each([
    ['a compound head', 'a Vilnius-', 'based group', 'a Vilnius-based group'],
    ['a compound modifier', 'a well-', 'known lawyer', 'a well-known lawyer'],
    ['a capitalised word the text uses alone', 'a Soviet-', 'friendly paper', 'a Soviet-friendly paper'],
  ])('keeps the hyphen of a compound, from %s', (_, before, after, joined) => {
    expect(join(before, after, `${before}\n${after}\nSoviet troops left.`)).toBe(joined);
  });

  it('follows the text where it writes the word unbroken', () => {
    const text = 'The pro-\ngovernment rally.\nA pro-government paper.\nThe cam-\npaign. The campaign.';
    const joiner = createLineJoiner(text);
    expect(joinWith(joiner, 'The pro-', 'government rally.')).toBe('The pro-government rally.');
    expect(joinWith(joiner, 'The cam-', 'paign.')).toBe('The campaign.');
  });

  it('does not take a cut word for evidence of itself', () => {
    expect(join('Ales Bialiatski, his deputy Valiantsin Stefa-', 'novich')).toBe('Ales Bialiatski, his deputy Valiantsin Stefanovich');
  });

  it.each([
    ['an upper-case letter after the hyphen', 'the Soviet-', 'Era monuments', 'the Soviet-Era monuments'],
    ['digits', 'in 1998-', '2000', 'in 1998-2000'],
    ['an en dash', 'in June–', 'July 2022', 'in June–July 2022'],
  ])('keeps a hyphen or dash with %s, without a space', (_, before, after, joined) => {
    expect(join(before, after)).toBe(joined);
  });

  it('keeps a spaced dash at a line end as a dash between words', () => {
    expect(join('said Lukashenko -', 'the sixth time')).toBe('said Lukashenko - the sixth time');
  });

  it('tells a cut word from a line that only ends in a hyphen', () => {
    const joiner = createLineJoiner('');
    expect(joiner.continuesWord('a systematic cam-', 'paign')).toBe(true);
    expect(joiner.continuesWord('the Soviet-', 'Era')).toBe(false);
    expect(joiner.continuesWord('said Lukashenko -', 'the sixth')).toBe(false);
    expect(joiner.continuesWord('a systematic campaign', 'of repression')).toBe(false);
  });
});
