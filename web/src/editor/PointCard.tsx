// The selected point: its date and title, then every source quote with its article, each one
// editable; a merged point can be split back into one point per article. ← → walk the points in
// date order, as the band's keys do.
import { useState } from 'react';
import { CardNav } from '../card/CardNav';
import { neighbours } from '../card/neighbours';
import '../card/card.css';
import { formatEventDate, formatIsoDate } from '../dates/formatEventDate';
import type { EventPatch, LibraryArticle } from '../library/libraryModel';
import type { Point } from '../library/mergePoints';
import { EventEditForm } from './EventEditForm';
import { fieldsOf } from './eventForm';

export interface PointCardProps {
  point: Point | null;
  /** Every point as an event, in date order (pointEvents): for the count and ← →. */
  ordered: readonly { id: string }[];
  onSelect(pointId: string): void;
  articleTitle(article: LibraryArticle): string;
  onEdit(articleId: string, eventId: string, patch: EventPatch): void;
  onDelete(articleId: string, eventId: string): void;
  onUnmerge(pointId: string): void;
  onRead(articleId: string): void;
}

export function PointCard({ point, ordered, onSelect, articleTitle, onEdit, onDelete, onUnmerge, onRead }: PointCardProps) {
  const [editing, setEditing] = useState<string | null>(null);
  // Another point closes the form (state adjusted while rendering): the card stays mounted, so
  // the ← → button keeps the focus and the live card is announced.
  const [editingIn, setEditingIn] = useState(point?.id ?? null);
  if (editingIn !== (point?.id ?? null)) {
    setEditingIn(point?.id ?? null);
    setEditing(null);
  }
  const pointCount = ordered.length;
  if (!point) {
    return (
      <aside className="dl-card dl-card--empty" aria-label="Event">
        <p className="dl-card__kicker">{pointCount === 1 ? '1 point on the timeline' : `${pointCount} points on the timeline`}</p>
        <p className="dl-card__prompt">
          Select a point or bar on the timeline, or a highlighted sentence in the article, to see its sources and edit it.
        </p>
      </aside>
    );
  }
  const [first] = point.members;
  if (!first) return null;
  const merged = point.members.length > 1;
  const around = neighbours(ordered, point.id);
  const place = `${around.index + 1} of ${pointCount}`;
  return (
    <aside className="dl-card" aria-label="Event" aria-live="polite">
      <div className="dl-card__top">
        <p className="dl-card__kicker">
          {merged ? `Merged point · ${point.members.length} sources · ${place}` : `Event ${place}`}
        </p>
        <CardNav around={around} onSelect={onSelect} />
      </div>
      <p className="dl-card__date" data-testid="card-date">
        {formatEventDate(first.event)}
      </p>
      <h2 className="dl-card__title" data-testid="card-title">
        {first.event.title}
      </h2>
      {merged && (
        <button type="button" className="dl-link-button" onClick={() => onUnmerge(point.id)}>
          Undo merge
        </button>
      )}
      <ol className="dl-sources" aria-label="Sources">
        {point.members.map(({ article, event }) => {
          const key = `${article.id}/${event.id}`;
          return (
            <li key={key} className="dl-source" data-testid="source">
              {event.edited && <span className="dl-badge">Edited</span>}
              {merged && <p className="dl-source__date">{event.title}</p>}
              <blockquote className="dl-card__quote">
                <p>{event.quote}</p>
              </blockquote>
              <p className="dl-source__cite">
                <button type="button" className="dl-link-button" onClick={() => onRead(article.id)}>
                  {articleTitle(article)}
                </button>
                {sourceLine(article) && <span className="dl-source__line">{sourceLine(article)}</span>}
              </p>
              {event.actors.length > 0 && <p className="dl-source__actors">Who: {event.actors.join(', ')}</p>}
              {editing === key ? (
                <EventEditForm
                  initial={fieldsOf(event)}
                  submitLabel="Save"
                  onCancel={() => setEditing(null)}
                  onSave={(patch) => {
                    setEditing(null);
                    onEdit(article.id, event.id, patch);
                  }}
                />
              ) : (
                <div className="dl-source__actions">
                  <button type="button" className="dl-text-button" onClick={() => setEditing(key)}>
                    Edit
                  </button>
                  <button type="button" className="dl-text-button" onClick={() => onDelete(article.id, event.id)}>
                    Delete
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </aside>
  );
}

function sourceLine(article: LibraryArticle): string {
  const parts = [article.parsed.source, article.parsed.publicationDate && `published ${formatIsoDate(article.parsed.publicationDate)}`];
  return parts.filter(Boolean).join(', ');
}
