import type { ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';
import { ErrorPanel } from './error-panel';

/** One panel's failure shows as an alert with Retry in its place; the rest of the page goes on. */
export function PanelBoundary({ title, children }: { title: string; children: ReactNode }) {
  return (
    <ErrorBoundary
      fallback={({ error, reset }) => <ErrorPanel title={title} error={error} onRetry={reset} />}
    >
      {children}
    </ErrorBoundary>
  );
}
