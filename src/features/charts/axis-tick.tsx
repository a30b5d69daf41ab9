import type { BaseTickContentProps } from 'recharts';

/** Baseline shifts matching recharts' own tick text for one line. */
const DY = { start: '0.71em', middle: '0.355em', end: '0' } as const;

/**
 * A tick label as one plain SVG text. recharts' own label component measures every label in the
 * DOM to wrap it (forcing a layout of the page each time the axes change); tick labels here are
 * short and never wrap. Their colour and size come from the axis' class (see theme.css).
 */
export function axisTick({
  x,
  y,
  textAnchor,
  verticalAnchor,
  payload,
  tickFormatter,
  index,
  className,
}: BaseTickContentProps) {
  const value: unknown = payload.value;
  const label = tickFormatter ? tickFormatter(value, index) : String(value);
  return (
    <text x={x} y={y} dy={DY[verticalAnchor]} textAnchor={textAnchor} className={className}>
      {label}
    </text>
  );
}
