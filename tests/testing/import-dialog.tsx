import { vi } from 'vitest';
import type { Dataset } from '@/data/review-schema';
import { ImportDialog } from '@/features/library/import-dialog';
import { renderWithData } from './render';

// jsdom has no <dialog> methods; the dialog's content is what is under test here.
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
  this.open = false;
};

/** The Import dialog, opened with no file and an empty library; `onAdded` is a mock to read. */
export function renderImportDialog({ openDataset = null }: { openDataset?: Dataset | null } = {}) {
  const onAdded = vi.fn();
  return {
    onAdded,
    ...renderWithData(
      <ImportDialog
        initialFiles={[]}
        library={[]}
        openDataset={openDataset}
        onClose={() => {}}
        onAdded={onAdded}
      />,
    ),
  };
}
