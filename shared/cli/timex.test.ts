import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand, type Run } from '../test/runCommand';

// `npm run --silent timex -- IN.json` as a user runs it: a malformed file gets one clear line on stderr and a non-zero exit;
// a good one, JSON on stdout with UTF-16 offsets into each text.
const timex = (args: string[]): Promise<Run> => runCommand('timex', args);

interface Tagged {
  id: string;
  timexes: { start: number; end: number; type: string; value: string }[];
}

function expectOneLineProblem(run: Run, problem: RegExp): void {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(problem);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

describe('npm run timex', () => {
  let dir = '';
  const file = (name: string, content: string) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-timex-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('tags each document with UTF-16 offsets into its text, in order and without overlaps', async () => {
    const text = '🇧🇾 Protests began on 9 August 2020 and went on for months. Two days later, 6,000 people had been detained.';
    const run = await timex([file('news.json', JSON.stringify([{ id: 'minsk', dct: '2020-08-20', text, corpus: 'ignored' }, { id: 7, text: 'No dates here.' }]))]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [minsk, none] = JSON.parse(run.stdout) as Tagged[];
    expect(minsk!.id).toBe('minsk');
    expect(minsk!.timexes.map(({ start, end, type, value }) => [text.slice(start, end), type, value])).toEqual([
      ['9 August 2020', 'DATE', '2020-08-09'],
      ['months', 'DURATION', 'PXM'],
      ['Two days later', 'DATE', '2020-08-11'],
    ]);
    expect(Object.keys(minsk!.timexes[0]!)).toEqual(['start', 'end', 'type', 'value']);
    minsk!.timexes.slice(1).forEach((t, i) => expect(t.start).toBeGreaterThanOrEqual(minsk!.timexes[i]!.end));
    expect(none).toEqual({ id: 7, timexes: [] });
  });

  it('reads a file all in ASCII, with its other characters escaped, as the same texts', async () => {
    const text = '“We’ll meet on Friday” – the minister, 9 August 2020.';
    const escaped = JSON.stringify([{ id: 'a', dct: '2020-08-20', text }]).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const [ascii, utf8] = await Promise.all([timex([file('ascii.json', escaped)]), timex([file('utf8.json', JSON.stringify([{ id: 'a', dct: '2020-08-20', text }]))])]);
    expect(ascii.stdout).toBe(utf8.stdout);
    const [tagged] = JSON.parse(ascii.stdout) as Tagged[];
    expect(tagged!.timexes.map(({ start, end }) => text.slice(start, end))).toEqual(['Friday', '9 August 2020']);
  });

  it('prints an empty array for an empty array', async () => {
    const run = await timex([file('empty-array.json', '[]')]);
    expect([run.code, run.stdout.trim(), run.stderr]).toEqual([0, '[]', '']);
  });

  it('tags a document whose dct is not a date as if it had none, and says so on stderr', async () => {
    const run = await timex([file('bad-dct.json', JSON.stringify([{ id: 'a', dct: '19/11/2021', text: 'In 1999, and the next year.' }]))]);
    expect(run.code).toBe(0);
    expect(run.stderr.trimEnd().split('\n')).toEqual(['timex: document a: dct "19/11/2021" is not a date (YYYY-MM-DD); tagged as if it had none']);
    expect((JSON.parse(run.stdout) as Tagged[])[0]!.timexes.map((t) => t.value)).toEqual(['1999', '2000']);
  });

  it('names a few documents with a dct that is not a date and counts the rest', async () => {
    const documents = Array.from({ length: 8 }, (_, i) => ({ id: `d${i}`, dct: 'soon', text: 'Next week.' }));
    const run = await timex([file('bad-dcts.json', JSON.stringify(documents))]);
    expect(run.code).toBe(0);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(6);
    expect(run.stderr).toMatch(/and 3 more documents whose dct is not a date/);
  });

  it('names a missing file', async () => {
    expectOneLineProblem(await timex([join(dir, 'missing.json')]), /missing\.json: cannot read the file/);
  });

  it('says a file that is not JSON is not', async () => {
    expectOneLineProblem(await timex([file('not.json', '[{"id": "a", "text": "On Monday"')]), /not\.json: not valid JSON/);
  });

  it('says what it expected of JSON that is not an array of documents', async () => {
    expectOneLineProblem(await timex([file('object.json', '{"id": "a", "text": "On Monday"}')]), /expected a JSON array of documents/);
    expectOneLineProblem(await timex([file('strings.json', '["On Monday"]')]), /document 0 is not an object/);
    expectOneLineProblem(await timex([file('no-text.json', '[{"id": "a", "dct": "2020-01-01"}]')]), /document a has no text/);
    expectOneLineProblem(await timex([file('no-id.json', '[{"text": "On Monday"}]')]), /document 0 has no id/);
    expectOneLineProblem(await timex([file('dct-number.json', '[{"id": "a", "dct": 20200101, "text": "On Monday"}]')]), /document a has a dct that is not a string/);
  });

  it('answers usage mistakes with the usage line', async () => {
    for (const args of [[], ['a.json', 'b.json']]) {
      const run = await timex(args);
      expect(run.code).toBe(1);
      expect(run.stderr.trimEnd().split('\n')).toEqual(['timex: usage: npm run --silent timex -- IN.json']);
    }
  });
});
