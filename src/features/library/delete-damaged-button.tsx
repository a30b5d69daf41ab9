import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { LibraryEntry } from '@/data/library-query';
import { focusWhenShown } from '@/lib/focus-when-shown';
import { useViewActions } from '@/store/view-store';

/**
 * Deletes a library dataset that cannot be opened (its stored reviews are damaged); its steps
 * load when pressed (data/library-steps).
 */
export function DeleteDamagedButton({ entry }: { entry: LibraryEntry }) {
  const client = useQueryClient();
  const { openDataset } = useViewActions();
  const [deleting, setDeleting] = useState(false);

  const remove = async () => {
    if (deleting) return;
    setDeleting(true);
    const { deleteDamaged } = await import('@/data/library-steps');
    if (!(await deleteDamaged(client, entry.id))) {
      setDeleting(false);
      return;
    }
    openDataset(null);
    focusWhenShown('h1[data-dataset-key]');
  };

  return (
    <button type="button" className="button" onClick={() => void remove()} aria-disabled={deleting}>
      Delete dataset
    </button>
  );
}
