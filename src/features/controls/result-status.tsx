import { countText } from '@/components/format';

interface ResultStatusProps {
  shown: number;
  total: number;
  /** The search is still being read: `shown` are those found so far. */
  sofar?: boolean;
}

/** A polite live region: screen readers hear the new count after each change. */
export function ResultStatus({ shown, total, sofar = false }: ResultStatusProps) {
  return (
    <p role="status" className="result-status">
      {sofar
        ? `Showing ${countText(shown)} found so far of ${countText(total)} reviews`
        : `Showing ${countText(shown)} of ${countText(total)} reviews`}
    </p>
  );
}
