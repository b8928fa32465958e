// A clear message where the timeline would be, when the article cannot be shown.

export interface ProblemMessageProps {
  title: string;
  message: string;
  onRetry?: () => void;
}

export function ProblemMessage({ title, message, onRetry }: ProblemMessageProps) {
  return (
    <div className="dl-problem" role="alert">
      <h2 className="dl-problem__title">{title}</h2>
      <p className="dl-problem__message">{message}</p>
      {onRetry && (
        <button type="button" className="dl-text-button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
