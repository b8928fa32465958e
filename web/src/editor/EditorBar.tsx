// The editor's toolbar under the masthead: add, open, export, start over, and where data stays.
import type { ReactNode } from 'react';

export interface EditorBarProps {
  onAdd(): void;
  onStartOver?: () => void;
  /** Open files, export: the parts that depend on what is loaded. */
  children?: ReactNode;
  notice?: { text: string; tone: 'info' | 'problem' } | null;
}

export function EditorBar({ onAdd, onStartOver, children, notice }: EditorBarProps) {
  return (
    <div className="dl-editor-bar">
      <div className="dl-editor-bar__actions" role="toolbar" aria-label="Articles">
        <button type="button" className="dl-primary-button" onClick={onAdd}>
          Add article
        </button>
        {children}
        {onStartOver && (
          <button type="button" className="dl-text-button dl-editor-bar__danger" onClick={onStartOver}>
            Start over
          </button>
        )}
      </div>
      <p className="dl-privacy">Everything stays in your browser: nothing is sent to any server.</p>
      {notice && (
        <p className={`dl-editor-bar__notice dl-editor-bar__notice--${notice.tone}`} role={notice.tone === 'problem' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
    </div>
  );
}
