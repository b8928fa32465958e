// The article being read, with "Add event" for the text the editor selected in it.
import { useEffect, useRef, useState } from 'react';
import { ArticleText } from '../article/ArticleText';
import { eventFromSelection } from '../library/eventFromSelection';
import type { LibraryArticle, ShownEvent } from '../library/libraryModel';
import type { TimelineEvent } from '../../../shared/src/index';
import { EventEditForm } from './EventEditForm';

export interface ReadingPaneProps {
  article: LibraryArticle;
  events: readonly ShownEvent[];
  selectedEventId: string | null;
  onSelect(eventId: string): void;
  onAdd(event: TimelineEvent): void;
}

export function ReadingPane({ article, events, selectedEventId, onSelect, onAdd }: ReadingPaneProps) {
  const paneRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState('');
  const [adding, setAdding] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    // Kept as it changes: pressing a button may collapse the selection before its click runs.
    const follow = () => {
      const current = document.getSelection();
      if (!current || current.isCollapsed || !paneRef.current?.contains(current.anchorNode)) return;
      setSelection(current.toString());
    };
    document.addEventListener('selectionchange', follow);
    return () => document.removeEventListener('selectionchange', follow);
  }, []);

  const text = article.parsed.text;
  const start = () => {
    const quote = selection.trim();
    if (!quote || text.indexOf(quote) < 0) {
      setProblem('Select a sentence in the article first, then press “Add event”.');
      return;
    }
    setProblem(null);
    setAdding(quote);
  };

  return (
    <div className="dl-reading-pane" ref={paneRef}>
      <div className="dl-reading-pane__bar">
        <span>Select text in the article to add an event the parser missed.</span>
        <button type="button" className="dl-text-button" onClick={start}>
          Add event
        </button>
      </div>
      {problem && (
        <p className="dl-dialog__problem" role="alert">
          {problem}
        </p>
      )}
      {adding !== null && (
        <div className="dl-add-event">
          <blockquote className="dl-card__quote">
            <p>{adding}</p>
          </blockquote>
          <EventEditForm
            initial={{ precision: 'day', start: article.parsed.publicationDate ?? '', end: '', title: adding.slice(0, 120), actors: '' }}
            submitLabel="Add event"
            onCancel={() => setAdding(null)}
            onSave={(patch) => {
              const event = eventFromSelection(text, adding, {
                start: patch.start ?? '',
                ...(patch.end ? { end: patch.end } : {}),
                ...(patch.open ? { open: true } : {}),
                title: patch.title ?? '',
                actors: patch.actors ?? [],
              });
              setAdding(null);
              if (event) onAdd(event);
            }}
          />
        </div>
      )}
      <ArticleText text={text} events={events} selectedId={selectedEventId} onSelect={onSelect} unplacedDates={article.parsed.unplacedDates} />
    </div>
  );
}
