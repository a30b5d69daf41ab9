import { useId, useRef, useState } from 'react';
import { countOf, countText } from '@/components/format';
import type { ColumnMapping as Mapping, Field } from '@/data/formats/table-columns';
import type { Proposable, TableHandle, TableSummary } from '@/data/formats/table-client';
import type { RatingScale, DateOrder } from '@/data/formats/table-values';
import type { Dataset } from '@/data/review-schema';
import { shortenText } from '@/lib/shorten-text';
import { ChoiceSelect } from './choice-select';

interface ColumnMappingProps {
  table: TableHandle;
  saving: boolean;
  onAdd: () => void;
}

/** The selects, in the order a review reads; each name starts with its field (DESIGN.md §3). */
const SELECTS: ReadonlyArray<{ field: Field; label: string; propose?: Proposable }> = [
  { field: 'title', label: 'Title column' },
  { field: 'text', label: 'Text column' },
  { field: 'author', label: 'Author column' },
  { field: 'date', label: 'Date column', propose: 'dateOrder' },
  { field: 'rating', label: 'Rating column', propose: 'ratingScale' },
  { field: 'helpful', label: 'Helpful column' },
  { field: 'helpfulDown', label: 'Helpful down votes' },
  { field: 'spoiler', label: 'Spoiler column' },
  { field: 'film', label: 'Film column' },
  { field: 'filmYear', label: 'Film year' },
];

const SCALES: ReadonlyArray<[RatingScale, string]> = [
  ['auto', 'As written (8/10, 4/5), else 1-10'],
  ['10', '1 to 10'],
  ['5', '1 to 5'],
  ['100', '0 to 100'],
];

const ORDERS: ReadonlyArray<[DateOrder, string]> = [
  ['mdy', 'Month first (03/04/2005 is 4 March)'],
  ['dmy', 'Day first (03/04/2005 is 3 April)'],
];

const NONE = '';

function filmName(film: Dataset['film']): string {
  return film.year === null ? film.title : `${film.title} (${film.year})`;
}

/** `3 films: Heat (1995) 120 reviews, ...`, or the one film's name and count. */
export function filmsLine(films: TableSummary['films']): string {
  const named = films.map((f) => `${filmName(f.film)} ${countOf(f.reviews, 'review')}`);
  if (films.length === 1) return `1 film: ${named[0] ?? ''}`;
  const shown = named.slice(0, 8).join(', ');
  return `${countText(films.length)} films: ${shown}${films.length > 8 ? `, and ${countOf(films.length - 8, 'more film')}` : ''}`;
}

/** `12 rows have no text and will be skipped.` */
export function skippedLine({ count, reason }: { count: number; reason: string }): string {
  return `${countOf(count, 'row')} ${reason} and will be skipped.`;
}

/** Which column is which field of a table's reviews: a select per field, and a preview. */
export function ColumnMapping({ table, saving, onAdd }: ColumnMappingProps) {
  const baseId = useId();
  const [summary, setSummary] = useState<TableSummary>(table.summary);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const asked = useRef(0);
  const { mapping, columns } = summary;

  const choose = (next: Mapping, propose: Proposable[] = []) => {
    asked.current += 1;
    const ask = asked.current;
    setPending(true);
    setError(null);
    table
      .remap(next, propose)
      .then((answer) => {
        // A later choice's answer wins over an earlier one arriving after it.
        if (ask === asked.current) setSummary(answer);
      })
      .catch((caught: unknown) => {
        if (ask === asked.current)
          setError(
            `The columns could not be read: ${caught instanceof Error ? caught.message : String(caught)}`,
          );
      })
      .finally(() => {
        if (ask === asked.current) setPending(false);
      });
  };

  const add = () => {
    if (saving || pending || summary.problem !== null) return;
    onAdd();
  };

  const select = (field: Field, label: string, propose?: Proposable) => {
    const id = `${baseId}-${field}`;
    const column = mapping.columns[field];
    return (
      <div className="control column-mapping__choice" key={field}>
        <label htmlFor={id}>{label}</label>
        <select
          id={id}
          value={column === null ? NONE : String(column)}
          onChange={(event) => {
            const value = event.target.value;
            choose(
              {
                ...mapping,
                columns: { ...mapping.columns, [field]: value === NONE ? null : Number(value) },
              },
              propose ? [propose] : [],
            );
          }}
        >
          <option value={NONE}>None</option>
          {columns.map((name, index) => (
            <option key={index} value={String(index)}>
              {name === '' ? `Column ${index + 1}` : name}
            </option>
          ))}
        </select>
      </div>
    );
  };

  const orderAsked = summary.numericDates && !summary.dateOrderSettled;
  return (
    <section className="import__preview column-mapping" aria-label="Columns" aria-busy={pending}>
      <p>
        <bdi>{summary.fileName}</bdi>
        {`: ${countOf(summary.rows, 'row')} in ${countOf(columns.length, 'column')}. Check which column holds what:`}
      </p>
      <div className="column-mapping__grid">
        {SELECTS.map(({ field, label, propose }) => select(field, label, propose))}
        {mapping.columns.rating !== null ? (
          <ChoiceSelect
            id={`${baseId}-scale`}
            label="Rating scale"
            value={mapping.ratingScale}
            options={SCALES}
            onChoose={(ratingScale) => choose({ ...mapping, ratingScale })}
          />
        ) : null}
        {summary.numericDates ? (
          <ChoiceSelect
            id={`${baseId}-order`}
            label="Date order"
            value={mapping.dateOrder}
            options={ORDERS}
            onChoose={(dateOrder) => choose({ ...mapping, dateOrder })}
          />
        ) : null}
      </div>
      {orderAsked ? (
        <p className="import__warning">
          Every date could be day/month or month/day: say which in Date order.
        </p>
      ) : null}
      {summary.problem !== null ? (
        <div role="alert" className="error-panel">
          <p className="error-panel__message">{summary.problem}</p>
        </div>
      ) : null}
      {error ? (
        <div role="alert" className="error-panel">
          <p className="error-panel__message">{error}</p>
        </div>
      ) : null}
      {summary.films.length > 0 ? (
        <p className="column-mapping__films">{filmsLine(summary.films)}</p>
      ) : null}
      {summary.skipped.map((skip) => (
        <p className="import__warning" key={skip.reason}>
          {skippedLine(skip)}
        </p>
      ))}
      {summary.preview.length > 0 ? (
        <>
          <h3 className="column-mapping__heading">{`The first ${countOf(summary.preview.length, 'review')}`}</h3>
          <ol className="column-mapping__preview" aria-label="Preview">
            {summary.preview.map((review) => (
              <li key={review.id} className="column-mapping__review">
                <h4 className="column-mapping__title">
                  <bdi>{review.title ?? 'Untitled review'}</bdi>
                </h4>
                <p className="column-mapping__meta">
                  {[
                    review.author ?? 'anonymous',
                    review.date ?? 'undated',
                    review.rating === null ? 'unrated' : `${review.rating}/10`,
                    `${countText(review.helpful.up)} of ${countText(review.helpful.total)} found it helpful`,
                    ...(review.spoiler ? ['spoiler'] : []),
                  ].join(' · ')}
                </p>
                <p className="column-mapping__body">{shortenText(review.body, 240).shown}</p>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <div className="import__row">
        <button
          type="button"
          className="button"
          onClick={add}
          aria-disabled={saving || pending || summary.problem !== null}
        >
          Add to library
        </button>
      </div>
    </section>
  );
}
