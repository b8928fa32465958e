import { describe, expect, it } from 'vitest';
import { applyEdits } from './applyEdits';
import { emptyLibrary } from './libraryModel';
import { addParsedArticle, deleteEvent, patchEvent, removeArticle, setHidden, unmergePoint, remergePoint, addEvent } from './libraryOps';
import { makeArticle, makeEvent } from './testLibrary';

const text = 'The bridge was approved on 12 March 2024.';
const parsed = makeArticle(text, [makeEvent({ id: 'e1', start: '2024-03-12', title: 'Bridge approved' })], { title: 'Bridge' });

describe('library operations', () => {
  it('adds an article as a new visible lane with an id taken from its text', () => {
    const { library, id, reparsed } = addParsedArticle(emptyLibrary, parsed, { addedAt: '2024-03-14T00:00:00Z' });
    expect(reparsed).toBe(false);
    expect(library.articles).toEqual([{ id, addedAt: '2024-03-14T00:00:00Z', hidden: false, parsed }]);
    expect(emptyLibrary.articles).toEqual([]);
  });

  it('re-parses the same text in place and never overwrites the editor’s edits', () => {
    const first = addParsedArticle(emptyLibrary, parsed);
    const edited = patchEvent(first.library, first.id, 'e1', { title: 'My title' });
    const again = addParsedArticle(edited, makeArticle(text, [makeEvent({ id: 'e1', start: '2024-03-12', title: 'Parser title' })]));
    expect(again.reparsed).toBe(true);
    expect(again.library.articles).toHaveLength(1);
    const [shown] = applyEdits(again.library.articles[0]!.parsed.events, again.library.edits[again.id]);
    expect(shown).toMatchObject({ title: 'My title', edited: true });
  });

  it('merges successive patches of one event', () => {
    const { library, id } = addParsedArticle(emptyLibrary, parsed);
    const twice = patchEvent(patchEvent(library, id, 'e1', { title: 'A' }), id, 'e1', { start: '2024-03' });
    expect(twice.edits[id]?.changed.e1).toEqual({ title: 'A', start: '2024-03' });
  });

  it('deletes a parsed event by id and an added event by dropping it', () => {
    const { library, id } = addParsedArticle(emptyLibrary, parsed);
    const withAdded = addEvent(library, id, makeEvent({ id: 'added-x', start: '2020' }));
    const both = deleteEvent(deleteEvent(withAdded, id, 'e1'), id, 'added-x');
    expect(both.edits[id]).toEqual({ changed: {}, deleted: ['e1'], added: [] });
  });

  it('hides, shows and removes an article with its edits', () => {
    const { library, id } = addParsedArticle(emptyLibrary, parsed);
    expect(setHidden(library, id, true).articles[0]?.hidden).toBe(true);
    const removed = removeArticle(patchEvent(library, id, 'e1', { title: 'x' }), id);
    expect(removed.articles).toEqual([]);
    expect(removed.edits).toEqual({});
  });

  it('remembers an undone merge once and forgets it when merged again', () => {
    const undone = unmergePoint(unmergePoint(emptyLibrary, 'merged-1'), 'merged-1');
    expect(undone.unmerged).toEqual(['merged-1']);
    expect(remergePoint(undone, 'merged-1').unmerged).toEqual([]);
  });
});
