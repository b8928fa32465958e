import { describe, expect, it } from 'vitest';
import { articleTitle } from '../library/libraryModel';
import { mergePoints } from '../library/mergePoints';
import { shownEvents } from '../library/shownEvents';
import { libraryOf, makeArticle, makeEvent } from '../library/testLibrary';
import { keyboardOrder } from '../timeline/timelineKeys';
import { pointEvents, pointSources } from './pointEvents';
import { toLaneItems } from './toLaneItems';

const vote = (id: string) => makeEvent({ id, start: '2024-03-12', quote: 'The council approved the Elm River bridge.', actors: ['Elm River'] });

const library = libraryOf(
  makeArticle('bridge', [vote('a'), makeEvent({ id: 'b', start: '2019' }), makeEvent({ id: 'c', start: '2024-06', dateStart: 40, quote: 'Piles will be driven in June.' })], {
    title: 'Council approves bridge',
  }),
  makeArticle('follow-up', [vote('d'), makeEvent({ id: 'e', start: '2024-06', dateStart: 10, quote: 'A site office opens in June.' }), makeEvent({ id: 'f', start: '2015' })], {
    title: 'Bridge vote: what next',
  }),
);
const points = mergePoints(shownEvents(library));
const [bridge, followUp] = library.articles;

describe('pointEvents', () => {
  it('gives each point once, in date order across the lanes, with the point’s id and title', () => {
    const events = pointEvents(points);
    expect(events.map((event) => [event.start, event.title])).toEqual([
      ['2015', 'Something happened on 2015'],
      ['2019', 'Something happened on 2019'],
      ['2024-03-12', 'The council approved the Elm River bridge · 2 sources'],
      ['2024-06', 'A site office opens in June'],
      ['2024-06', 'Piles will be driven in June'],
    ]);
    expect(events.map((event) => event.id)).toEqual([
      `${followUp!.id}/f`,
      `${bridge!.id}/b`,
      points.find((point) => point.members.length === 2)!.id,
      `${followUp!.id}/e`,
      `${bridge!.id}/c`,
    ]);
  });

  it('is the order the band’s keys walk, ties included', () => {
    expect(keyboardOrder(toLaneItems(points))).toEqual(pointEvents(points).map((event) => event.id));
  });

  it('does not mutate the points or their events', () => {
    const before = structuredClone(points);
    pointEvents(points);
    expect(points).toEqual(before);
  });
});

describe('pointSources', () => {
  it('names the article of a point, and every article of a merged one', () => {
    const sources = pointSources(points, (article) => articleTitle(article));
    const merged = points.find((point) => point.members.length === 2)!;
    expect(sources.get(`${bridge!.id}/b`)).toBe('From “Council approves bridge”');
    expect(sources.get(merged.id)).toBe('From “Council approves bridge” and “Bridge vote: what next”');
  });
});
