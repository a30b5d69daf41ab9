import { createContext, memo, use, type KeyboardEvent } from 'react';
import { usePlotArea } from 'recharts';
import type { PointDatum } from './help-point-text';
import { linearY, logX, UNIT_DOMAIN, type PlotArea } from './plot-scale';

// The helpfulness chart's points: the dots drawn as one path, and over them invisible buttons
// that take the pointer, the keyboard and screen readers.

/** A point's hit area: 24 px across, the least a finger is asked to hit (WCAG 2.5.8). */
const TARGET_RADIUS = 12;

/** What the points share: the point named beside the chart, the tab stop, and choosing one. */
export interface PointActions {
  setActive: (point: PointDatum | null) => void;
  setTabStop: (position: number) => void;
  choose: (point: PointDatum) => void;
}

interface PointButtonProps {
  position: number;
  label: string;
  tabStop: boolean;
  x: number;
  y: number;
}

/**
 * One point's button. Memoized on what it shows, so a slice of new buttons re-renders those only,
 * and a button whose review kept its place and its spot is left alone.
 */
const PointButton = memo(function PointButton({
  position,
  label,
  tabStop,
  x,
  y,
}: PointButtonProps) {
  return (
    <circle
      role="button"
      tabIndex={tabStop ? 0 : -1}
      aria-label={label}
      data-point={position}
      className="help-point"
      cx={x}
      cy={y}
      r={TARGET_RADIUS}
    />
  );
});

interface PointButtonsProps {
  buttons: readonly PointDatum[];
  area: PlotArea;
  domain: readonly [number, number];
  tabStop: number;
  actions: PointActions;
}

/**
 * One button per plotted review, over its dot: what the pointer, the keyboard and screen readers
 * reach. Their handlers sit on the group around them, which finds the point by `data-point`.
 */
const PointButtons = memo(function PointButtons({
  buttons,
  area,
  domain,
  tabStop,
  actions,
}: PointButtonsProps) {
  const xOf = logX(area, domain);
  const yOf = linearY(area, UNIT_DOMAIN);
  const stop = Math.min(tabStop, buttons.length - 1);
  const pointOf = (target: EventTarget): PointDatum | undefined => {
    const position = target instanceof Element ? target.getAttribute('data-point') : null;
    return position === null ? undefined : buttons[Number(position)];
  };
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const point = pointOf(event.target);
    if (!point) return;
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      actions.choose(point);
    } else if (step !== undefined) {
      event.preventDefault();
      const next = Math.min(Math.max(point.position + step, 0), buttons.length - 1);
      actions.setTabStop(next);
      event.currentTarget.querySelector<SVGElement>(`[data-point="${next}"]`)?.focus();
    }
  };
  const onPoint = (event: { target: EventTarget }) => {
    const point = pointOf(event.target);
    if (point) actions.setActive(point);
  };
  return (
    <g
      className="help-points"
      onClick={(event) => {
        const point = pointOf(event.target);
        if (point) actions.choose(point);
      }}
      onKeyDown={onKeyDown}
      onFocus={onPoint}
      onMouseOver={onPoint}
    >
      {buttons.map((point) => (
        <PointButton
          key={point.position}
          position={point.position}
          label={point.text.label}
          tabStop={point.position === stop}
          x={xOf(point.total)}
          y={yOf(point.share)}
        />
      ))}
    </g>
  );
});

interface HelpPointsProps {
  /** The votes axis' domain (logarithmic); the share axis runs from 0 to 1. */
  domain: readonly [number, number];
}

interface PointsValue {
  /** The plotted reviews, drawn at once. */
  data: readonly PointDatum[];
  /** The same reviews as buttons, which follow the drawing a slice per frame. */
  buttons: readonly PointDatum[];
  active: PointDatum | null;
  tabStop: number;
  actions: PointActions;
}

/** The points and their state reach HelpPoints through context: the chart around them stays. */
export const PointsContext = createContext<PointsValue | null>(null);

/**
 * A coordinate in path data, to a hundredth of a pixel: the full number has up to 17 digits, and
 * the browser parses the whole path (300 dots) on every change of points.
 */
const at = (value: number) => Math.round(value * 100) / 100;

/** A circle of radius `r` around (x, y) as path commands. */
const dot = (x: number, y: number, r: number) =>
  `M${at(x - r)},${at(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;

/**
 * The points, placed from the plot area on the axes' domains. What is seen is drawn as two paths
 * (dots, and the dashes at their lower bounds), so a change of points is two attributes to update
 * and two elements to restyle, not a few hundred; the buttons over the dots follow in slices.
 * Drawn here rather than as recharts series: a series wraps every point in several components,
 * and reading recharts' scales would draw them twice, once more when its store has the new axes.
 */
export function HelpPoints({ domain }: HelpPointsProps) {
  const points = use(PointsContext);
  const area = usePlotArea();
  if (!area || !points) return null;
  const { data, buttons, active, tabStop, actions } = points;
  const xOf = logX(area, domain);
  const yOf = linearY(area, UNIT_DOMAIN);
  let bounds = '';
  let dots = '';
  for (const point of data) {
    const x = xOf(point.total);
    bounds += `M${at(x - 4)},${at(yOf(point.wilson))}h8`;
    dots += dot(x, yOf(point.share), 5);
  }
  return (
    <>
      {/* The dashes go underneath, so that no dash covers another review's point. */}
      <path className="help-bounds" aria-hidden="true" d={bounds} />
      <path className="help-dots" aria-hidden="true" d={dots} />
      {active ? (
        <path
          className="help-dot--active"
          aria-hidden="true"
          d={dot(xOf(active.total), yOf(active.share), 7)}
        />
      ) : null}
      <PointButtons
        buttons={buttons}
        area={area}
        domain={domain}
        tabStop={tabStop}
        actions={actions}
      />
    </>
  );
}
