import { describe, expect, it } from 'vitest';
import { patchEvent } from '../library/libraryOps';
import { mergePoints } from '../library/mergePoints';
import { shownEvents } from '../library/shownEvents';
import { libraryOf, makeArticle, makeEvent } from '../library/testLibrary';
import { toLaneItems } from './toLaneItems';

const vote = (id: string) => makeEvent({ id, start: '2024-03-12', quote: 'The council approved the Elm River bridge.', actors: ['Elm River'] });

describe('toLaneItems', () => {
  it('puts a point in the lane of its first article, in date order, says how many sources a merged point has and marks edits', () => {
    let library = libraryOf(makeArticle('one', [vote('a'), makeEvent({ id: 'b', start: '2019' })]), makeArticle('two', [vote('c')]));
    const [first, second] = library.articles;
    library = patchEvent(library, first!.id, 'b', { title: 'Dispute began' });
    const items = toLaneItems(mergePoints(shownEvents(library)));
    expect(items.map((item) => [item.group, item.content, item.className])).toEqual([
      [first!.id, 'Dispute began', 'dl-item dl-item--year dl-item--edited'],
      [first!.id, 'The council approved the Elm River bridge · 2 sources', 'dl-item dl-item--day dl-item--merged'],
    ]);
    expect(second).toBeDefined();
  });
});
