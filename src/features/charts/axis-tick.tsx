import { createContext, use } from 'react';
import type { BaseTickContentProps } from 'recharts';
import { formatCount, QUARTERS, UNIT_DOMAIN } from './plot-scale';

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

/**
 * The top of the count axis around it. Count axes run from 0 to 1 (ticks at fixed shares), so
 * recharts keeps them as they are while the counts change; their labels read the top from here.
 */
export const CountTopContext = createContext(1);

function CountLabel(props: BaseTickContentProps) {
  const top = use(CountTopContext);
  const share = Number(props.payload.value);
  return axisTick({ ...props, tickFormatter: () => formatCount(Math.round(share * top)) });
}

/** A count axis' tick label: its share of the axis times the top given by CountTopContext. */
export function countTick(props: BaseTickContentProps) {
  return <CountLabel {...props} />;
}

/**
 * A count axis' settings: 0 to 1 with ticks at quarters (the same for every count), labelled by
 * countTick, so that recharts never redraws it while the counts change.
 */
export const COUNT_AXIS = {
  type: 'number',
  domain: UNIT_DOMAIN,
  allowDataOverflow: true,
  ticks: QUARTERS,
  interval: 0,
  tick: countTick,
  width: 48,
} as const;
