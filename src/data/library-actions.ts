import { entryFor, type LibraryEntry } from './library-db';
import { errorText } from '@/lib/error-text';
import { announce } from './library-channel';
import { mergeDatasets } from './library-merge';
import { keepForSession, sessionOnlyEntry } from './library-session-store';
import {
  addLibraryDataset,
  deleteLibraryDataset,
  renameLibraryEntry,
  updateLibraryDataset,
} from './library-writes';
import type { Dataset } from './review-schema';

// What the reader does to the library: add, merge, rename, delete. Each change is told to other
// tabs; where storage refuses, the dataset stays for this session and the caller is told why.

export function newEntryId(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e9).toString(36)}`;
}

let persistenceAsked = false;

/** The first import asks the browser to keep the library when space runs short. */
function askToPersist(): void {
  if (persistenceAsked) return;
  persistenceAsked = true;
  void globalThis.navigator?.storage?.persist?.().catch(() => false);
}

/** What a library action did: `problem` says why it holds for this session only, if it does. */
export interface Saved<T = void> {
  value: T;
  problem: string | null;
}

type AddOptions = { id?: string; label?: string | null; addedAt?: string };

/** Adds a dataset as a new library entry (or back under its old id, for Undo). */
export async function addToLibrary(
  dataset: Dataset,
  options: AddOptions = {},
): Promise<Saved<LibraryEntry>> {
  return add(dataset, options, false);
}

/**
 * Adds a page as a new library entry unless the library holds its film already, as stored at
 * the moment of writing: then nothing is written and that entry is returned, to merge into.
 */
export function addUnlessFilmKept(
  dataset: Dataset,
): Promise<Saved<LibraryEntry> | { sameFilm: LibraryEntry }> {
  return add(dataset, {}, true);
}

async function add(
  dataset: Dataset,
  options: AddOptions,
  unlessFilmKept: false,
): Promise<Saved<LibraryEntry>>;
async function add(
  dataset: Dataset,
  options: AddOptions,
  unlessFilmKept: true,
): Promise<Saved<LibraryEntry> | { sameFilm: LibraryEntry }>;
async function add(
  dataset: Dataset,
  options: AddOptions,
  unlessFilmKept: boolean,
): Promise<Saved<LibraryEntry> | { sameFilm: LibraryEntry }> {
  const entry = entryFor(
    options.id ?? newEntryId(),
    dataset,
    options.label ?? null,
    options.addedAt ?? new Date().toISOString(),
  );
  try {
    askToPersist();
    const found = await addLibraryDataset(entry, dataset, { unlessFilmKept });
    if (found) return { sameFilm: found };
    keepForSession(entry.id, null);
    announce(entry.id);
    return { value: entry, problem: null };
  } catch (error) {
    return openForSession(entry, dataset, errorText(error));
  }
}

/** Keeps an entry storage refused open for this session, saying why. */
function openForSession(entry: LibraryEntry, dataset: Dataset, why: string): Saved<LibraryEntry> {
  keepForSession(entry.id, { entry, dataset });
  return { value: entry, problem: `${why.replace(/\.+$/, '')}; it is open for this session only.` };
}

/**
 * Keeps a dataset that storage refused elsewhere (the import worker's write) open for this
 * session, without a second write that would be refused too: a large dataset's copy into storage
 * is seconds of the page's thread.
 */
export function keepRefused(dataset: Dataset, problem: string): Saved<LibraryEntry> {
  const entry = entryFor(newEntryId(), dataset, null, new Date().toISOString());
  return openForSession(entry, dataset, problem);
}

/** Tells this tab and others of entries written elsewhere (by the import worker). */
export function addedToLibrary(entries: readonly LibraryEntry[]): void {
  askToPersist();
  for (const entry of entries) {
    keepForSession(entry.id, null);
    announce(entry.id);
  }
}

/**
 * Merges a page into a library entry as it is stored now, so reviews another tab merged in
 * meanwhile stay. Resolves to the number of reviews added.
 */
export async function mergeIntoLibrary(id: string, incoming: Dataset): Promise<Saved<number>> {
  const kept = sessionOnlyEntry(id);
  if (kept) {
    const merged = mergeDatasets(kept.dataset, incoming);
    keepForSession(id, {
      entry: { ...kept.entry, reviewCount: merged.dataset.reviews.length },
      dataset: merged.dataset,
    });
    return { value: merged.added, problem: null };
  }
  const added = await updateLibraryDataset(id, (stored) => {
    const merged = mergeDatasets(stored, incoming);
    return { dataset: merged.dataset, result: merged.added };
  });
  announce(id);
  return { value: added, problem: null };
}

export async function renameInLibrary(entry: LibraryEntry, label: string | null): Promise<void> {
  const kept = sessionOnlyEntry(entry.id);
  if (kept) {
    keepForSession(entry.id, { ...kept, entry: { ...kept.entry, label } });
    return;
  }
  await renameLibraryEntry(entry.id, label);
  announce(entry.id);
}

export async function deleteFromLibrary(id: string): Promise<void> {
  if (sessionOnlyEntry(id)) {
    keepForSession(id, null);
    return;
  }
  await deleteLibraryDataset(id);
  announce(id);
}
