interface ErrorPanelProps {
  title: string;
  error: Error;
  onRetry?: () => void;
}

export function ErrorPanel({ title, error, onRetry }: ErrorPanelProps) {
  return (
    <div role="alert" className="error-panel">
      <p className="error-panel__title">{title}</p>
      <p className="error-panel__message">{error.message}</p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
