import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { refreshLibrary, type LibraryEntry } from '@/data/library-query';
import { setLibraryNotice } from '@/data/library-notice';
import { failureText } from '@/data/load-error';
import { focusWhenShown } from '@/lib/focus-when-shown';
import { useViewActions } from '@/store/view-store';

/**
 * Deletes a library dataset that cannot be opened (its stored reviews are damaged). There is no
 * Undo: what would come back is what could not be opened.
 */
export function DeleteDamagedButton({ entry }: { entry: LibraryEntry }) {
  const client = useQueryClient();
  const { openDataset } = useViewActions();
  const [deleting, setDeleting] = useState(false);

  const remove = async () => {
    if (deleting) return;
    setDeleting(true);
    setLibraryNotice({ problem: null });
    try {
      const { deleteFromLibrary } = await import('@/data/library-actions');
      await deleteFromLibrary(entry.id);
    } catch (error) {
      setLibraryNotice({ problem: failureText('The dataset could not be deleted', error) });
      setDeleting(false);
      return;
    }
    await refreshLibrary(client, entry.id);
    openDataset(null);
    focusWhenShown('h1[data-dataset-key]');
  };

  return (
    <button type="button" className="button" onClick={() => void remove()} aria-disabled={deleting}>
      Delete dataset
    </button>
  );
}
