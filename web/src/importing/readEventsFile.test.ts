import { describe, expect, it } from 'vitest';
import { toEventsJson } from '../exporting/toEventsJson';
import { exportLibrary } from '../exporting/testExportLibrary';
import { importArticles } from '../library/importArticles';
import { emptyLibrary } from '../library/libraryModel';
import { shownEvents } from '../library/shownEvents';
import { libraryOf, makeArticle, makeEvent } from '../library/testLibrary';
import { pathOf, readEventsFile } from './readEventsFile';

const exportedAt = '2024-03-20T10:00:00.000Z';

/** An article with no publication date: "Tuesday" and "last month" count from one, so no event rests on them. */
function undatedLibrary() {
  return libraryOf(
    makeArticle('The ferry runs again on Tuesday; the pier was damaged last month. It first sailed in 1952.', [makeEvent({ id: 'f', start: '1952' })], {
      title: 'Ferry service resumes',
      unplacedDates: ['Tuesday', 'last month'],
    }),
  );
}

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

  it('keeps the dates an undated article could not place, through export and import', () => {
    const library = undatedLibrary();
    const file = toEventsJson(library, exportedAt);
    expect(file.articles[0]!.unplacedDates).toEqual(['Tuesday', 'last month']);
    const result = readEventsFile(JSON.stringify(file));
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.articles[0]!.article.parsed.unplacedDates).toEqual(['Tuesday', 'last month']);
    expect(importArticles(emptyLibrary, result.articles, result.unmerged)).toEqual(library);
  });

  it('writes no unplaced dates for an article whose dates are all placed', () => {
    expect(toEventsJson(exportLibrary(), exportedAt).articles.map((article) => 'unplacedDates' in article)).toEqual([false, false]);
  });

  it('still imports a file exported before unplaced dates were kept', () => {
    const old = JSON.parse(JSON.stringify(toEventsJson(undatedLibrary(), exportedAt)));
    delete old.articles[0].unplacedDates;
    const result = readEventsFile(JSON.stringify(old));
    expect(result.ok).toBe(true);
    expect(result.ok && result.articles[0]!.article.parsed).not.toHaveProperty('unplacedDates');
  });

  it('reads the unplaced dates of the parser’s own events file', () => {
    const result = readEventsFile(JSON.stringify({ text: 'On Tuesday.', events: [], unplacedDates: ['Tuesday'] }), exportedAt);
    expect(result.ok && result.articles[0]!.article.parsed.unplacedDates).toEqual(['Tuesday']);
  });

  it('names an unplaced date that is not a string by its place in the file, and imports nothing', () => {
    const broken = JSON.parse(JSON.stringify(toEventsJson(undatedLibrary(), exportedAt)));
    broken.articles[0].unplacedDates = ['Tuesday', 3];
    expect(readEventsFile(JSON.stringify(broken))).toEqual({
      ok: false,
      problems: ['articles[0].unplacedDates[1]: must be a date as written in the article, like "Tuesday"'],
    });
  });

  it('names unplaced dates that are not a list', () => {
    const broken = JSON.parse(JSON.stringify(toEventsJson(undatedLibrary(), exportedAt)));
    broken.articles[0].unplacedDates = 'Tuesday';
    expect(readEventsFile(JSON.stringify(broken))).toEqual({
      ok: false,
      problems: ['articles[0].unplacedDates: must be a list of dates as written in the article, like ["Tuesday", "last month"]'],
    });
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
