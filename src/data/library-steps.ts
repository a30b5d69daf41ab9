import type { QueryClient } from '@tanstack/react-query';
import { addToLibrary, deleteFromLibrary, renameInLibrary } from './library-actions';
import { setLibraryNotice, type LibraryNotice } from './library-notice';
import { refreshLibrary, type LibraryEntry } from './library-query';
import { failureText } from './load-error';
import type { Dataset } from './review-schema';

// The library bar's actions, step by step: each changes the library, tells the reader (the
// library's notice), and refreshes the list. Loaded when the reader first acts.

const setProblem = (problem: string | null) => setLibraryNotice({ problem });

/**
 * Deletes an entry that cannot be opened (its stored reviews are damaged): no Undo, as what would
 * come back is what could not be opened. False when it could not be deleted.
 */
export async function deleteDamaged(client: QueryClient, id: string): Promise<boolean> {
  setProblem(null);
  try {
    await deleteFromLibrary(id);
  } catch (error) {
    setProblem(failureText('The dataset could not be deleted', error));
    return false;
  }
  await refreshLibrary(client, id);
  return true;
}

/** Deletes an entry, keeping it in the notice for Undo; false when it could not be deleted. */
export async function deleteWithUndo(
  client: QueryClient,
  entry: LibraryEntry,
  dataset: Dataset,
): Promise<boolean> {
  setProblem(null);
  try {
    await deleteFromLibrary(entry.id);
  } catch (error) {
    setProblem(failureText('The dataset could not be deleted', error));
    return false;
  }
  setLibraryNotice({ deleted: { entry, dataset } });
  await refreshLibrary(client, entry.id);
  return true;
}

/** Brings back what was deleted, as it was (its id, name and date); resolves to its id. */
export async function undoDelete(
  client: QueryClient,
  { entry, dataset }: NonNullable<LibraryNotice['deleted']>,
): Promise<string> {
  setLibraryNotice({ deleted: null });
  const saved = await addToLibrary(dataset, {
    id: entry.id,
    label: entry.label,
    addedAt: entry.addedAt,
  });
  if (saved.problem) setProblem(saved.problem);
  await refreshLibrary(client, entry.id);
  return entry.id;
}

/** Gives an entry the reader's name for it (none when blank). */
export async function renameEntry(
  client: QueryClient,
  entry: LibraryEntry,
  name: string,
): Promise<void> {
  const label = name.trim() === '' ? null : name.trim();
  try {
    await renameInLibrary(entry, label);
  } catch (error) {
    setProblem(failureText('The new name could not be saved', error));
  }
  await refreshLibrary(client, null);
}
