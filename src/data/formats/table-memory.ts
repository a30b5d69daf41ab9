import { isRecord } from '@/lib/is-record';
import { columnsKey, FIELDS, type ColumnMapping, type Field } from './table-columns';

// The reader's column choice, remembered for the next file with the same columns. Kept by
// column name, so the same columns in another order are read the same way.

const KEY = 'reviewscope:table-columns';
const KEEP = 20;

interface Remembered {
  key: string;
  fields: Partial<Record<Field, string | null>>;
  ratingScale: ColumnMapping['ratingScale'];
  dateOrder: ColumnMapping['dateOrder'];
}

function load(): Remembered[] {
  try {
    const value: unknown = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '[]');
    return Array.isArray(value)
      ? value.filter(
          (item): item is Remembered =>
            isRecord(item) && typeof item.key === 'string' && isRecord(item.fields),
        )
      : [];
  } catch {
    // Storage refused (private mode, a policy) or damaged: nothing remembered.
    return [];
  }
}

/** Keeps a choice for files with these columns; says nothing when storage refuses. */
export function rememberMapping(columns: readonly string[], mapping: ColumnMapping): void {
  const fields: Remembered['fields'] = {};
  for (const field of FIELDS) {
    const column = mapping.columns[field];
    fields[field] = column === null ? null : (columns[column] ?? null);
  }
  const key = columnsKey(columns);
  const kept = load().filter((item) => item.key !== key);
  kept.unshift({ key, fields, ratingScale: mapping.ratingScale, dateOrder: mapping.dateOrder });
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(kept.slice(0, KEEP)));
  } catch {
    // Full or refused: the choice is simply not remembered.
  }
}

/** The choice last made for files with these columns, or null. */
export function rememberedMapping(columns: readonly string[]): ColumnMapping | null {
  const key = columnsKey(columns);
  const found = load().find((item) => item.key === key);
  if (!found) return null;
  const columnsOf = {} as Record<Field, number | null>;
  for (const field of FIELDS) {
    const name = found.fields[field];
    const at = typeof name === 'string' ? columns.indexOf(name) : -1;
    columnsOf[field] = at === -1 ? null : at;
  }
  const ratingScale = ['auto', '10', '5', '100'].includes(found.ratingScale)
    ? found.ratingScale
    : 'auto';
  const dateOrder = found.dateOrder === 'dmy' ? 'dmy' : 'mdy';
  return { columns: columnsOf, ratingScale, dateOrder };
}
