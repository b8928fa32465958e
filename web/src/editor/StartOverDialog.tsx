// "Start over" asks first: it removes every article and edit saved in this browser.
import { useEffect, useRef } from 'react';

export interface StartOverDialogProps {
  open: boolean;
  onCancel(): void;
  onConfirm(): void;
}

export function StartOverDialog({ open, onCancel, onConfirm }: StartOverDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={dialogRef}
      className="dl-dialog dl-dialog--small"
      aria-labelledby="dl-start-over-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="dl-start-over-title" className="dl-dialog__title">Start over?</h2>
      <p>
        This removes every article and edit saved in this browser. Export the timeline first if you want to keep it.
      </p>
      <div className="dl-dialog__actions">
        <button type="button" className="dl-text-button" onClick={onCancel} autoFocus>
          Keep my timeline
        </button>
        <button type="button" className="dl-primary-button dl-primary-button--danger" onClick={onConfirm}>
          Remove everything
        </button>
      </div>
    </dialog>
  );
}
