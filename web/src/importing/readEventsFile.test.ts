import { describe, expect, it } from 'vitest';
import { toEventsJson } from '../exporting/toEventsJson';
import { exportLibrary } from '../exporting/testExportLibrary';
import { importArticles } from '../library/importArticles';
import { emptyLibrary } from '../library/libraryModel';
import { shownEvents } from '../library/shownEvents';
import { pathOf, readEventsFile } from './readEventsFile';

const exportedAt = '2024-03-20T10:00:00.000Z';

describe('readEventsFile', () => {
  it('reads our export back into the same articles, edits and shown events', () => {
    const library = exportLibrary();
    const result = readEventsFile(JSON.stringify(toEventsJson(library, exportedAt)));
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const restored = importArticles(emptyLibrary, result.articles, result.unmerged);
    expect(restored).toEqual(library);
    expect(shownEvents(restored)).toEqual(shownEvents(library));
  });

  it('exports the shown timeline beside the parse, with edited events marked', () => {
    const file = toEventsJson(exportLibrary(), exportedAt);
    expect(file).toMatchObject({ format: 'dateline.events', version: 1, exportedAt });
    expect(file.articles[0]!.timeline.map((event) => [event.id, event.edited ?? false])).toEqual([['d', true], ['r', false]]);
    expect(file.articles[0]!.events).toHaveLength(3);
  });

  it('reads the parser’s own events file, one article or a list', () => {
    const article = { title: 'T', text: 'Body', events: [] };
    const one = readEventsFile(JSON.stringify(article), exportedAt);
    const two = readEventsFile(JSON.stringify([article, { ...article, text: 'Other' }]), exportedAt);
    expect(one.ok && one.articles.map((entry) => entry.article.parsed)).toEqual([article]);
    expect(two.ok && two.articles).toHaveLength(2);
  });

  it('names a file that is not JSON', () => {
    const result = readEventsFile('{"format": "dateline.events",');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(/^The file is not JSON: /);
  });

  it('names every bad field by its place in the file', () => {
    const file = toEventsJson(exportLibrary(), exportedAt);
    const broken = JSON.parse(JSON.stringify(file));
    broken.articles[0].events[1].start = 'yesterday';
    delete broken.articles[1].text;
    const result = readEventsFile(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      'articles[0].events[1].start: must be a date like 2021, 2021-07 or 2021-07-15',
      expect.stringMatching(/^articles\[1\]\.text: /),
    ]);
  });

  it('says so when a JSON file is neither our export nor the parser’s output', () => {
    const result = readEventsFile(JSON.stringify({ hello: 'world' }));
    expect(!result.ok && result.problems[0]).toBe('This is neither a Dateline export nor the parser’s events file.');
  });

  it('writes paths as a reader finds them in the file', () => {
    expect(pathOf(['articles', 0, 'events', 2, 'start'])).toBe('articles[0].events[2].start');
    expect(pathOf([])).toBe('');
  });
});
