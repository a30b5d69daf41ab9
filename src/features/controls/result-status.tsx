import { countText } from '@/components/format';

interface ResultStatusProps {
  shown: number;
  total: number;
}

/** A polite live region: screen readers hear the new count after each change. */
export function ResultStatus({ shown, total }: ResultStatusProps) {
  return (
    <p role="status" className="result-status">
      {`Showing ${countText(shown)} of ${countText(total)} reviews`}
    </p>
  );
}
