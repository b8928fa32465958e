// A small library for the export tests: two articles, a range, an open period, an edit, a delete.
import { patchEvent, deleteEvent } from '../library/libraryOps';
import { libraryOf, makeArticle, makeEvent } from '../library/testLibrary';

export function exportLibrary() {
  const library = libraryOf(
    makeArticle(
      'Body one',
      [
        makeEvent({ id: 'd', start: '2021-11-15', title: 'Talks, "at last"', quote: 'Talks began on\n15 November 2021, "at last".', actors: ['Putin', 'Merkel'] }),
        makeEvent({ id: 'r', start: '2021-11-10', end: '2021-11-11', title: 'Summit <b>held</b>', quote: 'A summit was held on 10 and 11 November.' }),
        makeEvent({ id: 'gone', start: '2019', title: 'Deleted' }),
      ],
      { title: 'Putin calls for dialogue', source: 'Primepress', publicationDate: '2021-11-19' },
    ),
    makeArticle('Body two', [makeEvent({ id: 'o', start: '2020-08', open: true, title: 'Protests', quote: 'For several months there were protests.' })], {
      title: 'Protests go on',
      publicationDate: '2021-02-01',
    }),
  );
  const [first] = library.articles;
  return deleteEvent(patchEvent(library, first!.id, 'd', { actors: ['Putin', 'Merkel', 'Lukashenko'] }), first!.id, 'gone');
}
