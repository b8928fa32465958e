// One parsed article in the embed: the band and the card share a selection with the host page.
import { useCallback, useMemo } from 'react';
import type { ParsedArticle } from '../../../shared/src/index';
import { eventsInDateOrder } from '../app/eventsInDateOrder';
import { EventCard } from '../card/EventCard';
import { TimelineWithList } from '../list/TimelineWithList';
import { toTimelineItems } from '../timeline/toTimelineItems';
import type { EmbedOptions } from './embedOptions';
import { fullAppUrl } from './fullAppUrl';
import { useFrameSelection } from './useFrameSelection';

export interface EmbedTimelineProps {
  article: ParsedArticle;
  src: string;
  options: EmbedOptions;
}

export function EmbedTimeline({ article, src, options }: EmbedTimelineProps) {
  const items = useMemo(
    () => toTimelineItems(article.events, { publicationDate: article.publicationDate }),
    [article],
  );
  const ordered = useMemo(() => eventsInDateOrder(article.events), [article]);
  const isKnown = useCallback((id: string) => article.events.some((event) => event.id === id), [article]);
  const [selectedId, select] = useFrameSelection(options.frameId, options.eventId, isKnown);
  const selected = article.events.find((event) => event.id === selectedId) ?? null;
  const appUrl = fullAppUrl(window.location.href, src, selected?.id ?? null);

  // The embed has no article text: the quote is shown in the full page, in a new tab.
  const showQuote = useCallback(() => window.open(appUrl, '_blank', 'noopener'), [appUrl]);

  return (
    <>
      <TimelineWithList items={items} ordered={ordered} selectedId={selected?.id ?? null} onSelect={select} />
      <div className="dl-embed__card">
        {article.events.length === 0 ? (
          <p className="dl-notice" role="status">
            No dated events were found in this article.
          </p>
        ) : (
          <EventCard article={article} ordered={ordered} selected={selected} onSelect={select} onShowQuote={showQuote} />
        )}
      </div>
      <p className="dl-embed__credit">
        {article.source && <span>Source: {article.source}</span>}
        <a href={appUrl} target="_blank" rel="noopener">
          made with Dateline
        </a>
      </p>
    </>
  );
}
