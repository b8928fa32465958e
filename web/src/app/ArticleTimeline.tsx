// One parsed article on screen: timeline band, event card and article text, sharing a selection.
import { useCallback, useMemo } from 'react';
import type { ParsedArticle } from '../../../shared/src/index';
import { ArticleText } from '../article/ArticleText';
import { EventCard } from '../card/EventCard';
import { TimelineWithList } from '../list/TimelineWithList';
import { toTimelineItems } from '../timeline/toTimelineItems';
import { eventsInDateOrder } from './eventsInDateOrder';
import { PartErrorBoundary } from './PartErrorBoundary';
import { useHashSelection } from './useHashSelection';

export interface ArticleTimelineProps {
  article: ParsedArticle;
}

export function ArticleTimeline({ article }: ArticleTimelineProps) {
  const [selectedId, select] = useHashSelection();
  const items = useMemo(
    () => toTimelineItems(article.events, { publicationDate: article.publicationDate }),
    [article],
  );
  const ordered = useMemo(() => eventsInDateOrder(article.events), [article]);
  const selected = article.events.find((event) => event.id === selectedId) ?? null;

  const showQuote = useCallback(() => {
    document.querySelector('.dl-article mark.dl-quote__mark')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, []);

  return (
    <>
      <PartErrorBoundary part="The timeline" resetKey={article}>
        <TimelineWithList items={items} ordered={ordered} selectedId={selected?.id ?? null} onSelect={select} />
      </PartErrorBoundary>
      {article.events.length === 0 && (
        <p className="dl-notice" role="status">
          No dated events were found in this article. Its text is below.
        </p>
      )}
      <div className="dl-reading">
        <PartErrorBoundary part="The event card" resetKey={article}>
          <EventCard
            article={article}
            ordered={ordered}
            selected={selected}
            onSelect={select}
            onShowQuote={showQuote}
            missingId={selected ? null : selectedId}
          />
        </PartErrorBoundary>
        <PartErrorBoundary part="The article text" resetKey={article}>
          <ArticleText text={article.text} events={article.events} selectedId={selected?.id ?? null} onSelect={select} unplacedDates={article.unplacedDates} />
        </PartErrorBoundary>
      </div>
    </>
  );
}
