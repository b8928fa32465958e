// "Open files…": the file picker for articles (.txt, .html) and events JSON.
import { useRef } from 'react';

export const acceptedFiles = '.txt,.text,.html,.htm,.json,text/plain,text/html,application/json';

export function OpenFilesButton({ onFiles }: { onFiles(files: File[]): void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="dl-text-button" onClick={() => inputRef.current?.click()}>
        Open files…
      </button>
      <input
        ref={inputRef}
        type="file"
        multiple
        hidden
        accept={acceptedFiles}
        aria-label="Open article or events files"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </>
  );
}
