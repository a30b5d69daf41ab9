import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  fallback: (props: { error: Error; reset: () => void }) => ReactNode;
  onReset?: () => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Catches a render or load failure in one panel so the rest of the page stays usable. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    if (import.meta.env.DEV) console.debug('panel failed', error, info.componentStack);
  }

  reset = (): void => {
    this.props.onReset?.();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (error) return this.props.fallback({ error, reset: this.reset });
    return this.props.children;
  }
}
