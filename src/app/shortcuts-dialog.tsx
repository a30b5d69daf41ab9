import { memo, useEffect, useId, useRef } from 'react';

interface ShortcutsDialogProps {
  open: boolean;
  onClose: () => void;
}

const SHORTCUTS: Array<[string, string]> = [
  ['j', 'Next review'],
  ['k', 'Previous review'],
  ['o', 'Open or close the focused review (Read more)'],
  ['c', "Copy the focused review's link"],
  ['/', 'Search reviews'],
  ['?', 'This list of shortcuts'],
  ['Esc', 'Close a dialog'],
];

export const ShortcutsDialog = memo(function ShortcutsDialog({
  open,
  onClose,
}: ShortcutsDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>Keyboard shortcuts</h2>
      <dl className="shortcuts">
        {SHORTCUTS.map(([key, what]) => (
          <div key={key} className="shortcuts__row">
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <p className="dialog__note">Shortcuts do nothing while you type in a field.</p>
      <h3 className="dialog__subtitle">Searching</h3>
      <p className="dialog__note">
        Each word finds the words it starts (<kbd>father</kbd> finds “fathers”, not “godfather”),
        ignoring case and accents; every word must be there. Quotes find a phrase (
        <kbd>&quot;mads mikkelsen&quot;</kbd>), <kbd>OR</kbd> in capitals between two finds either (
        <kbd>Mikkelsen OR Mikkelson</kbd>), and a leading minus leaves out the reviews that have a
        word or phrase (<kbd>Mikkelsen -Tonny</kbd>).
      </p>
      <button type="button" className="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
});
