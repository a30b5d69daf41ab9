import {
  lazy,
  useCallback,
  useState,
  type ComponentProps,
  type ComponentType,
  type LazyExoticComponent,
} from 'react';
import { useAfterPaint } from '@/lib/schedule';
import type { DatasetSession } from '@/query/dataset-session';
import type { QueryResult } from '@/query/run-query';

type ChartsModule = typeof import('@/features/charts/charts-panel');

// recharts is the heaviest dependency: the list renders without waiting for it.
let chartsModule: Promise<ChartsModule> | null = null;

/**
 * Fetches and runs the charts' code; called while a dataset loads, so that the charts are ready
 * when the first reviews show instead of loading then.
 */
export function preloadCharts() {
  chartsModule ??= import('@/features/charts/charts-panel');
  return chartsModule;
}

/** The address of the module a failed dynamic import names (Chromium and Firefox give it). */
export function failedModuleUrl(error: unknown, origin = window.location.origin): string | null {
  const message = error instanceof Error ? error.message : '';
  const found = /\b(https?:\/\/[^\s'"]+\.js)\b/.exec(message)?.[1];
  if (found === undefined) return null;
  const url = new URL(found);
  return url.origin === origin ? url.href : null;
}

/**
 * The charts' code again, after Retry. The browser keeps a failed module for its address as long
 * as the page lives, so the module the failure names is fetched once more under an address of
 * its own.
 */
function reloadCharts(attempt: number): Promise<ChartsModule> {
  return import('@/features/charts/charts-panel').catch((error: unknown) => {
    const url = failedModuleUrl(error);
    if (url === null) throw error;
    const again = new URL(url);
    again.searchParams.set('retry', String(attempt));
    return import(/* @vite-ignore */ again.href) as Promise<ChartsModule>;
  });
}

const chartsPanels: Array<LazyExoticComponent<ChartsModule['default']>> = [];

/** The charts' panel as loaded by the `attempt`th try: one lazy component per try. */
function chartsPanelFor(attempt: number) {
  chartsPanels[attempt] ??= lazy(() => (attempt === 0 ? preloadCharts() : reloadCharts(attempt)));
  return chartsPanels[attempt];
}

/** The charts' panel component and the Retry that loads its code again after a failure. */
export function useChartsPanel() {
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  return { panel: chartsPanelFor(attempt), retry };
}

interface LateChartsProps {
  panel: ComponentType<ComponentProps<ChartsModule['default']>>;
  session: DatasetSession;
  result: QueryResult;
  /** Changes when the charts have something new to show. */
  chartKey: object;
}

/**
 * The charts, a painted frame behind the list (see lib/schedule for the frame order). Only this
 * part re-renders when they catch up, not the page around them.
 */
export function LateCharts({ panel: ChartsPanel, session, result, chartKey }: LateChartsProps) {
  const late = useAfterPaint({ session, result }, chartKey);
  return <ChartsPanel session={late.session} result={late.result} />;
}
