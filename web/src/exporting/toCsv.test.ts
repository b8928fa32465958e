import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './toCsv';
import { exportLibrary } from './testExportLibrary';

/** A minimal RFC 4180 reader, to check the output reads back field for field. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += char;
  }
  return rows;
}

describe('toCsv', () => {
  it('writes a header and one row per shown event in date order, with precision, actors, quote, source and article title', () => {
    const rows = readCsv(toCsv(exportLibrary()));
    expect(rows[0]).toEqual(['date', 'precision', 'title', 'actors', 'quote', 'source', 'article title']);
    expect(rows.slice(1)).toEqual([
      ['2020-08/..', 'open', 'Protests', '', 'For several months there were protests.', '', 'Protests go on'],
      ['2021-11-10/2021-11-11', 'range', 'Summit <b>held</b>', '', 'A summit was held on 10 and 11 November.', 'Primepress', 'Putin calls for dialogue'],
      ['2021-11-15', 'day', 'Talks, "at last"', 'Putin; Merkel; Lukashenko', 'Talks began on\n15 November 2021, "at last".', 'Primepress', 'Putin calls for dialogue'],
    ]);
  });

  it('ends every record with CRLF and quotes fields with commas, quotes or line breaks only', () => {
    const csv = toCsv(exportLibrary());
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(5);
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('writes only the header for an empty library', () => {
    expect(toCsv({ version: 1, articles: [], edits: {}, unmerged: [] })).toBe('date,precision,title,actors,quote,source,article title\r\n');
  });
});
