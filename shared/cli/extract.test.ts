import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsOfLength } from '../test/growth';
import { runCommand, type Run } from '../test/runCommand';

// The CLI as a user runs it, in a child process: every input gets one clear line on stderr and a
// non-zero exit, or valid JSON and exit 0; never a stack trace.
const hostile = (name: string) => fileURLToPath(new URL(`../test/hostile/${name}`, import.meta.url));

const extract = (args: string[], options?: { closeStdoutEarly?: boolean }): Promise<Run> => runCommand('extract', args, options);

const STACK_LINE = /^\s+at /m;

/** A failure is one line on stderr that names the file and the problem, with nothing on stdout. */
function expectOneLineProblem(run: Run, file: string, problem: RegExp): void {
  expect(run.code).not.toBe(0);
  expect(run.stderr).not.toMatch(STACK_LINE);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toContain(file);
  expect(run.stderr).toMatch(problem);
  expect(run.stdout).toBe('');
}

/** A success is exit 0, nothing on stderr, and JSON with the text and its events. */
function expectJson(run: Run): { text: string; events: { start: string; quote: string }[] } {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const parsed = JSON.parse(run.stdout) as { text: string; events: { start: string; quote: string }[] };
  expect(typeof parsed.text).toBe('string');
  expect(Array.isArray(parsed.events)).toBe(true);
  return parsed;
}

// A fixed-seed byte generator, so that the "binary file" is the same in every run.
function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = i % 97 === 0 ? 0 : state >>> 24;
  }
  return bytes;
}

describe('npm run extract', () => {
  let dir = '';
  const path = (name: string) => join(dir, name);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-extract-'));
    writeFileSync(path('empty.txt'), '');
    writeFileSync(path('binary.png'), randomBytes(65_536, 6));
    writeFileSync(path('broken.html'), '<html><body><p>Talks resumed on 15 November 2021<div><p>Unclosed <b>bold <i>both</div><table><tr><td>Merkel called on 10 and 11 November<!-- unclosed comment');
    writeFileSync(path('invalid-utf8.txt'), Buffer.from([...Buffer.from('Talks resumed on 15 November 2021 '), 0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, ...Buffer.from(' in Minsk.')]));
    writeFileSync(path('markup-only.html'), '<html><head><script>alert(1)</script></head><body><style>p{}</style></body></html>');
    const filler = 'Officials declined to comment on the talks, and observers said the situation remained tense across the region. ';
    // Each block numbered: the reader drops a paragraph that repeats an earlier one, as a second paste.
    const block = (i: number) => `Report ${i}: ${newsOfLength(400)}\n\nReport ${i}: ${filler.repeat(15)}\n\n`;
    const blocks = Array.from({ length: Math.ceil(20_000_000 / block(0).length) }, (_, i) => block(i));
    writeFileSync(path('20mb.txt'), blocks.join('').slice(0, 20_000_000));
    // Sparse: the size is there without the bytes, and the CLI must refuse it before reading it.
    writeFileSync(path('huge.txt'), '');
    truncateSync(path('huge.txt'), 100_000_000);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names a missing file', async () => {
    expectOneLineProblem(await extract([path('missing.txt')]), path('missing.txt'), /no such file/);
  });

  it('says an empty file is empty', async () => {
    expectOneLineProblem(await extract([path('empty.txt')]), path('empty.txt'), /empty/);
  });

  it('says a folder is not a file', async () => {
    expectOneLineProblem(await extract([dir]), dir, /not a file/);
  });

  it('says a binary file with NUL bytes is not text', async () => {
    expectOneLineProblem(await extract([path('binary.png')]), path('binary.png'), /binary/);
  });

  it('says a page of nothing but scripts and styles has no text', async () => {
    expectOneLineProblem(await extract([path('markup-only.html')]), path('markup-only.html'), /No readable text/);
  });

  it('refuses a file far over the size limit without reading it', async () => {
    expectOneLineProblem(await extract([path('huge.txt')]), path('huge.txt'), /100 MB.*30 million characters/);
  });

  it('reads broken HTML into JSON with its dates', async () => {
    const parsed = expectJson(await extract([path('broken.html')]));
    expect(parsed.text).not.toMatch(/<|unclosed comment/);
    expect(parsed.events.map((e) => e.start)).toEqual(expect.arrayContaining(['2021-11-15']));
  });

  it('reads invalid UTF-8 into JSON with replacement characters', async () => {
    const parsed = expectJson(await extract([path('invalid-utf8.txt')]));
    expect(parsed.text).toContain('\ufffd');
    expect(parsed.events.map((e) => e.start)).toEqual(['2021-11-15']);
  });

  it('reads a hostile page into JSON with no script in it', async () => {
    const run = await extract([hostile('script-tags.html')]);
    expectJson(run);
    expect(run.stdout).not.toMatch(/<script|SCRIPT_BODY|onerror/i);
  });

  it('answers usage mistakes with the usage line', async () => {
    for (const args of [[], [path('empty.txt'), path('broken.html')], [path('broken.html'), '--date']]) {
      const run = await extract(args);
      expect(run.code).toBe(1);
      expect(run.stderr.trimEnd().split('\n')).toEqual(['extract: usage: npm run --silent extract -- FILE [--date YYYY-MM-DD]']);
    }
  });

  it('says a --date that is not a date is not one', async () => {
    const run = await extract([path('broken.html'), '--date', '19/11/2021']);
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toEqual(['extract: --date 19/11/2021: not a date; write it as YYYY-MM-DD']);
  });

  it('stops quietly when the reader of its output hangs up', async () => {
    const run = await extract([hostile('rtl-emoji.txt')], { closeStdoutEarly: true });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('reads a 20 MB text into JSON', async () => {
    const parsed = expectJson(await extract([path('20mb.txt')]));
    expect(parsed.text.length).toBeGreaterThan(19_000_000);
    expect(parsed.events.length).toBeGreaterThan(10_000);
  }, 180_000);
});
