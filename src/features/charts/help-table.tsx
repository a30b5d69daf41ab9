import { memo } from 'react';
import { countText } from '@/components/format';
import type { PointDatum } from './help-point-text';

/**
 * One row of the table. Memoized on what it shows, so a slice of new rows re-renders those rows
 * only, and a row whose review kept its place is left alone.
 */
const HelpRow = memo(function HelpRow({
  title,
  up,
  total,
  text,
}: Pick<PointDatum, 'title' | 'up' | 'total' | 'text'>) {
  return (
    <tr>
      <td>{title}</td>
      <td>{countText(up)}</td>
      <td>{countText(total)}</td>
      <td>{text.share}</td>
      <td>{text.wilson}</td>
    </tr>
  );
});

/** The plotted reviews' numbers, read by screen readers; re-rendered only with new points. */
export const HelpTable = memo(function HelpTable({ rows }: { rows: readonly PointDatum[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Review</th>
          <th scope="col">Found helpful</th>
          <th scope="col">Votes</th>
          <th scope="col">Share</th>
          <th scope="col">Lower bound</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((point) => (
          <HelpRow
            key={point.position}
            title={point.title}
            up={point.up}
            total={point.total}
            text={point.text}
          />
        ))}
      </tbody>
    </table>
  );
});
