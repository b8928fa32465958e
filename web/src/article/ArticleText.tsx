// The article beside the timeline: every event's quote is a button, the selected one is marked.
import { memo, startTransition, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TimelineEvent } from '../../../shared/src/index';
import { scrollIntoPane } from './scrollIntoPane';
import { toArticleParagraphs, type ParagraphPiece } from './toArticleParagraphs';
import { unplacedNotice } from './unplacedNotice';
import './article.css';

export interface ArticleTextProps {
  text: string;
  events: readonly TimelineEvent[];
  selectedId: string | null;
  onSelect(id: string): void;
  /** Dates no event rests on, as the article gives no publication date to count them from. */
  unplacedDates?: readonly string[];
}

/** From this many events the text is long (an events file of many articles): it is drawn after the timeline. */
const longFrom = 200;
const nothing: readonly TimelineEvent[] = [];

export function ArticleText({ text, events, selectedId, onSelect, unplacedDates }: ArticleTextProps) {
  const long = events.length >= longFrom;
  // A long text is rendered in the background once the timeline has been painted, which it would delay.
  const painted = useAfterFirstPaint(long);
  const shownText = painted ? text : '';
  const shownEvents = painted ? events : nothing;
  const paragraphs = useMemo(() => toArticleParagraphs(shownText, shownEvents), [shownText, shownEvents]);
  const paneRef = useRef<HTMLElement>(null);
  const unplaced = unplacedNotice(unplacedDates);

  useEffect(() => {
    const pane = paneRef.current;
    const mark = pane?.querySelector<HTMLElement>('mark.dl-quote__mark');
    if (pane && mark) scrollIntoPane(pane, mark);
  }, [selectedId, paragraphs]);

  return (
    <article className={long ? 'dl-article dl-article--long' : 'dl-article'} ref={paneRef} aria-label="Article text">
      <h2 className="dl-article__heading">The article</h2>
      <p className="dl-article__hint">Highlighted sentences are on the timeline. Select one to see its event.</p>
      {unplaced && (
        <p className="dl-article__hint dl-article__hint--unplaced" role="note">
          {unplaced}
        </p>
      )}
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start} className="dl-article__paragraph">
          {paragraph.pieces.map((piece) => (
            <Piece
              key={piece.start}
              piece={piece}
              // Only the sentence of the selected event sees it, so a selection redraws one or two, not all.
              selectedId={piece.kind === 'quote' && selectedId && piece.eventIds.includes(selectedId) ? selectedId : null}
              onSelect={onSelect}
            />
          ))}
        </p>
      ))}
    </article>
  );
}

interface PieceProps {
  piece: ParagraphPiece;
  selectedId: string | null;
  onSelect(id: string): void;
}

const Piece = memo(function Piece({ piece, selectedId, onSelect }: PieceProps) {
  if (piece.kind === 'text') return piece.text;
  const { eventIds, runs } = piece;
  const selectedIndex = selectedId ? eventIds.indexOf(selectedId) : -1;
  const isSelected = selectedIndex >= 0;
  // Several events in one sentence: each click moves on to the next of them.
  const choose = () => onSelect(eventIds[(selectedIndex + 1) % eventIds.length] ?? eventIds[0]!);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    choose();
  };
  const content = runs.map((run, index) =>
    run.isDate ? (
      <strong key={index} className="dl-quote__date">
        {run.text}
      </strong>
    ) : (
      run.text
    ),
  );
  return (
    <span
      className={isSelected ? 'dl-quote dl-quote--selected' : 'dl-quote'}
      data-event-id={isSelected ? selectedId! : eventIds[0]}
      data-event-ids={eventIds.join(' ')}
      role="button"
      tabIndex={0}
      aria-pressed={isSelected}
      title={eventIds.length > 1 ? `${eventIds.length} events in this sentence: select again for the next` : undefined}
      onClick={choose}
      onKeyDown={onKeyDown}
    >
      {isSelected ? <mark className="dl-quote__mark">{content}</mark> : content}
    </span>
  );
});

/** False until the frame after the first commit has been painted when `wait`; true at once otherwise. */
function useAfterFirstPaint(wait: boolean): boolean {
  const [painted, setPainted] = useState(!wait);
  useEffect(() => {
    if (painted) return;
    let second = 0;
    // The second frame's callbacks run after the first frame, which shows the first commit, was painted.
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => startTransition(() => setPainted(true)));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [painted]);
  return painted;
}
