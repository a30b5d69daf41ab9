import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { ChartsFold } from '@/components/charts-fold';
import { FullText } from '@/components/full-text';
import { PanelBoundary } from '@/components/panel-boundary';
import { REVIEWS_TARGET } from '@/components/skip-link';
import { ratingsInShort } from '@/query/rating-words';
import { useMediaQuery } from '@/components/use-media-query';
import { ClearFilters } from '@/features/controls/clear-filters';
import { FilterFold } from '@/features/controls/filter-fold';
import { Mentions } from '@/features/controls/mentions';
import { RatingFilter } from '@/features/controls/rating-filter';
import { ResultStatus } from '@/features/controls/result-status';
import { SearchBox } from '@/features/controls/search-box';
import { SortSelect } from '@/features/controls/sort-select';
import { ViewSwitch } from '@/features/controls/view-switch';
import { SpoilerToggle } from '@/features/controls/spoiler-toggle';
import { FilmSummary } from '@/features/reviews/film-summary';
import { ReviewList } from '@/features/reviews/review-list';
import { FILM_LIMIT, shortenText } from '@/lib/shorten-text';
import { runQuery } from '@/query/run-query';
import type { DatasetSession } from '@/query/dataset-session';
import { TONE_OF_CODE } from '@/query/tone';
import { isFiltered, shownKey } from '@/query/view-query';
import { useViewQuery } from '@/store/view-store';
import { LateCharts, useChartsPanel } from './charts-loader';
import { useLinkedReview } from './use-linked-review';
import { dateRange, exportMenu, toneFilter } from './first-screen-parts';
import { useMentions } from './use-mentions';
import { useReviewCursor } from './use-review-cursor';
import { useShortcuts } from './use-shortcuts';
import { useAnsweredSearch } from './use-answered-search';
import { useWarmUps } from './use-warm-ups';

// What to say when nothing matches loads when first needed: most visits never empty the list.
const EmptyResult = lazy(() =>
  import('@/features/controls/empty-result').then((module) => ({ default: module.EmptyResult })),
);

const ToneFilter = toneFilter.Component;
const DateRange = dateRange.Component;
const ExportMenu = exportMenu.Component;

// The sentences that match, in place of the cards, when the reader asks for quotes.
const QuotesView = lazy(() =>
  import('@/features/reviews/quotes-view').then((module) => ({ default: module.QuotesView })),
);

// Said only when a linked review is not in the list.
const LinkedNotice = lazy(() =>
  import('./linked-notice').then((module) => ({ default: module.LinkedNotice })),
);

// A review's own page, for a link to one review (most visits open the list): it comes with the
// quotes' chunk, as a chunk of its own made the bundler split React out of the first bundle.
const ReviewPage = lazy(() =>
  import('@/features/reviews/quotes-view').then((module) => ({ default: module.ReviewPage })),
);

// The shortcuts' list loads when first asked for, not with the page.
const ShortcutsDialog = lazy(() =>
  import('./shortcuts-dialog').then((module) => ({ default: module.ShortcutsDialog })),
);

/** The width from which the charts stand beside the list (theme.css lays out the same). */
const TWO_COLUMNS = '(min-width: 70rem)';

interface DatasetViewProps {
  /** The open dataset's session, owned by the query cache (query/loader). */
  session: DatasetSession;
  /** Identifies the dataset for the reader's votes and revealed spoilers. */
  datasetKey: string;
  /** Its id in the library (a bundled film's is `bundled:` and its key); null when not there. */
  libraryId?: string | null;
}

export function DatasetView({ session, datasetKey, libraryId = null }: DatasetViewProps) {
  const { dataset } = session;
  // The search's code, fetched once the list is on screen: most first searches find it here.
  useEffect(() => {
    session.loadSearch().catch(() => undefined);
  }, [session]);
  // The work that waits for the first reviews on screen (a small film's index) starts now.
  useEffect(() => session.shown(), [session]);
  useWarmUps(session);
  // Every change renders at once: each is a few milliseconds even at 100,000 reviews, so the list
  // changes in the same frame as the control (see docs/performance.md).
  const asked = useViewQuery();
  // Before the index is ready, a new search is read in slices: the list shows the last answer,
  // then what the reading has found so far.
  const answered = useAnsweredSearch(session, asked.search, asked.sort);
  const { found } = answered;
  const view = useMemo(
    () => (answered.search === asked.search ? asked : { ...asked, search: answered.search }),
    [asked, answered.search],
  );
  // The tones come with the search index (the session reads them); the query is run again then.
  const tone = useSyncExternalStore(session.onTone, () => session.tone);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- tone: the session's, read by runQuery
  const result = useMemo(() => runQuery(session, view, found), [session, view, tone, found]);
  const marks = useMemo(() => session.marker(view.search), [session, view.search]);
  // The charts show which reviews pass the filters, not their order: a change of sort leaves them
  // alone. They follow in a task of their own once the list has painted (see lib/schedule).
  // While a search is read, they keep the last whole answer's.
  const filterKey = `${view.ratings.join()}|${view.tones.join()}|${!tone}|${answered.settled}|${view.hideSpoilers}|${view.from}|${view.to}`;
  const chartKey = useMemo(() => ({ session, filterKey }), [session, filterKey]);
  const filtered = isFiltered(view);
  const { title, year } = dataset.film;
  const shortTitle = shortenText(title, FILM_LIMIT);
  // Two columns from this width: the list, and the charts beside it. Below it the list comes
  // first and the charts wait behind Show charts.
  const wide = useMediaQuery(TWO_COLUMNS);
  const shown = result.indices.length;
  const searchRef = useRef<HTMLInputElement>(null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const { panel: chartsPanel, retry: retryCharts } = useChartsPanel();
  const { linked, seeAll } = useLinkedReview(dataset, result.indices);
  const pageIndex = linked.kind === 'page' ? linked.index : null;
  const pageReview = pageIndex === null ? undefined : dataset.reviews[pageIndex];
  const pageTone = pageIndex === null ? null : (TONE_OF_CODE[tone?.[pageIndex] ?? 0] ?? null);
  const mentions = useMentions(
    session,
    result.indices,
    view.search,
    shownKey(view),
    pageReview === undefined && found === null,
    libraryId,
  );
  const { next, previous } = useReviewCursor(dataset, result.indices);
  const openShortcuts = useCallback(() => setShortcutsOpen(true), []);
  const closeShortcuts = useCallback(() => setShortcutsOpen(false), []);
  useShortcuts({ next, previous, search: searchRef, shortcuts: openShortcuts });
  const activeFilters =
    view.ratings.length +
    view.tones.length +
    (view.hideSpoilers ? 1 : 0) +
    (view.from !== null || view.to !== null ? 1 : 0);

  const charts =
    shown === 0 ? null : (
      <section className="layout__charts" aria-labelledby="charts-heading">
        <h2 id="charts-heading" className="visually-hidden">
          Charts
        </h2>
        <PanelBoundary title="The charts could not be shown." onReset={retryCharts}>
          <Suspense fallback={<div className="charts charts--loading" aria-busy="true" />}>
            <LateCharts panel={chartsPanel} session={session} result={result} chartKey={chartKey} />
          </Suspense>
        </PanelBoundary>
      </section>
    );

  return (
    <>
      <header className="page-header">
        <h1 tabIndex={-1} data-dataset-key={datasetKey}>
          <bdi>{shortTitle.shown}</bdi>
          {year === null ? null : ` (${year})`}
        </h1>
        {shortTitle.shortened ? <FullText what="film title">{title}</FullText> : null}
        <FilmSummary session={session} />
      </header>
      {pageReview ? (
        <Suspense fallback={null}>
          <ReviewPage
            review={pageReview}
            total={dataset.reviews.length}
            datasetKey={datasetKey}
            tone={pageTone}
            onSeeAll={seeAll}
          />
        </Suspense>
      ) : (
        <>
          <PanelBoundary title="The controls failed.">
            <section className="controls" aria-label="Sort and filter">
              <div className="controls__row controls__row--main">
                <SearchBox inputRef={searchRef} />
                <SortSelect />
              </div>
              <FilterFold active={activeFilters}>
                <SpoilerToggle />
                <RatingFilter counts={result.ratingCounts} />
                <Suspense fallback={<div className="tone-pending" />}>
                  <ToneFilter session={session} view={view} tone={tone} />
                </Suspense>
                <Suspense fallback={null}>
                  <DateRange span={session.dateSpan} />
                </Suspense>
              </FilterFold>
              <div className="controls__row controls__row--status">
                <ResultStatus shown={shown} total={result.total} sofar={found !== null} />
                <ViewSwitch />
                <div className="controls__actions">
                  {filtered && shown > 0 ? <ClearFilters /> : null}
                  <Suspense fallback={null}>
                    <ExportMenu session={session} indices={result.indices} />
                  </Suspense>
                </div>
              </div>
            </section>
          </PanelBoundary>
          <div className={wide ? 'layout layout--wide' : 'layout'}>
            {!wide && shown > 0 ? (
              <ChartsFold summary={ratingsInShort(result.ratingCounts)}>{charts}</ChartsFold>
            ) : null}
            <section
              id={REVIEWS_TARGET}
              className="layout__reviews"
              aria-labelledby="reviews-heading"
              tabIndex={-1}
              // The search whose reviews the list shows (while a new one is read, an earlier one).
              data-search={view.search}
            >
              <h2 id="reviews-heading" className="visually-hidden">
                Reviews
              </h2>
              {/* Empty, it takes no room; it stays in the page so that its words are announced. */}
              <p className="result-searching" aria-live="polite">
                {answered.searching ? 'Searching the reviews…' : ''}
              </p>
              {shown > 0 ? <Mentions mentions={mentions} /> : null}
              {linked.kind === 'none' ? null : (
                <Suspense fallback={null}>
                  <LinkedNotice hidden={linked.kind === 'hidden'} />
                </Suspense>
              )}
              <PanelBoundary title="The reviews could not be shown.">
                {shown === 0 && found !== null ? null : shown === 0 ? (
                  <Suspense fallback={null}>
                    <EmptyResult view={view} />
                  </Suspense>
                ) : view.show === 'quotes' ? (
                  <Suspense fallback={null}>
                    <QuotesView
                      reviews={dataset.reviews}
                      order={result.indices}
                      datasetKey={datasetKey}
                      marks={marks}
                      tone={tone}
                    />
                  </Suspense>
                ) : (
                  <ReviewList
                    reviews={dataset.reviews}
                    order={result.indices}
                    datasetKey={datasetKey}
                    marks={marks}
                    tone={tone}
                  />
                )}
              </PanelBoundary>
            </section>
            {wide ? charts : null}
          </div>
        </>
      )}
      {shortcutsOpen ? (
        <Suspense fallback={null}>
          <ShortcutsDialog open onClose={closeShortcuts} />
        </Suspense>
      ) : null}
    </>
  );
}
