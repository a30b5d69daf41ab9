import { useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useId, useState, useSyncExternalStore } from 'react';
import { localKey } from '@/data/dataset-key';
import { countOf, shortDateText } from '@/components/format';
import { datasetIndexQuery } from '@/data/dataset-query';
import { libraryQuery, refreshLibrary, type LibraryEntry } from '@/data/library-query';
import { getLibraryNotice, setLibraryNotice, subscribeLibraryNotice } from '@/data/library-notice';
import type { Dataset } from '@/data/review-schema';
import { closeBidi } from '@/lib/bidi';
import { datasetHeadingSelector, focusWhenShown } from '@/lib/focus-when-shown';
import { FILM_LIMIT, shortenText } from '@/lib/shorten-text';
import { useViewActions } from '@/store/view-store';

// The dialog and its parser load when first opened, not with the page.
// How much room the library takes is said once there is a library.
const StorageRoom = lazy(() =>
  import('./storage-room').then((module) => ({ default: module.StorageRoom })),
);
const RenameForm = lazy(() =>
  import('./rename-form').then((module) => ({ default: module.RenameForm })),
);
const ImportDialog = lazy(() =>
  import('./import-dialog').then((module) => ({ default: module.ImportDialog })),
);

export type OpenSource =
  | { kind: 'bundled'; key: string }
  | { kind: 'local'; key: string; entry: LibraryEntry }
  | { kind: 'url'; key: string }
  | { kind: 'missing'; key: string }
  /** A library entry whose stored reviews cannot be opened; its Delete is in the page's alert. */
  | { kind: 'damaged'; key: string };

const count = (n: number) => countOf(n, 'review');

/** The film and year as the dataset list and notices name it, a long title shortened. */
export function filmLabel(film: Dataset['film']): string {
  const { shown } = shortenText(film.title, FILM_LIMIT);
  return film.year === null ? shown : `${shown} (${film.year})`;
}

/** A film as an option's text: plain text, so no control in the title reorders what follows. */
function optionFilm(film: Dataset['film']): string {
  const shown = closeBidi(shortenText(film.title, FILM_LIMIT).shown);
  return film.year === null ? shown : `${shown} (${film.year})`;
}

function entryLabel(entry: LibraryEntry): string {
  const name = entry.label ? ` · ${closeBidi(entry.label)}` : '';
  const day = shortDateText(entry.addedAt);
  const added = day === '' ? '' : `, added ${day}`;
  return `${optionFilm(entry.film)}${name} · ${count(entry.reviewCount)}${added}`;
}

interface LibraryBarProps {
  dataset: Dataset | null;
  source: OpenSource;
}

export function LibraryBar({ dataset, source }: LibraryBarProps) {
  const selectId = useId();
  const client = useQueryClient();
  const { data: index } = useSuspenseQuery(datasetIndexQuery());
  const library = useQuery(libraryQuery());
  const { openDataset } = useViewActions();
  const [importOpen, setImportOpen] = useState(false);
  const [droppedFiles, setDroppedFiles] = useState<File[]>([]);
  const { deleted, problem } = useSyncExternalStore(subscribeLibraryNotice, getLibraryNotice);
  const setProblem = (message: string | null) => setLibraryNotice({ problem: message });
  const [renaming, setRenaming] = useState(false);

  // Files dropped anywhere on the page open the import dialog with them.
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      setDroppedFiles(files);
      setImportOpen(true);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  const entries = library.data?.entries ?? [];

  // After an action the reader's focus goes where the result is: the opened film's heading, or
  // the Undo of a deletion.
  const open = (key: string | null) => {
    openDataset(key);
    if (key !== null) focusWhenShown(datasetHeadingSelector(key));
  };

  // The steps load when the reader first acts (most visits never do).
  const steps = () => import('@/data/library-steps');

  const remove = async () => {
    if (source.kind !== 'local' || !dataset) return;
    if (!(await (await steps()).deleteWithUndo(client, source.entry, dataset))) return;
    openDataset(null);
    focusWhenShown('.library-bar__notice button');
  };

  const undo = async () => {
    if (deleted) open(localKey(await (await steps()).undoDelete(client, deleted)));
  };

  const rename = async (name: string) => {
    if (source.kind !== 'local') return;
    setRenaming(false);
    await (await steps()).renameEntry(client, source.entry, name);
  };

  return (
    <div className="library-bar">
      <div className="control control--inline control--dataset">
        <label htmlFor={selectId}>Dataset</label>
        <select
          id={selectId}
          value={source.key}
          onChange={(event) => openDataset(event.target.value)}
        >
          {index.map((entry) => (
            <option key={entry.slug} value={entry.slug}>
              {`${optionFilm({ title: entry.film, year: entry.year })} · ${count(entry.reviewCount)}`}
            </option>
          ))}
          {entries.map((entry) => (
            <option key={entry.id} value={localKey(entry.id)}>
              {entryLabel(entry)}
            </option>
          ))}
          {source.kind === 'url' && dataset ? (
            <option
              value={source.key}
            >{`${optionFilm(dataset.film)} · ${count(dataset.reviews.length)}, from a link`}</option>
          ) : null}
          {source.kind === 'missing' ? <option value={source.key}>Missing dataset</option> : null}
        </select>
      </div>
      <div className="library-bar__actions">
        <button type="button" className="button button--small" onClick={() => setImportOpen(true)}>
          Import
        </button>
        {source.kind === 'local' && !renaming ? (
          <>
            <button
              type="button"
              className="button button--small"
              onClick={() => setRenaming(true)}
            >
              Rename
            </button>
            <button type="button" className="button button--small" onClick={() => void remove()}>
              Delete dataset
            </button>
          </>
        ) : null}
      </div>
      {renaming && source.kind === 'local' ? (
        <Suspense fallback={null}>
          <RenameForm
            initial={source.entry.label ?? ''}
            onSave={(name) => void rename(name)}
            onCancel={() => setRenaming(false)}
          />
        </Suspense>
      ) : null}
      {entries.length > 0 ? (
        <Suspense fallback={null}>
          <StorageRoom />
        </Suspense>
      ) : null}
      <div aria-live="polite" className="library-bar__notice">
        {deleted ? (
          <p className="toast">
            Deleted <bdi>{filmLabel(deleted.entry.film)}</bdi>.{' '}
            <button type="button" className="button button--small" onClick={() => void undo()}>
              Undo
            </button>
          </p>
        ) : null}
      </div>
      {problem ? (
        <div role="alert" className="error-panel">
          <p className="error-panel__message">{problem}</p>
          <button type="button" className="button button--small" onClick={() => setProblem(null)}>
            Dismiss
          </button>
        </div>
      ) : null}
      {importOpen ? (
        <Suspense fallback={null}>
          <ImportDialog
            initialFiles={droppedFiles}
            library={entries}
            openDataset={dataset}
            onClose={() => {
              setImportOpen(false);
              setDroppedFiles([]);
            }}
            onAdded={async (entryId, storageProblem) => {
              setImportOpen(false);
              setDroppedFiles([]);
              if (storageProblem) setProblem(storageProblem);
              await refreshLibrary(client, entryId);
              open(localKey(entryId));
            }}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
