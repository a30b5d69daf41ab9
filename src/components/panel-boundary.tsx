import type { ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';
import { ErrorPanel } from './error-panel';

/** One panel's failure shows as an alert with Retry in its place; the rest of the page goes on. */
export function PanelBoundary({
  title,
  onReset,
  children,
}: {
  title: string;
  /** Called on Retry, before the panel renders again. */
  onReset?: () => void;
  children: ReactNode;
}) {
  return (
    <ErrorBoundary
      onReset={onReset}
      fallback={({ error, reset }) => <ErrorPanel title={title} error={error} onRetry={reset} />}
    >
      {children}
    </ErrorBoundary>
  );
}
