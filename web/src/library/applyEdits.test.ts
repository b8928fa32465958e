import { describe, expect, it } from 'vitest';
import { applyEdits } from './applyEdits';
import { makeEvent } from './testLibrary';

const events = [makeEvent({ id: 'a', start: '2021-07-15', end: '2021-07-16' }), makeEvent({ id: 'b', start: '2020' })];

describe('applyEdits', () => {
  it('returns the parsed events unchanged and unmarked when there are no edits', () => {
    expect(applyEdits(events)).toEqual(events);
    expect(applyEdits(events).some((event) => 'edited' in event)).toBe(false);
  });

  it('applies a patch over the parsed event and marks it as edited', () => {
    const [edited] = applyEdits(events, { changed: { a: { start: '2021-08', end: null, title: 'New' } }, deleted: [], added: [] });
    expect(edited).toMatchObject({ id: 'a', start: '2021-08', title: 'New', edited: true });
    expect(edited).not.toHaveProperty('end');
  });

  it('leaves out deleted events and adds the editor’s own, marked as edited', () => {
    const added = makeEvent({ id: 'added-1', start: '2019' });
    const shown = applyEdits(events, { changed: {}, deleted: ['b'], added: [added] });
    expect(shown.map((event) => [event.id, event.edited ?? false])).toEqual([['a', false], ['added-1', true]]);
  });

  it('does not mutate the events or the edits', () => {
    const edits = { changed: { a: { open: true, end: null } }, deleted: [], added: [] };
    const before = JSON.stringify([events, edits]);
    applyEdits(events, edits);
    expect(JSON.stringify([events, edits])).toBe(before);
  });
});
