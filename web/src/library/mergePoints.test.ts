import { describe, expect, it } from 'vitest';
import { mergePoints, reportSameHappening } from './mergePoints';
import { shownEvents } from './shownEvents';
import { libraryOf, makeArticle, makeEvent } from './testLibrary';

const approved = makeEvent({
  id: 'a1',
  start: '2024-03-12',
  quote: 'The city council approved the construction of the Elm River bridge on 12 March 2024.',
  actors: ['Elm River'],
});
const voted = makeEvent({
  id: 'b1',
  start: '2024-03-12',
  quote: 'Councillors voted on 12 March 2024 to approve the Elm River bridge, Mayor Anna Berg confirmed.',
  actors: ['Elm River', 'Anna Berg'],
});
const storm = makeEvent({ id: 'b2', start: '2024-03-12', quote: 'A storm closed the harbour on 12 March 2024.' });
const monthOnly = makeEvent({ id: 'b3', start: '2024-03', quote: 'In March 2024 the council approved the Elm River bridge.', actors: ['Elm River'] });

function twoArticles() {
  return libraryOf(makeArticle('first text', [approved]), makeArticle('second text', [voted, storm, monthOnly]));
}

describe('mergePoints', () => {
  it('merges events of two articles with the same day and shared actors into one point with both quotes', () => {
    const points = mergePoints(shownEvents(twoArticles()));
    const merged = points.filter((point) => point.members.length > 1);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.id).toMatch(/^merged-/);
    expect(merged[0]!.members.map((member) => member.event.id)).toEqual(['a1', 'b1']);
  });

  it('keeps apart events of the same day that share neither actors nor words', () => {
    const events = shownEvents(twoArticles());
    expect(reportSameHappening(events[0]!, events[2]!)).toBe(false);
  });

  it('keeps apart the same happening told at another precision', () => {
    const events = shownEvents(twoArticles());
    expect(reportSameHappening(events[0]!, events[3]!)).toBe(false);
  });

  it('keeps apart events of the same year that share only actors', () => {
    const sentenced = makeEvent({ id: 'y1', start: '2020', quote: 'A court in Belarus sentenced her over last year’s protests against Lukashenko.', actors: ['Belarus', 'Lukashenko'] });
    const elected = makeEvent({ id: 'y2', start: '2020', quote: 'The disputed election of 2020 ended Lukashenko’s balancing act with Belarus’s neighbours.', actors: ['Lukashenko', 'Belarus'] });
    const events = shownEvents(libraryOf(makeArticle('first text', [sentenced]), makeArticle('second text', [elected])));
    expect(reportSameHappening(events[0]!, events[1]!)).toBe(false);
  });

  it('never merges two events of one article', () => {
    const library = libraryOf(makeArticle('only text', [approved, { ...voted, id: 'a2' }]));
    expect(mergePoints(shownEvents(library)).every((point) => point.members.length === 1)).toBe(true);
  });

  it('splits a merged point back into one point per article when the merge was undone', () => {
    const library = twoArticles();
    const merged = mergePoints(shownEvents(library)).find((point) => point.members.length > 1)!;
    const points = mergePoints(shownEvents(library), [merged.id]);
    expect(points.every((point) => point.members.length === 1)).toBe(true);
    expect(points).toHaveLength(4);
  });
});
