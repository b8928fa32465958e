// The selected event: what happened, when (as written and as resolved), who, and the source.
import type { ParsedArticle, TimelineEvent } from '../../../shared/src/index';
import { formatEventDate, formatIsoDate } from '../dates/formatEventDate';
import '../app/visuallyHidden.css';
import { CardNav } from './CardNav';
import { neighbours } from './neighbours';
import './card.css';

export interface EventCardProps {
  article: ParsedArticle;
  /** The events in date order, for "earlier" and "later". */
  ordered: readonly TimelineEvent[];
  selected: TimelineEvent | null;
  onSelect(id: string): void;
  onShowQuote(): void;
  /** A linked event id that this article does not have (an old or mistyped link). */
  missingId?: string | null;
}

export function EventCard({ article, ordered, selected, onSelect, onShowQuote, missingId }: EventCardProps) {
  if (!selected) {
    return (
      <aside className="dl-card dl-card--empty" aria-label="Event">
        <SelectedTitleAnnouncement title="" />
        <p className="dl-card__kicker">{countLabel(ordered.length)}</p>
        {missingId && (
          <p className="dl-card__missing" role="status">
            The linked event is not in this article. It may have been edited since the link was shared.
          </p>
        )}
        <p className="dl-card__prompt">
          Select a point or bar on the timeline, or a highlighted sentence in the article, to see the event.
        </p>
        {ordered[0] && (
          <button type="button" className="dl-text-button" onClick={() => onSelect(ordered[0]!.id)}>
            Start with the earliest event
          </button>
        )}
      </aside>
    );
  }
  const around = neighbours(ordered, selected.id);
  return (
    <aside className="dl-card" aria-label="Event">
      <SelectedTitleAnnouncement title={selected.title || selected.dateText} />
      <div className="dl-card__top">
        <p className="dl-card__kicker">
          Event {around.index + 1} of {ordered.length}
        </p>
        <CardNav around={around} onSelect={onSelect} />
      </div>
      <p className="dl-card__date" data-testid="card-date">
        {formatEventDate(selected)}
      </p>
      <h2 className="dl-card__title" data-testid="card-title">
        {selected.title}
      </h2>
      <dl className="dl-card__facts">
        <div>
          <dt>As written</dt>
          <dd data-testid="card-date-text">“{selected.dateText}”</dd>
        </div>
        {selected.actors.length > 0 && (
          <div>
            <dt>Who</dt>
            <dd>
              <ul className="dl-card__actors">
                {selected.actors.map((actor) => (
                  <li key={actor}>{actor}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        <div>
          <dt>Source</dt>
          <dd>{sourceLine(article)}</dd>
        </div>
      </dl>
      <blockquote className="dl-card__quote">
        <p>{selected.quote}</p>
      </blockquote>
      <button type="button" className="dl-link-button" onClick={onShowQuote}>
        Show in the article
      </button>
    </aside>
  );
}

/**
 * The one live part of the card: only the selected event's title is announced, not the whole card.
 * First in both shapes of the card, so React keeps the same element and screen readers hear changes.
 */
function SelectedTitleAnnouncement({ title }: { title: string }) {
  return (
    <p className="dl-visually-hidden" aria-live="polite" data-testid="card-announcement">
      {title}
    </p>
  );
}

function countLabel(count: number): string {
  return count === 1 ? '1 event on the timeline' : `${count} events on the timeline`;
}

function sourceLine(article: ParsedArticle): string {
  const parts = [article.source ?? 'Unknown source'];
  if (article.publicationDate) parts.push(`published ${formatIsoDate(article.publicationDate)}`);
  return parts.join(', ');
}
