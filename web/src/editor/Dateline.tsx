// The page with the editor: the first article alone while the library is empty, the library's
// lanes once the editor has brought articles in.
import { useCallback, useState } from 'react';
import { App } from '../app/App';
import { AppHeader } from '../app/AppHeader';
import { ExportMenu } from '../exporting/ExportMenu';
import { AddArticleDialog } from '../importing/AddArticleDialog';
import { OpenFilesButton } from '../importing/OpenFilesButton';
import { ParseProgress } from '../importing/ParseProgress';
import { useFileDrop } from '../importing/useFileDrop';
import { useOpenFiles } from '../importing/useOpenFiles';
import { useArticleAdder, type AddedArticle } from '../importing/useArticleAdder';
import { useLibrary } from '../library/useLibrary';
import { EditorBar } from './EditorBar';
import { LibraryApp } from './LibraryApp';
import { StartOverDialog } from './StartOverDialog';
import './editor.css';

export interface DatelineProps {
  articleUrl: string;
}

type Notice = { text: string; tone: 'info' | 'problem' };

export function addedNotice(added: AddedArticle): string {
  const title = added.title ? `“${added.title}”` : 'The article';
  const events = added.eventCount === 1 ? '1 dated event' : `${added.eventCount} dated events`;
  return added.reparsed ? `${title} was read again: ${events}; your edits are kept.` : `${title} was added: ${events}.`;
}

export function Dateline({ articleUrl }: DatelineProps) {
  const [{ status, library, saveError }, store] = useLibrary();
  const adder = useArticleAdder(store);
  const [adding, setAdding] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  // A link to one article (?src=, ?article=) opens that article, even when the library has others.
  const [linked, setLinked] = useState(() => /[?&](?:src|article)=/.test(window.location.search));
  const showLibrary = () => {
    setLinked(false);
    window.history.replaceState(window.history.state, '', window.location.pathname);
  };
  const openFiles = useOpenFiles(
    store,
    adder,
    useCallback((next: Notice) => {
      setNotice(next);
      if (next.tone === 'info') {
        setLinked(false);
        window.history.replaceState(window.history.state, '', window.location.pathname);
      }
    }, []),
  );
  const onFiles = useCallback((files: File[]) => void openFiles(files), [openFiles]);
  const dragging = useFileDrop(onFiles);

  // A few milliseconds: showing the first article meanwhile would flash it before the library.
  if (status === 'loading') return null;

  const empty = library.articles.length === 0;
  const showArticle = empty || linked;
  const shownNotice: Notice | null = saveError
    ? { text: `Your changes could not be saved in this browser: ${saveError}`, tone: 'problem' }
    : notice;
  const bar = (
    <EditorBar
      onAdd={() => {
        adder.reset();
        setAdding(true);
      }}
      {...(showArticle ? {} : { onStartOver: () => setConfirming(true) })}
      notice={shownNotice}
    >
      <OpenFilesButton onFiles={onFiles} />
      {!showArticle && <ExportMenu library={library} />}
      {showArticle && !empty && (
        <button type="button" className="dl-text-button" onClick={showLibrary}>
          Your timeline ({library.articles.length === 1 ? '1 article' : `${library.articles.length} articles`})
        </button>
      )}
      {!adding && adder.state.status === 'parsing' && (
        <ParseProgress length={adder.state.length} {...(adder.state.name ? { name: adder.state.name } : {})} onCancel={adder.cancel} />
      )}
    </EditorBar>
  );

  return (
    <>
      {adding ? (
        // The page's article pane is also labelled "Article text": it leaves the DOM while the
        // dialog is open, so the dialog's text area is the one thing with that label.
        <div className="dl-app">
          <AppHeader title="Add an article" />
          {bar}
        </div>
      ) : showArticle ? (
        <App articleUrl={articleUrl} toolbar={bar} />
      ) : (
        <LibraryApp library={library} store={store} toolbar={bar} />
      )}
      <AddArticleDialog
        open={adding}
        adder={adder}
        onClose={() => setAdding(false)}
        onAdded={(added) => {
          setAdding(false);
          showLibrary();
          setNotice({ text: addedNotice(added), tone: 'info' });
        }}
      />
      {dragging && (
        <div className="dl-drop-zone" aria-hidden="true">
          Drop articles (.txt, .html) or a Dateline events file (.json)
        </div>
      )}
      <StartOverDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          setNotice(null);
          void store.clear();
        }}
      />
    </>
  );
}
