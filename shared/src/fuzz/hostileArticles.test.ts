import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fiveMegabyteLine } from '../../test/hostile/fiveMegabyteLine';
import { medianTime } from '../../test/growth';
import { parseArticle } from '../index';
import type { ParsedArticle } from '../types';
import { eventProblems } from './invariants';

// Hostile articles must be read as inert text: no markup, handler, script or style survives, and
// what is text (right-to-left scripts, emoji) survives exactly. The files are read as bytes and
// decoded as the CLI and the browser decode them (invalid UTF-8 becomes U+FFFD).
const bytes = (name: string) => readFileSync(new URL(`../../test/hostile/${name}`, import.meta.url));
const decode = (data: Uint8Array) => new TextDecoder('utf-8').decode(data);

function parse(name: string): ParsedArticle {
  const result = parseArticle(decode(bytes(name)), { fileName: name });
  if (!result.ok) throw new Error(`${name}: ${result.problem.message}`);
  return result.parsed;
}

const MARKUP = /<\s*\/?\s*(?:script|style|iframe|img|svg|object|embed|form|input|link|meta|a|p|details)\b|\bon[a-z]+\s*=|javascript:|expression\(|@import/i;
// Markers the fixtures put inside scripts, styles, handlers, URLs and attributes: none may reach the text.
const HIDDEN = /SCRIPT_(?:IN_HEAD|BODY|UPPERCASE|MODULE|INLINE|LAST|UNCLOSED)|ONLOAD|ONCLICK|ONERROR|SVG_|JS_URL|IFRAME_|OBJECT_|FORM_|STYLE_|ALT_TEXT/;
const printed = (parsed: ParsedArticle) => JSON.stringify(parsed);

describe('hostile HTML articles', () => {
  it.each(['script-tags.html', 'event-handlers.html', 'style-injection.html'])('%s is read as text with no markup, handler, script or style left', (name) => {
    const parsed = parse(name);
    expect(parsed.text).not.toMatch(MARKUP);
    expect(printed(parsed)).not.toMatch(HIDDEN);
    for (const event of parsed.events) expect(`${event.quote} ${event.title} ${event.actors.join(' ')}`).not.toMatch(MARKUP);
    expect(eventProblems(parsed.text, parsed.events)).toEqual([]);
  });

  it('keeps the article text around scripts and dates no event from a script', () => {
    const parsed = parse('script-tags.html');
    expect(parsed.text).toContain('Talks between the two sides resumed on 15 November 2021, the ministry said.');
    expect(parsed.text).toContain('The first round had ended on 10 November. Officials met again on 17 November.');
    expect(parsed.events.map((e) => e.start)).toEqual(expect.arrayContaining(['2021-11-15', '2021-11-10', '2021-11-17']));
    expect(parsed.events.map((e) => e.start.slice(0, 4))).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(?:1999|2002|2003|2004|2005|2006)$/)]));
  });

  it('reads "<scr<script>ipt>" as a browser does: an unknown element, then inert text', () => {
    // The HTML standard makes "scr<script" a tag name; what follows is text in every browser too.
    expect(parse('script-tags.html').text).toContain('ipt>alert("SCRIPT_SPLIT")');
  });

  it('keeps link text but never a javascript: URL, handler or fallback content', () => {
    const parsed = parse('event-handlers.html');
    expect(parsed.text).toContain('Protests followed in the capital for several months.');
    expect(parsed.text).toContain('Sanctions were imposed in June 2021.');
    expect(parsed.text.split('\n')).toContain('Talks were held on 15 November.');
    expect(parsed.events.map((e) => e.start)).toEqual(expect.arrayContaining(['2020-08-09', '2021-06', '2021-07']));
  });

  it('drops style sheets and style attributes, and keeps text that CSS would hide, as plain text', () => {
    const parsed = parse('style-injection.html');
    expect(parsed.text).toContain('The summit took place on 15 November 2021.');
    expect(parsed.text).toContain('HIDDEN_BY_CSS');
    expect(parsed.text).not.toMatch(/position:|background|behavior|binding|display:/);
  });
});

describe('hostile characters', () => {
  it('reads an article with NUL bytes as text, without them', () => {
    expect([...bytes('nul-bytes.txt')].filter((b) => b === 0).length).toBeGreaterThan(2);
    const parsed = parse('nul-bytes.txt');
    expect(parsed.text).not.toContain('\u0000');
    expect(parsed.text).toContain('Talks resumed on 15 November 2021, the ministry said. Officials met again on 17 November.');
    expect(parsed.events.map((e) => e.start)).toEqual(expect.arrayContaining(['2021-11-15', '2021-11-17']));
  });

  it('reads invalid UTF-8 as text, with replacement characters for the bad bytes', () => {
    const parsed = parse('invalid-utf8.txt');
    expect(parsed.text).toContain('\ufffd');
    expect(parsed.text).toContain('Café owners in Zürich protested in March 2021.');
    expect(parsed.text).not.toMatch(/[\ud800-\udfff]/);
    expect(parsed.events.map((e) => e.start)).toEqual(expect.arrayContaining(['2021-11-15', '2021-03']));
  });

  it('keeps right-to-left text, bidi controls and emoji exactly, in the text and in the quotes', () => {
    const parsed = parse('rtl-emoji.txt');
    const intact = ['🤝', '«مرحبا بالعالم»', '«שלום עולם»', '‏بدأت المحادثات في ١٥ نوفمبر‏', '‮9 August 2020‬', '⁦Lukashenko⁩', '👨‍👩‍👧', '👍🏽', '🗳️', '🇪🇺🇷🇺', '🎉10 November🎉'];
    for (const piece of intact) expect(parsed.text).toContain(piece);
    expect(parsed.title).toBe('Talks in Minsk 🇧🇾');
    const quotes = parsed.events.map((e) => e.quote).join('\n');
    for (const piece of ['🤝', '«שלום עולם»', '👨‍👩‍👧', '🇪🇺🇷🇺']) expect(quotes).toContain(piece);
    expect(eventProblems(parsed.text, parsed.events)).toEqual([]);
  });
});

describe('a single 5 MB line', () => {
  it('parses into paragraphs and events, in time that grows linearly from a 50 kB line', () => {
    const small = fiveMegabyteLine(50_000);
    const line = fiveMegabyteLine();
    expect(line.length).toBeGreaterThanOrEqual(5_000_000);
    expect(line).not.toContain('\n');
    parseArticle(small); // the first call compiles the patterns
    // One run of the large line (it is the slow part), timed and checked; the median of three of the small one.
    const started = performance.now();
    const result = parseArticle(line);
    const largeTime = performance.now() - started;
    const smallTime = medianTime(() => parseArticle(small));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.parsed.text).not.toMatch(MARKUP);
    expect(result.parsed.events.length).toBeGreaterThan(10_000);
    expect(eventProblems(result.parsed.text, result.parsed.events.slice(0, 2000))).toEqual([]);
    // 100 times the input: linear is 100, quadratic 10,000.
    expect(largeTime / smallTime).toBeLessThan(1_000);
  }, 120_000);
});
