import { useEffect, useId, useRef, useState } from 'react';
import type { Dataset } from '@/data/review-schema';
import { ImportError, readImportOffThread, type ImportPreview } from '@/data/import-client';
import {
  mergeDatasets,
  newEntryId,
  saveEntry,
  sameFilm,
  type LibraryEntry,
} from '@/data/library-query';
import { FILM_LIMIT, shortenText } from '@/lib/shorten-text';

interface ImportDialogProps {
  initialFile: File | null;
  library: readonly LibraryEntry[];
  /** The dataset on screen, which a page of the same film can be merged into too. */
  openDataset: Dataset | null;
  onClose: () => void;
  /** `storageProblem` says why the entry could not be kept beyond this session, if it could not. */
  onAdded: (entry: LibraryEntry, storageProblem: string | null) => void | Promise<void>;
}

const number = new Intl.NumberFormat();

export function ImportDialog({
  initialFile,
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

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);

  const read = async (input: { text: string } | { file: File }) => {
    setError(null);
    setPreview(null);
    setBusy('file' in input ? `Reading ${input.file.name}…` : 'Reading the page…');
    try {
      const result = await readImportOffThread(input, (stage) =>
        setBusy(stage === 'reading' ? 'Reading…' : 'Finding the reviews…'),
      );
      setPreview(result);
    } catch (caught) {
      setError(
        caught instanceof ImportError
          ? caught.message
          : `The import failed: ${caught instanceof Error ? caught.message : String(caught)}`,
      );
    } finally {
      setBusy(null);
    }
  };

  // A file dropped on the page arrives with the dialog; read it once.
  const readInitial = useRef(initialFile);
  useEffect(() => {
    const file = readInitial.current;
    readInitial.current = null;
    if (file) void read({ file });
  }, []);

  // Merge into a library dataset of the same film, or else into the one on screen (a bundled
  // dataset cannot change, so merging into it saves the result as a new library dataset).
  const libraryMatch = preview
    ? library.find((entry) => sameFilm(entry.dataset, preview.dataset))
    : undefined;
  const target: LibraryEntry | null =
    libraryMatch ??
    (preview && openDataset && sameFilm(openDataset, preview.dataset)
      ? { id: newEntryId(), label: null, addedAt: new Date().toISOString(), dataset: openDataset }
      : null);
  const merged = target && preview ? mergeDatasets(target.dataset, preview.dataset) : null;

  const keep = async (entry: LibraryEntry) => {
    let storageProblem: string | null = null;
    try {
      await saveEntry(entry);
    } catch (caught) {
      storageProblem = `${caught instanceof Error ? caught.message : String(caught)} The dataset is open for this session only.`;
    }
    await onAdded(entry, storageProblem);
  };

  const add = () => {
    if (!preview) return;
    void keep({
      id: newEntryId(),
      label: null,
      addedAt: new Date().toISOString(),
      dataset: preview.dataset,
    });
  };

  const merge = () => {
    if (!target || !merged) return;
    void keep({ ...target, dataset: merged.dataset });
  };

  const { film } = preview?.dataset ?? { film: null };
  const filmTitle = film === null ? '' : shortenText(film.title, FILM_LIMIT).shown;
  return (
    <dialog ref={ref} className="dialog dialog--wide" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>Import reviews</h2>
      <p className="dialog__note">
        Paste the text of a film&apos;s user-reviews page, or choose or drop a copied page (.txt) or
        a dataset (.json).
      </p>
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
          onClick={() => void read({ text })}
          disabled={busy !== null}
        >
          Preview
        </button>
        <label htmlFor={fileId} className="import__file">
          Choose file
        </label>
        <input
          id={fileId}
          type="file"
          accept=".txt,.json,text/plain,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void read({ file });
            event.target.value = '';
          }}
        />
      </div>
      <div aria-live="polite" className="import__progress">
        {busy}
      </div>
      {error ? (
        <div role="alert" className="error-panel">
          <p className="error-panel__message">{error}</p>
        </div>
      ) : null}
      {preview && film ? (
        <section className="import__preview" aria-label="Preview">
          <dl className="import__facts">
            <div>
              <dt>Film</dt>
              <dd>{filmTitle}</dd>
            </div>
            <div>
              <dt>Year</dt>
              <dd>{film.year ?? 'unknown'}</dd>
            </div>
            <div>
              <dt>Reviews</dt>
              <dd>{number.format(preview.dataset.reviews.length)}</dd>
            </div>
            <div>
              <dt>Without a title, author, date or rating</dt>
              <dd>
                {`${preview.missing.title} untitled, ${preview.missing.author} anonymous, ${preview.missing.date} undated, ${preview.missing.rating} unrated`}
              </dd>
            </div>
          </dl>
          {preview.skippedBlocks > 0 ? (
            <p className="import__warning">
              {`${preview.skippedBlocks} review ${preview.skippedBlocks === 1 ? 'block' : 'blocks'} could not be read (a cut-off helpfulness line or no text) and ${preview.skippedBlocks === 1 ? 'was' : 'were'} skipped.`}
            </p>
          ) : null}
          <div className="import__row">
            <button type="button" className="button" onClick={add}>
              Add to library
            </button>
            {target && merged ? (
              <button type="button" className="button button--quiet" onClick={merge}>
                {`Merge into ${filmTitle}: ${merged.added} new ${merged.added === 1 ? 'review' : 'reviews'}`}
              </button>
            ) : null}
          </div>
        </section>
      ) : null}
      <div className="dialog__footer">
        <button type="button" className="button button--quiet" onClick={() => ref.current?.close()}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
