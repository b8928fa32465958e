import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NAMED_CHARACTERS, isApostropheCode, oneByteText, withStandInSpellings, withStandIns } from './oneByteText';

const isLatin1 = (text: string) => [...text].every((ch) => ch.charCodeAt(0) <= 0xff);
/** The Latin-1 characters of the text, "?" where it has another: what the stand-in must keep. */
const latin1Of = (text: string, standIn: string) => [...standIn].map((ch, i) => (text.charCodeAt(i) <= 0xff ? ch : '?')).join('');

describe('oneByteText', () => {
  it('gives a text within Latin-1 back as it is', () => {
    const text = 'On 9 August 2020, the café reopened at 9 a.m.\u00a0— no, at ½ past.'.replace('—', '-');
    expect(oneByteText(text)).toBe(text);
  });

  it('stands in for curly quotes, dashes and letters of other scripts, at the same offsets, keeping every Latin-1 character', () => {
    const text = '“We’ll meet on 9–10 August,” said Łukaszenka’s aide — in Минск, at 10\u2009a.m. (€5 … 中文).';
    const standIn = oneByteText(text);
    expect(standIn).not.toBe(text);
    expect(standIn).toHaveLength(text.length);
    expect(isLatin1(standIn)).toBe(true);
    expect(latin1Of(text, standIn)).toBe(latin1Of(text, text));
  });

  it('gives one stand-in to each of the characters the tagger names, and keeps them apart', () => {
    const named = '‘’“”–—‐€•';
    const standIn = oneByteText(`x${named}`).slice(1);
    expect(new Set(standIn).size).toBe(named.length);
  });

  it('reads a text as it is when a character in it has no stand-in, or it writes a stand-in itself', () => {
    for (const text of ['Friday’s 👍 vote', 'Ω’s day, 9 May', 'the ſ and ’', '\u212a in 2020’s', 'a ¤ and a ’', 'line\u2028break’s']) {
      expect(oneByteText(text)).toBe(text);
    }
  });

  it('stands thin spaces in with a space, Cyrillic letters with Latin-1 letters of their case, and digits of other scripts with a digit', () => {
    const standIn = oneByteText('’\u2009Ж ж ٣');
    expect(standIn[1]).toMatch(/^\s$/u);
    expect(standIn[2]).toMatch(/^\p{Lu}$/u);
    expect(standIn[4]).toMatch(/^\p{Ll}$/u);
    expect(standIn[6]).toMatch(/^\p{N}$/u);
  });
});

describe('withStandIns', () => {
  // Each pattern against texts with the characters it names: with stand-ins, it matches a text's stand-in where it matched the text.
  const cases: [string, string, string[]][] = [
    ["['’]s", 'iu', ["May’s", "May's", 'Mays', '’s']],
    ['(?<![\\p{L}’])’\\d\\d', 'u', ['in ’95', 'x’95', '’9']],
    ['[-–—]\\s*$', '', ['2020 –', '2020 —', '2020 -', '2020 ‐']],
    ['[\\p{L}.\'’-]+', 'u', ['O’Neill', '—']],
    ['[\\u2013\\u2014"\\u201c\\u201d]', 'u', ['a – b', '“x”', 'plain']],
    ['[^“”"]+$', 'u', ['said “now”', 'said now']],
    ['[‐-—]', 'u', ['‐', '–', '—', '-']],
    ['\\u2019+', 'u', ['’’', "''"]],
    ['(?:to|–|—)\\s+\\d', 'i', ['1 – 2', '1 — 2', '1 to 2']],
    ['[$€£]\\d', 'u', ['€5', '$5', '£5']],
  ];
  for (const [source, flags, texts] of cases) {
    it(`matches the stand-ins where /${source}/${flags} matches the characters`, () => {
      const plain = new RegExp(source, flags);
      const standingIn = new RegExp(withStandIns(source), flags);
      for (const text of texts) {
        const standIn = oneByteText(text);
        expect({ text, match: standingIn.exec(standIn)?.index }).toEqual({ text, match: plain.exec(text)?.index });
        // The original characters still match, for the texts read without a stand-in.
        expect({ text, match: standingIn.exec(text)?.index }).toEqual({ text, match: plain.exec(text)?.index });
      }
    });
  }

  it('leaves a pattern that names no such character as it is', () => {
    const source = '(?<![\\p{L}\\p{N}])(?<m>may|june)\\.?\\s+\\d{1,2}[-/.]\\d\\d[\\]\\\\^]';
    expect(withStandIns(source)).toBe(source);
  });
});

describe('withStandInSpellings and isApostropheCode', () => {
  it('spell a word both ways and tell an apostrophe, whichever it is', () => {
    const [plain, standingIn] = withStandInSpellings(['won’t']);
    expect(plain).toBe('won’t');
    expect(oneByteText('won’t')).toBe(standingIn);
    expect(withStandInSpellings(["won't"])).toEqual(["won't"]);
    expect(["'", '’', oneByteText('’')].every((ch) => isApostropheCode(ch.charCodeAt(0)))).toBe(true);
    expect(isApostropheCode('"'.charCodeAt(0))).toBe(false);
  });
});

describe('the characters the tagger names', () => {
  // A character a pattern names without a stand-in of its own would stand in as another, and the pattern would miss it.
  it('each have a stand-in of their own, as written or as an escape, outside comments', () => {
    const named = new Set<string>();
    for (const folder of ['recognise', 'resolve', 'lexicon/en', 'text']) {
      const url = new URL(`../${folder}/`, import.meta.url);
      for (const file of readdirSync(url).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'oneByteText.ts')) {
        const code = readFileSync(new URL(file, url), 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .split('\n')
          .map((line) => (line.trim().startsWith('//') ? '' : line.replace(/\s\/\/\s.*$/, '')))
          .join('\n');
        for (const ch of code) if (ch.charCodeAt(0) > 0xff) named.add(ch);
        // Escapes, but not the ends of a range ("\u0400-\u04FF"), which name a script.
        for (const [, hex] of code.matchAll(/(?<!-)\\\\?u([0-9a-fA-F]{4})(?!-)/g)) if (Number.parseInt(hex!, 16) > 0xff) named.add(String.fromCharCode(Number.parseInt(hex!, 16)));
      }
    }
    expect([...named].filter((ch) => !NAMED_CHARACTERS.includes(ch))).toEqual([]);
    expect(named.size).toBeGreaterThanOrEqual(8);
  });
});
