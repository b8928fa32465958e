// The editor's page once articles were brought in: lanes, the merged timeline, the point's card
// and the article being read.
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { AppHeader } from '../app/AppHeader';
import { articleTitle, type Library, type LibraryArticle } from '../library/libraryModel';
import { addEvent, deleteEvent, patchEvent, removeArticle, setHidden, unmergePoint } from '../library/libraryOps';
import type { LibraryStore } from '../library/libraryStore';
import { mergePoints } from '../library/mergePoints';
import { shownEvents } from '../library/shownEvents';
import { BandWithList } from '../list/BandWithList';
import { LaneList } from './LaneList';
import { LibraryTimeline, type Lane } from './LibraryTimeline';
import { PointCard } from './PointCard';
import { pointEvents, pointSources } from './pointEvents';
import { ReadingPane } from './ReadingPane';
import { toLaneItems } from './toLaneItems';

export interface LibraryAppProps {
  library: Library;
  store: LibraryStore;
  toolbar: ReactNode;
}

export function LibraryApp({ library, store, toolbar }: LibraryAppProps) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [readingId, setReadingId] = useState<string | null>(null);

  const visible = useMemo(() => library.articles.filter((article) => !article.hidden), [library]);
  const events = useMemo(() => shownEvents(library, { includeHidden: false }), [library]);
  const points = useMemo(() => mergePoints(events, library.unmerged), [events, library.unmerged]);
  const latestPublished = useMemo(
    () => visible.map((article) => article.parsed.publicationDate ?? '').sort().at(-1) || undefined,
    [visible],
  );
  const items = useMemo(() => toLaneItems(points, latestPublished), [points, latestPublished]);
  const ordered = useMemo(() => pointEvents(points), [points]);
  const titleOf = useCallback((article: LibraryArticle) => articleTitle(article, library.articles.indexOf(article)), [library.articles]);
  const lanes = useMemo<Lane[]>(
    () =>
      visible.map((article) => ({
        id: article.id,
        title: titleOf(article),
        ...(article.parsed.source ? { source: article.parsed.source } : {}),
      })),
    [visible, titleOf],
  );
  const sources = useMemo(() => pointSources(points, titleOf), [points, titleOf]);
  const eventCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const { article } of shownEvents(library)) counts.set(article.id, (counts.get(article.id) ?? 0) + 1);
    return counts;
  }, [library]);

  const selected = points.find((point) => point.id === selectedId) ?? null;
  const reading =
    visible.find((article) => article.id === readingId) ??
    (selected ? selected.members[0]?.article : undefined) ??
    visible[0] ??
    null;
  const readingEvents = useMemo(
    () => events.filter((entry) => entry.article.id === reading?.id).map((entry) => entry.event),
    [events, reading?.id],
  );
  const selectedEventId = selected?.members.find((member) => member.article.id === reading?.id)?.event.id ?? null;

  useEffect(() => {
    document.title = 'Your timeline · Dateline';
  }, []);

  const select = useCallback((id: string | null) => {
    setSelectedId(id);
  }, []);

  const selectInArticle = (eventId: string) => {
    const point = points.find((candidate) =>
      candidate.members.some((member) => member.article.id === reading?.id && member.event.id === eventId),
    );
    if (point) setSelectedId(point.id);
  };

  const readArticle = (id: string) => {
    setReadingId(id);
    store.update((current) => (current.articles.find((article) => article.id === id)?.hidden ? setHidden(current, id, false) : current));
  };

  return (
    <div className="dl-app dl-app--library">
      <AppHeader
        title="Your timeline"
        source={library.articles.length === 1 ? '1 article' : `${library.articles.length} articles`}
        eventCount={items.length}
      />
      {toolbar}
      <main className="dl-main">
        <LaneList
          articles={library.articles}
          eventCounts={eventCounts}
          readingId={reading?.id ?? null}
          onHide={(id, hidden) => store.update((current) => setHidden(current, id, hidden))}
          onRemove={(id) => store.update((current) => removeArticle(current, id))}
          onRead={readArticle}
        />
        <BandWithList
          ordered={ordered}
          selectedId={selected?.id ?? null}
          onSelect={select}
          sources={sources}
          band={(toggle) => <LibraryTimeline lanes={lanes} items={items} selectedId={selected?.id ?? null} onSelect={select} tools={toggle} />}
        />
        {visible.length === 0 && (
          <p className="dl-notice" role="status">
            Every article is hidden. Show one in the list above to see its events.
          </p>
        )}
        <div className="dl-reading">
          <PointCard
            point={selected}
            ordered={ordered}
            onSelect={select}
            articleTitle={titleOf}
            onEdit={(articleId, eventId, patch) => store.update((current) => patchEvent(current, articleId, eventId, patch))}
            onDelete={(articleId, eventId) => {
              setSelectedId(null);
              store.update((current) => deleteEvent(current, articleId, eventId));
            }}
            onUnmerge={(pointId) => {
              setSelectedId(null);
              store.update((current) => unmergePoint(current, pointId));
            }}
            onRead={readArticle}
          />
          {reading && (
            <ReadingPane
              key={reading.id}
              article={reading}
              events={readingEvents}
              selectedEventId={selectedEventId}
              onSelect={selectInArticle}
              onAdd={(event) => {
                store.update((current) => addEvent(current, reading.id, event));
                setSelectedId(`${reading.id}/${event.id}`);
              }}
            />
          )}
        </div>
      </main>
    </div>
  );
}
