// The articles of the timeline, one row per lane: title and source, its events, hide and remove.
import { articleTitle, type LibraryArticle } from '../library/libraryModel';

export interface LaneListProps {
  articles: readonly LibraryArticle[];
  eventCounts: ReadonlyMap<string, number>;
  readingId: string | null;
  onHide(id: string, hidden: boolean): void;
  onRemove(id: string): void;
  onRead(id: string): void;
}

export function LaneList({ articles, eventCounts, readingId, onHide, onRemove, onRead }: LaneListProps) {
  return (
    <section className="dl-lanes" aria-label="Articles">
      <ul className="dl-lanes__list">
        {articles.map((article, index) => {
          const title = articleTitle(article, index);
          const count = eventCounts.get(article.id) ?? 0;
          return (
            <li
              key={article.id}
              className={`dl-lanes__row${article.hidden ? ' dl-lanes__row--hidden' : ''}${article.id === readingId ? ' dl-lanes__row--reading' : ''}`}
              data-testid="lane"
            >
              <button type="button" className="dl-lanes__title" onClick={() => onRead(article.id)} title="Read this article below">
                {title}
              </button>
              <span className="dl-lanes__meta">
                {[article.parsed.source, count === 1 ? '1 event' : `${count} events`, article.hidden && 'hidden'].filter(Boolean).join(' · ')}
              </span>
              <button
                type="button"
                className="dl-link-button"
                aria-label={`${article.hidden ? 'Show' : 'Hide'} “${title}”`}
                onClick={() => onHide(article.id, !article.hidden)}
              >
                {article.hidden ? 'Show' : 'Hide'}
              </button>
              <button type="button" className="dl-link-button" aria-label={`Remove “${title}”`} onClick={() => onRemove(article.id)}>
                Remove
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
