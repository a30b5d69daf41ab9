import {
  lazy,
  Suspense,
  useEffect,
  useCallback,
  useMemo,
  useRef,
  useState,
  type ComponentProps,
  type ComponentType,
  type LazyExoticComponent,
} from 'react';
import { ChartsFold } from '@/components/charts-fold';
import { ratingsInShort } from '@/components/rating-words';
import { useMediaQuery } from '@/components/use-media-query';
import { PanelBoundary } from '@/components/panel-boundary';
import { searchIndexFromLoader } from '@/data/dataset-query';
import type { Dataset } from '@/data/review-schema';
import { ClearFilters } from '@/features/controls/clear-filters';
import { FilterFold } from '@/features/controls/filter-fold';
import { RatingFilter } from '@/features/controls/rating-filter';
import { ResultStatus } from '@/features/controls/result-status';
import { SearchBox } from '@/features/controls/search-box';
import { SortSelect } from '@/features/controls/sort-select';
import { SpoilerToggle } from '@/features/controls/spoiler-toggle';
import { useAfterPaint } from '@/lib/use-after-paint';
import { ExportMenu } from '@/features/library/export-menu';
import { FilmSummary } from '@/features/reviews/film-summary';
import { ReviewList } from '@/features/reviews/review-list';
import { buildSearchIndexInSlices } from '@/lib/search-index';
import { runSpaced } from '@/lib/spaced-steps';
import { prepareDataset, type PreparedDataset } from '@/query/prepare';
import {
  filterPassWarmUps,
  runQuery,
  SORT_KEYS,
  sortedOrder,
  type QueryResult,
} from '@/query/run-query';
import { isFiltered, useViewActions, useViewQuery } from '@/store/view-store';
import { useShortcuts } from './use-shortcuts';

// What to say when nothing matches loads when first needed: most visits never empty the list.
const EmptyResult = lazy(() =>
  import('@/features/controls/empty-result').then((module) => ({ default: module.EmptyResult })),
);

// The shortcuts' list loads when first asked for, not with the page.
const ShortcutsDialog = lazy(() =>
  import('./shortcuts-dialog').then((module) => ({ default: module.ShortcutsDialog })),
);

/** The width from which the charts stand beside the list (theme.css lays out the same). */
const TWO_COLUMNS = '(min-width: 70rem)';

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

interface LateChartsProps {
  panel: ComponentType<ComponentProps<ChartsModule['default']>>;
  prepared: PreparedDataset;
  result: QueryResult;
  /** Changes when the charts have something new to show. */
  chartKey: object;
}

/**
 * The charts, a painted frame behind the list. Only this part re-renders when they catch up, not
 * the page around them.
 */
function LateCharts({ panel: ChartsPanel, prepared, result, chartKey }: LateChartsProps) {
  const late = useAfterPaint({ prepared, result }, chartKey);
  return <ChartsPanel prepared={late.prepared} result={late.result} />;
}

interface DatasetViewProps {
  dataset: Dataset;
  /** Identifies the dataset for the reader's votes and revealed spoilers. */
  datasetKey: string;
}

export function DatasetView({ dataset, datasetKey }: DatasetViewProps) {
  const prepared = useMemo(() => {
    const ready = prepareDataset(dataset);
    // The helpfulness chart starts from the Most votes order: computed with the rest, before the
    // first reviews show, rather than in the task that draws the chart.
    sortedOrder(ready, 'votes');
    return ready;
  }, [dataset]);
  // Each sort order costs one full sort the first time; do them while the reader reads, one
  // per idle slot, so the first change of sort is as quick as the rest. Then the filtering pass
  // runs a few times each way (see filterPassWarmUps): until then the first filter at 100,000
  // reviews took about 12 ms in it instead of 1.
  useEffect(
    () =>
      runSpaced(
        [
          ...SORT_KEYS.map((key) => () => void sortedOrder(prepared, key)),
          ...filterPassWarmUps(prepared),
        ],
        500,
      ),
    [prepared],
  );
  // Large datasets get their search index after the first reviews show: from the loader's worker
  // when it built one, else in slices between frames. Until then search scans the texts.
  useEffect(() => {
    if (prepared.searchIndex) return;
    const controller = new AbortController();
    const fromLoader = searchIndexFromLoader(dataset);
    const building = (fromLoader ?? Promise.resolve(null)).then(
      (index) => index ?? buildSearchIndexInSlices(prepared.searchText, controller.signal),
    );
    building.then(
      (index) => {
        if (!controller.signal.aborted) prepared.searchIndex = index;
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [dataset, prepared]);
  // Every change renders at once: each is a few milliseconds even at 100,000 reviews, so the list
  // changes in the same frame as the control (see docs/performance.md).
  const view = useViewQuery();
  const result = useMemo(() => runQuery(prepared, view), [prepared, view]);
  // The charts show which reviews pass the filters, not their order: a change of sort leaves them
  // alone. They follow in a task of their own once the list has painted (see ChartsPanel).
  const filterKey = `${view.ratings.join()}|${view.search}|${view.hideSpoilers}`;
  const chartKey = useMemo(() => ({ prepared, filterKey }), [prepared, filterKey]);
  const filtered = isFiltered(view);
  const { title, year } = dataset.film;
  // Two columns from this width: the list, and the charts beside it. Below it the list comes
  // first and the charts wait behind Show charts.
  const wide = useMediaQuery(TWO_COLUMNS);
  const shown = result.indices.length;
  const searchRef = useRef<HTMLInputElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const { spotlightReview } = useViewActions();
  // Retry after the charts failed loads their code again (see reloadCharts).
  const [chartsAttempt, setChartsAttempt] = useState(0);
  const chartsPanel = chartsPanelFor(chartsAttempt);
  const retryCharts = useCallback(() => setChartsAttempt((attempt) => attempt + 1), []);

  // The review j/k moves from: the last one moved to, or one the reader focused themselves.
  // Kept apart from document focus, which lands a frame later, so quick presses still advance.
  const cursor = useRef<string | null>(null);
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      const article =
        event.target instanceof Element ? event.target.closest('article[data-review-id]') : null;
      if (article) cursor.current = article.getAttribute('data-review-id');
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);

  const move = useCallback(
    (step: number) => {
      const { indices } = result;
      if (indices.length === 0) return;
      const id = cursor.current;
      const position = id === null ? -1 : indices.findIndex((i) => dataset.reviews[i]?.id === id);
      const target =
        position === -1 ? 0 : Math.min(Math.max(position + step, 0), indices.length - 1);
      const review = dataset.reviews[indices[target] ?? -1];
      if (!review) return;
      cursor.current = review.id;
      spotlightReview(review.id, false);
    },
    [result, dataset, spotlightReview],
  );
  const next = useCallback(() => move(1), [move]);
  const previous = useCallback(() => move(-1), [move]);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  const closeHelp = useCallback(() => setHelpOpen(false), []);
  useShortcuts({ next, previous, search: searchRef, help: openHelp });

  const charts =
    shown === 0 ? null : (
      <section className="layout__charts" aria-labelledby="charts-heading">
        <h2 id="charts-heading" className="visually-hidden">
          Charts
        </h2>
        <PanelBoundary title="The charts could not be shown." onReset={retryCharts}>
          <Suspense fallback={<div className="charts charts--loading" aria-busy="true" />}>
            <LateCharts
              panel={chartsPanel}
              prepared={prepared}
              result={result}
              chartKey={chartKey}
            />
          </Suspense>
        </PanelBoundary>
      </section>
    );

  return (
    <>
      <header className="page-header">
        <h1 tabIndex={-1} data-dataset-key={datasetKey}>
          <bdi>{title}</bdi>
          {year === null ? null : ` (${year})`}
        </h1>
        <FilmSummary prepared={prepared} />
      </header>
      <PanelBoundary title="The controls failed.">
        <section className="controls" aria-label="Sort and filter">
          <div className="controls__row controls__row--main">
            <SearchBox inputRef={searchRef} />
            <SortSelect />
          </div>
          <FilterFold active={view.ratings.length + (view.hideSpoilers ? 1 : 0)}>
            <SpoilerToggle />
            <RatingFilter counts={result.ratingCounts} />
          </FilterFold>
          <div className="controls__row controls__row--status">
            <ResultStatus shown={shown} total={result.total} />
            <div className="controls__actions">
              {filtered && shown > 0 ? <ClearFilters /> : null}
              <ExportMenu dataset={dataset} indices={result.indices} />
            </div>
          </div>
        </section>
      </PanelBoundary>
      <div className={wide ? 'layout layout--wide' : 'layout'}>
        {!wide && shown > 0 ? (
          <ChartsFold summary={ratingsInShort(result.ratingCounts)}>{charts}</ChartsFold>
        ) : null}
        <section className="layout__reviews" aria-labelledby="reviews-heading">
          <h2 id="reviews-heading" className="visually-hidden">
            Reviews
          </h2>
          <PanelBoundary title="The reviews could not be shown.">
            {shown === 0 ? (
              <Suspense fallback={null}>
                <EmptyResult view={view} />
              </Suspense>
            ) : (
              <ReviewList
                reviews={dataset.reviews}
                order={result.indices}
                datasetKey={datasetKey}
                query={view.search}
              />
            )}
          </PanelBoundary>
        </section>
        {wide ? charts : null}
      </div>
      {helpOpen ? (
        <Suspense fallback={null}>
          <ShortcutsDialog open onClose={closeHelp} />
        </Suspense>
      ) : null}
    </>
  );
}
