// While a text is parsed in the worker: a progress bar and Cancel, which stops the worker.
export function ParseProgress({ length, name, onCancel }: { length: number; name?: string; onCancel(): void }) {
  return (
    <div className="dl-progress" role="status">
      <progress className="dl-progress__bar" aria-label="Reading the article" />
      <span>
        Reading {name ? `“${name}”, ` : ''}
        {formatLength(length)}, and finding its dates…
      </span>
      <button type="button" className="dl-text-button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

function formatLength(length: number): string {
  if (length >= 1e6) return `${(length / 1e6).toFixed(1)} million characters`;
  return `${length.toLocaleString('en')} characters`;
}
