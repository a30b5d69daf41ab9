import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { countOf, countText } from '@/components/format';
import type { Dataset } from '@/data/review-schema';
import {
  ImportError,
  readImportOffThread,
  type ImportInput,
  type ImportPreview,
} from '@/data/import-client';
import {
  isTableFile,
  openTable,
  ReadingStopped,
  type TableHandle,
} from '@/data/formats/table-client';
import { libraryReviewIdsQuery, refreshLibrary, type LibraryEntry } from '@/data/library-query';
import { countNew, mergeDatasets, sameFilm } from '@/data/library-merge';
import { addToLibrary, addUnlessFilmKept, mergeIntoLibrary } from '@/data/library-actions';
import { onLibraryBlocked } from '@/data/library-db';
import { failureText } from '@/data/load-error';
import { FILM_LIMIT, shortenText } from '@/lib/shorten-text';
import { ColumnMapping } from './column-mapping';

interface ImportDialogProps {
  /** Files dropped on the page, read as the dialog opens. */
  initialFiles: readonly File[];
  library: readonly LibraryEntry[];
  /** The dataset on screen, which a page of the same film can be merged into too. */
  openDataset: Dataset | null;
  onClose: () => void;
  /** `storageProblem` says why the entry could not be kept beyond this session, if it could not. */
  onAdded: (entryId: string, storageProblem: string | null) => void | Promise<void>;
}

/** How many of a page's reviews a merge adds: `3 new, 2 already here`, `all 25 already here`. */
export function mergeWords(added: number, of: number): string {
  if (added === 0) return `nothing new, all ${countText(of)} already here`;
  if (added === of) return `all ${countOf(of, 'review')} new`;
  return `${countOf(added, 'new review', 'new reviews')}, ${countText(of - added)} already here`;
}

export function ImportDialog({
  initialFiles,
  library,
  openDataset,
  onClose,
  onAdded,
}: ImportDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();
  const fileId = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [saving, setSaving] = useState(false);
  const [blocked, setBlocked] = useState(false);
  /** The entry of this film found in the library when adding: another tab added it meanwhile. */
  const [found, setFound] = useState<LibraryEntry | null>(null);
  /** A table being read (`reading` stops it) or read, waiting for its columns to be chosen. */
  const [table, setTable] = useState<TableHandle | null>(null);
  const reading = useRef<AbortController | null>(null);
  const client = useQueryClient();
  const addRef = useRef<HTMLButtonElement>(null);
  const mergeRef = useRef<HTMLButtonElement>(null);

  // A new preview takes the focus to its first action, so it does not stay behind on Preview.
  useEffect(() => {
    if (preview) (mergeRef.current ?? addRef.current)?.focus();
  }, [preview]);

  // Another tab holding the library at an older version makes saving wait: say so.
  useEffect(() => onLibraryBlocked(setBlocked), []);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);

  // The worker holding a table is ended with the dialog.
  useEffect(() => () => table?.close(), [table]);
  useEffect(() => () => reading.current?.abort(), []);

  const read = async (input: ImportInput) => {
    setError(null);
    setPreview(null);
    setFound(null);
    setTable(null);
    setBusy(
      'file' in input
        ? `Reading ${input.file.name}…`
        : 'files' in input
          ? `Reading ${countOf(input.files.length, 'file')}…`
          : 'Reading the page…',
    );
    try {
      // One table, chosen or pasted as rows, is read apart: its columns are chosen first.
      const chosen =
        'file' in input
          ? input.file
          : 'files' in input && input.files.length === 1
            ? input.files[0]
            : undefined;
      const file =
        chosen ?? ('text' in input ? new File([input.text], 'Pasted reviews.csv') : undefined);
      if (file && (await isTableFile(file, file.name, chosen !== undefined))) {
        const stop = new AbortController();
        reading.current = stop;
        try {
          setTable(
            await openTable(file, {
              signal: stop.signal,
              onProgress: (bytes, total) =>
                setBusy(
                  `Reading ${file.name}: ${Math.floor((100 * bytes) / Math.max(total, 1))}%…`,
                ),
            }),
          );
        } finally {
          reading.current = null;
        }
        return;
      }
      const result = await readImportOffThread(input, (stage) =>
        setBusy(stage === 'reading' ? 'Reading…' : 'Finding the reviews…'),
      );
      if (result.kind === 'preview') setPreview(result);
      else setError(`This ${result.format} file has columns to choose, which is not possible yet.`);
    } catch (caught) {
      if (caught instanceof ReadingStopped) return;
      setError(
        caught instanceof ImportError
          ? caught.message
          : `The import failed: ${caught instanceof Error ? caught.message : String(caught)}`,
      );
    } finally {
      setBusy(null);
    }
  };

  // Files dropped on the page arrive with the dialog; read them once.
  const readInitial = useRef(initialFiles);
  useEffect(() => {
    const files = readInitial.current;
    readInitial.current = [];
    if (files.length > 0) void read({ files });
  }, []);

  // Merge into a library dataset of the same film, or else into the one on screen (a bundled
  // dataset cannot change, so merging into it saves the result as a new library dataset).
  const libraryMatch = preview
    ? (found ?? library.find((entry) => sameFilm(entry.film, preview.dataset.film)))
    : undefined;
  const matchIds = useQuery({
    ...libraryReviewIdsQuery(libraryMatch?.id ?? ''),
    enabled: libraryMatch !== undefined,
  });
  const openMatch: Dataset | null =
    !libraryMatch && preview && openDataset && sameFilm(openDataset.film, preview.dataset.film)
      ? openDataset
      : null;
  const openIds = useMemo(
    () => (openMatch ? new Set(openMatch.reviews.map((review) => review.id)) : null),
    [openMatch],
  );
  const known: ReadonlySet<string> | null = libraryMatch ? (matchIds.data ?? null) : openIds;
  /** What merging would add, when a merge is offered. */
  const merged = known && preview ? { added: countNew(known, preview.dataset) } : null;

  const keep = async (save: () => Promise<{ id: string; problem: string | null }>) => {
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      const { id, problem } = await save();
      await onAdded(id, problem);
    } catch (caught) {
      setError(failureText('The dataset could not be saved', caught));
    } finally {
      setSaving(false);
    }
  };

  const add = () => {
    if (!preview || saving) return;
    // Offered a merge, the reader chose a dataset of its own. Offered none, the film is looked
    // for again as the library is stored now: another tab may have added it since this list.
    if (merged) {
      void keep(async () => {
        const saved = await addToLibrary(preview.dataset);
        return { id: saved.value.id, problem: saved.problem };
      });
      return;
    }
    setSaving(true);
    setError(null);
    void addUnlessFilmKept(preview.dataset)
      .then(async (outcome) => {
        if ('sameFilm' in outcome) {
          setFound(outcome.sameFilm);
          await refreshLibrary(client, null);
          return;
        }
        await onAdded(outcome.value.id, outcome.problem);
      })
      .catch((caught: unknown) => setError(failureText('The dataset could not be saved', caught)))
      .finally(() => setSaving(false));
  };

  // A merge offered after Add found the film goes to the reader's focus, as a preview's does.
  const mergeOffered = merged !== null;
  useEffect(() => {
    if (found && mergeOffered) mergeRef.current?.focus();
  }, [found, mergeOffered]);

  const merge = () => {
    if (!preview || !merged) return;
    if (libraryMatch) {
      const { id } = libraryMatch;
      void keep(async () => ({
        id,
        problem: (await mergeIntoLibrary(id, preview.dataset)).problem,
      }));
      return;
    }
    if (!openMatch) return;
    const { dataset } = mergeDatasets(openMatch, preview.dataset);
    void keep(async () => {
      const saved = await addToLibrary(dataset);
      return { id: saved.value.id, problem: saved.problem };
    });
  };

  // Each film of a table becomes a dataset of its own; the first one opens.
  const addTables = () => {
    if (table) void keep(() => table.addAll());
  };

  const { film } = preview?.dataset ?? { film: null };
  const skippedCount = preview?.skipped.reduce((sum, entry) => sum + entry.count, 0) ?? 0;
  const filmTitle = film === null ? '' : shortenText(film.title, FILM_LIMIT).shown;
  return (
    <dialog ref={ref} className="dialog dialog--wide" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>Import reviews</h2>
      <div className="dialog__note">
        <p>Bring in the reviews of another film, or more of this one:</p>
        <ol>
          <li>
            Open the film&apos;s <strong>User reviews</strong> page on IMDb (the address ends in{' '}
            <code>/reviews</code>) and show every review you want: <strong>All</strong>, or{' '}
            <strong>Load more</strong> until they show.
          </li>
          <li>
            Select the whole page (Ctrl+A, or ⌘A on a Mac), copy it (Ctrl+C or ⌘C) and paste it into
            Page text below, then press Preview. Or save the page (Ctrl+S or ⌘S) and choose the
            .html file.
          </li>
        </ol>
        <p>
          Choose file also reads IMDb&apos;s review data saved as .json, a copied page saved as
          .txt, a dataset exported from here, and a table of reviews (.csv, .tsv, JSON Lines or a
          JSON list), whose columns you then choose. Several pages of one film chosen together
          become one dataset. Files dropped anywhere on the page open here too.
        </p>
      </div>
      <label htmlFor={textId} className="control">
        Page text
      </label>
      <textarea
        id={textId}
        className="import__text"
        rows={6}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="import__row">
        <button
          type="button"
          className="button"
          onClick={() => {
            if (busy === null) void read({ text });
          }}
          aria-disabled={busy !== null}
        >
          Preview
        </button>
        {/* The input stays the control, named by its label; the label is what shows, drawn
            like the page's buttons (the input's focus shows on it, see theme.css). */}
        <input
          id={fileId}
          className="visually-hidden import__file-input"
          type="file"
          accept=".txt,.json,.html,.htm,.csv,.tsv,.jsonl,.ndjson,text/plain,application/json,text/html,text/csv,text/tab-separated-values"
          multiple
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            if (files.length > 0) void read({ files });
            event.target.value = '';
          }}
        />
        <label htmlFor={fileId} className="button button--quiet import__file">
          Choose file
        </label>
      </div>
      <div aria-live="polite" className="import__progress">
        {busy ??
          (saving
            ? blocked
              ? 'Waiting for another Reviewscope tab: close it or reload it, and saving goes on.'
              : 'Saving…'
            : null)}
      </div>
      {error ? (
        <div role="alert" className="error-panel">
          <p className="error-panel__message">{error}</p>
        </div>
      ) : null}
      {table ? <ColumnMapping table={table} saving={saving} onAdd={addTables} /> : null}
      {preview && film ? (
        <section className="import__preview" aria-label="Preview">
          <dl className="import__facts">
            <div>
              <dt>Film</dt>
              <dd>
                <bdi>{filmTitle}</bdi>
              </dd>
            </div>
            <div>
              <dt>Year</dt>
              <dd>{film.year ?? 'unknown'}</dd>
            </div>
            <div>
              <dt>Reviews</dt>
              <dd>
                {countText(preview.dataset.reviews.length)}
                {preview.dataset.declaredReviewCount === null
                  ? null
                  : ` (the page states ${countText(preview.dataset.declaredReviewCount)})`}
              </dd>
            </div>
            <div>
              <dt>Read from</dt>
              <dd>
                {preview.files > 1
                  ? `${countOf(preview.files, 'file')}: ${preview.format}`
                  : preview.format}
              </dd>
            </div>
            <div>
              <dt>Without a title, author, date or rating</dt>
              <dd>
                {`${countText(preview.missing.title)} untitled, ${countText(preview.missing.author)} anonymous, ${countText(preview.missing.date)} undated, ${countText(preview.missing.rating)} unrated`}
              </dd>
            </div>
          </dl>
          {preview.skipped.length > 0 ? (
            <div className="import__warning">
              <p>{`${countOf(skippedCount, 'review block')} could not be read and ${skippedCount === 1 ? 'was' : 'were'} skipped:`}</p>
              <ul>
                {preview.skipped.map(({ count, reason }) => (
                  <li key={reason}>{`${countText(count)}: ${reason}`}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {preview.repeated > 0 ? (
            <p className="import__hint">
              {`${countOf(preview.repeated, 'review was', 'reviews were')} in more than one file and ${preview.repeated === 1 ? 'is' : 'are'} kept once.`}
            </p>
          ) : null}
          <div className="import__row">
            {merged ? (
              <button
                ref={mergeRef}
                type="button"
                className="button"
                onClick={merge}
                aria-disabled={saving}
              >
                Merge into <bdi>{film.title}</bdi>
                {`: ${mergeWords(merged.added, preview.dataset.reviews.length)}`}
              </button>
            ) : null}
            <button
              ref={addRef}
              type="button"
              className={merged ? 'button button--quiet' : 'button'}
              onClick={add}
              aria-disabled={saving}
            >
              Add to library
            </button>
          </div>
          {merged ? (
            <p className="import__hint">
              {`${found ? 'This film was added to the library meanwhile, maybe in another tab' : `This film is already ${libraryMatch ? 'in the library' : 'open'}`}: Merge adds only the reviews it does not have; Add to library keeps this page as a dataset of its own.`}
            </p>
          ) : null}
        </section>
      ) : null}
      <div className="dialog__footer">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            // While a table is read, Cancel stops the reading and keeps the dialog open.
            if (reading.current) {
              reading.current.abort();
              setBusy(null);
              setTable(null);
              setError(null);
              return;
            }
            ref.current?.close();
          }}
        >
          Cancel
        </button>
      </div>
    </dialog>
  );
}
