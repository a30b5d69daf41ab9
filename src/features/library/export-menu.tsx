import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Dataset } from '@/data/review-schema';
import { datasetSlug } from '@/data/dataset-index';

interface ExportMenuProps {
  dataset: Dataset;
  /** The current view: reviews after filters, search and sort. */
  indices: Int32Array;
}

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ExportMenu({ dataset, indices }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target))
        setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const base = datasetSlug(dataset.film);
  const view = () => Array.from(indices, (i) => dataset.reviews[i]).filter((r) => r !== undefined);
  // The writers load on first use; most visits never export.
  const items: Array<[string, () => Promise<void>]> = [
    [
      'CSV',
      async () => {
        const { reviewsToCsv } = await import('@/data/export-dataset');
        download(`${base}-view.csv`, 'text/csv;charset=utf-8', reviewsToCsv(view()));
      },
    ],
    [
      'JSON',
      async () => {
        const { datasetToJson } = await import('@/data/export-dataset');
        download(
          `${base}-view.json`,
          'application/json',
          datasetToJson({ ...dataset, reviews: view() }),
        );
      },
    ],
    [
      'Page text',
      async () => {
        const { datasetToPageText } = await import('@/data/export-dataset');
        download(`${base}.txt`, 'text/plain;charset=utf-8', datasetToPageText(dataset));
      },
    ],
  ];

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const entries = Array.from(
      menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [],
    );
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const move = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (move !== undefined) {
      event.preventDefault();
      entries[(at + move + entries.length) % entries.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      entries[event.key === 'Home' ? 0 : entries.length - 1]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      close();
    }
  };

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button button--quiet"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        Export
      </button>
      {open ? (
        <ul
          id={menuId}
          ref={menuRef}
          role="menu"
          aria-label="Export"
          className="export-menu__list"
          onKeyDown={onMenuKeyDown}
        >
          {items.map(([label, run]) => (
            <li key={label} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="export-menu__item"
                onClick={() => {
                  void run();
                  close();
                }}
              >
                {label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
