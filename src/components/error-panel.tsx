import type { ReactNode } from 'react';

interface ErrorPanelProps {
  title: string;
  error: Error;
  onRetry?: () => void;
  /** Other ways out, after Retry (open another dataset, say). */
  children?: ReactNode;
}

export function ErrorPanel({ title, error, onRetry, children }: ErrorPanelProps) {
  return (
    <div role="alert" className="error-panel">
      <p className="error-panel__title">{title}</p>
      <p className="error-panel__message">{error.message}</p>
      {onRetry || children ? (
        <div className="error-panel__actions">
          {onRetry ? (
            <button type="button" className="button" onClick={onRetry}>
              Retry
            </button>
          ) : null}
          {children}
        </div>
      ) : null}
    </div>
  );
}
