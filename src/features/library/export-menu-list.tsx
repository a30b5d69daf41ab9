import { useEffect, useId, useRef, type KeyboardEvent, type RefObject } from 'react';
import { countText } from '@/components/format';
import { datasetSlug } from '@/data/dataset-index';
import type { InferredTone } from '@/data/export-dataset';
import type { DatasetSession } from '@/query/dataset-session';
import { TONE_OF_CODE } from '@/query/tone';

interface ExportMenuListProps {
  id: string;
  session: DatasetSession;
  /** The current view: reviews after filters, search and sort. */
  indices: Int32Array;
  /** The Export button, which the menu returns focus to. */
  buttonRef: RefObject<HTMLButtonElement | null>;
  onClose: () => void;
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

/** The open menu: loaded when Export is first pressed, as most visits never export. */
export function ExportMenuList({ id, session, indices, buttonRef, onClose }: ExportMenuListProps) {
  const { dataset } = session;
  const menuRef = useRef<HTMLUListElement>(null);
  const itemId = useId();

  useEffect(() => {
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, []);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) onClose();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [buttonRef, onClose]);

  const base = datasetSlug(dataset.film);
  const view = () => Array.from(indices, (i) => dataset.reviews[i]).filter((r) => r !== undefined);
  // The inferred tone of each review of the view, in the same order (none until worked out).
  const viewTones = (): InferredTone[] => {
    const { tone, toneScore } = session.toneColumns ?? {};
    return Array.from(indices, (i) => {
      const score = toneScore?.[i];
      return {
        tone: TONE_OF_CODE[tone?.[i] ?? 0] ?? null,
        toneScore:
          score === undefined || Number.isNaN(score) ? null : Math.round(score * 1000) / 1000,
      };
    });
  };
  // The writers load on first use; most visits never export.
  const shown = `the ${countText(indices.length)} shown ${indices.length === 1 ? 'review' : 'reviews'}`;
  const all = `all ${countText(dataset.reviews.length)}`;
  // Each item: its name (what tests and screen readers know it by), the reviews it holds, and
  // the writer.
  const items: Array<[string, string, () => Promise<void>]> = [
    [
      'CSV',
      shown,
      async () => {
        const { reviewsToCsv } = await import('@/data/export-dataset');
        download(`${base}-view.csv`, 'text/csv;charset=utf-8', reviewsToCsv(view(), viewTones()));
      },
    ],
    [
      'JSON',
      shown,
      async () => {
        const { datasetToJson } = await import('@/data/export-dataset');
        download(
          `${base}-view.json`,
          'application/json',
          datasetToJson({ ...dataset, reviews: view() }, viewTones()),
        );
      },
    ],
    [
      'Page text',
      all,
      async () => {
        const { datasetToPageText } = await import('@/data/export-dataset');
        download(`${base}.txt`, 'text/plain;charset=utf-8', datasetToPageText(dataset));
      },
    ],
  ];

  const close = () => {
    onClose();
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
    <ul
      id={id}
      ref={menuRef}
      role="menu"
      aria-label="Export"
      className="export-menu__list"
      onKeyDown={onMenuKeyDown}
    >
      {items.map(([label, scope, run], i) => (
        <li key={label} role="none">
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="export-menu__item"
            aria-labelledby={`${itemId}-${i}`}
            aria-describedby={`${itemId}-${i}-scope`}
            onClick={() => {
              void run();
              close();
            }}
          >
            <span id={`${itemId}-${i}`}>{label}</span>
            <span aria-hidden="true">: </span>
            <span id={`${itemId}-${i}-scope`} className="export-menu__scope">
              {scope}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
