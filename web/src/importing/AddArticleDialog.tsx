// The "Add article" dialog: a text area read only on submit (a 20 MB paste must not re-render
// the page on each keystroke), a publication date found in the text, and a cancellable parse.
import { useEffect, useRef, useState, type ClipboardEvent, type FormEvent } from 'react';
import { detectPublicationDate } from './detectPublicationDate';
import { ParseProgress } from './ParseProgress';
import type { AddedArticle, ArticleAdder } from './useArticleAdder';

/** Past this, a paste is kept out of the text area: laying out megabytes in one freezes the page. */
export const largePaste = 500_000;

export interface AddArticleDialogProps {
  open: boolean;
  adder: ArticleAdder;
  onClose(): void;
  onAdded(added: AddedArticle): void;
}

export function AddArticleDialog({ open, adder, onClose, onAdded }: AddArticleDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [date, setDate] = useState('');
  const [dateFound, setDateFound] = useState(false);
  const dateTouched = useRef(false);
  const detectTimer = useRef<number | undefined>(undefined);
  const pasted = useRef<string | null>(null);
  const [pastedLength, setPastedLength] = useState<number | null>(null);
  const { state } = adder;
  const parsing = state.status === 'parsing';

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => () => window.clearTimeout(detectTimer.current), []);

  const currentText = () => pasted.current ?? textRef.current?.value ?? '';

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (text.length < largePaste) return;
    event.preventDefault();
    pasted.current = text;
    if (textRef.current) textRef.current.value = '';
    setPastedLength(text.length);
    onTextInput();
  };

  const clearPaste = () => {
    pasted.current = null;
    setPastedLength(null);
  };

  const onTextInput = () => {
    window.clearTimeout(detectTimer.current);
    if (dateTouched.current) return;
    detectTimer.current = window.setTimeout(() => {
      void detectPublicationDate(currentText()).then((found) => {
        if (dateTouched.current) return;
        setDate(found ?? '');
        setDateFound(Boolean(found));
      });
    }, 350);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const raw = currentText();
    const outcome = await adder.add(raw, date ? { publicationDate: date } : {});
    if (!outcome.ok) return;
    if (textRef.current) textRef.current.value = '';
    clearPaste();
    setDate('');
    setDateFound(false);
    dateTouched.current = false;
    onAdded(outcome.added);
  };

  const close = () => {
    if (parsing) adder.cancel();
    adder.reset();
    onClose();
  };

  return (
    <dialog ref={dialogRef} className="dl-dialog" aria-labelledby="dl-add-title" onCancel={(event) => { event.preventDefault(); close(); }}>
      <form className="dl-dialog__form" onSubmit={(event) => void submit(event)}>
        <h2 id="dl-add-title" className="dl-dialog__title">Add an article</h2>
        <p className="dl-privacy">Everything stays in your browser: nothing is sent to any server.</p>
        <label className="dl-field">
          <span className="dl-field__label">Article text</span>
          <textarea
            ref={textRef}
            className="dl-field__text"
            rows={12}
            spellCheck={false}
            placeholder="Paste the article: its title, date line and body."
            onInput={onTextInput}
            onPaste={onPaste}
            disabled={parsing}
            hidden={pastedLength !== null}
          />
          {pastedLength !== null && (
            <span className="dl-pasted" data-testid="pasted-text">
              <span>
                Pasted text of {pastedLength.toLocaleString('en')} characters: too long to show here, it is read as pasted.
              </span>
              <button type="button" className="dl-link-button" onClick={clearPaste} disabled={parsing}>
                Clear
              </button>
            </span>
          )}
        </label>
        <label className="dl-field dl-field--inline">
          <span className="dl-field__label">Publication date</span>
          <input
            type="date"
            className="dl-field__input"
            value={date}
            disabled={parsing}
            onChange={(event) => {
              dateTouched.current = true;
              setDateFound(false);
              setDate(event.target.value);
            }}
          />
          <span className="dl-field__hint">
            {dateFound ? 'Found in the text.' : 'Optional: relative dates (“last Tuesday”) are read from it.'}
          </span>
        </label>
        {parsing && <ParseProgress length={state.length} onCancel={adder.cancel} />}
        {state.status === 'cancelled' && (
          <p className="dl-dialog__note" role="status">Reading was cancelled. Nothing was added.</p>
        )}
        {state.status === 'problem' && (
          <p className="dl-dialog__problem" role="alert">{state.message}</p>
        )}
        <div className="dl-dialog__actions">
          <button type="button" className="dl-text-button" onClick={close}>
            Close
          </button>
          <button type="submit" className="dl-primary-button" disabled={parsing}>
            Add to timeline
          </button>
        </div>
      </form>
    </dialog>
  );
}
