import { isRecord } from '@/lib/is-record';

/**
 * What the reader chose and expects back after a reload: helpful votes, revealed spoilers and the
 * theme, in localStorage. Storage that is missing, blocked or holds something unexpected is
 * treated as empty: a reader never loses the page over it. A write that storage refuses returns
 * false, so the page can say that the choice lasts this session only.
 *
 * Each vote and each revealed spoiler is an item of its own: two tabs writing at once change
 * different items, so neither overwrites the other's.
 */
export type Vote = 'up' | 'down';
export type Theme = 'light' | 'dark';

/** Values per dataset, then per review id. Maps: an id such as `constructor` is only a key. */
export type PerReview<T> = ReadonlyMap<string, ReadonlyMap<string, T>>;

export const STORAGE_KEYS = {
  /** One item per vote: the prefix, then `["<dataset>","<review id>"]`. */
  vote: 'reviewscope.vote:',
  revealed: 'reviewscope.revealed:',
  theme: 'reviewscope.theme.v1',
  /** Earlier versions kept every vote (or spoiler) in one object; read once, then moved. */
  votesV1: 'reviewscope.votes.v1',
  revealedV1: 'reviewscope.revealed.v1',
} as const;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function read(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes (or with null removes) one item; false when storage refused or is missing. */
function write(key: string, value: string | null): boolean {
  const store = storage();
  if (!store) return false;
  try {
    if (value === null) store.removeItem(key);
    else store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

function parse(raw: string | null): unknown {
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

export const isVote = (value: unknown): value is Vote => value === 'up' || value === 'down';
const isTrue = (value: unknown): value is true => value === true;

export function itemKey(prefix: string, dataset: string, id: string): string {
  return `${prefix}${JSON.stringify([dataset, id])}`;
}

/** The dataset and review id an item's key names, or null for any other key. */
export function readItemKey(prefix: string, key: string): [string, string] | null {
  if (!key.startsWith(prefix)) return null;
  const pair = parse(key.slice(prefix.length));
  return Array.isArray(pair) &&
    pair.length === 2 &&
    typeof pair[0] === 'string' &&
    typeof pair[1] === 'string'
    ? [pair[0], pair[1]]
    : null;
}

function put<T>(map: Map<string, Map<string, T>>, dataset: string, id: string, value: T): void {
  let inner = map.get(dataset);
  if (!inner) {
    inner = new Map();
    map.set(dataset, inner);
  }
  inner.set(id, value);
}

/** Moves an earlier version's single object into items, keeping items already written. */
function migrate<T>(oldKey: string, prefix: string, accept: (value: unknown) => value is T): void {
  const raw = read(oldKey);
  if (raw === null) return;
  const old = parse(raw);
  let moved = true;
  if (isRecord(old)) {
    for (const [dataset, entries] of Object.entries(old)) {
      if (!isRecord(entries)) continue;
      for (const [id, value] of Object.entries(entries)) {
        const key = itemKey(prefix, dataset, id);
        if (!Object.hasOwn(entries, id) || !accept(value) || read(key) !== null) continue;
        moved = write(key, JSON.stringify(value)) && moved;
      }
    }
  }
  // Kept while any item could not be written, so nothing is dropped.
  if (moved) write(oldKey, null);
}

function loadItems<T>(
  prefix: string,
  oldKey: string,
  accept: (value: unknown) => value is T,
): Map<string, Map<string, T>> {
  migrate(oldKey, prefix, accept);
  const out = new Map<string, Map<string, T>>();
  const store = storage();
  if (!store) return out;
  try {
    for (let i = 0; i < store.length; i += 1) {
      const key = store.key(i);
      const names = key === null ? null : readItemKey(prefix, key);
      if (key === null || names === null) continue;
      const value = parse(read(key));
      if (accept(value)) put(out, names[0], names[1], value);
    }
  } catch {
    // Storage that fails while read is treated as holding what was read so far.
  }
  return out;
}

export function loadVotes(): Map<string, Map<string, Vote>> {
  return loadItems(STORAGE_KEYS.vote, STORAGE_KEYS.votesV1, isVote);
}

/** Keeps (or with null forgets) one vote; false when storage refused it. */
export function saveVote(dataset: string, id: string, vote: Vote | null): boolean {
  return write(
    itemKey(STORAGE_KEYS.vote, dataset, id),
    vote === null ? null : JSON.stringify(vote),
  );
}

export function loadRevealed(): Map<string, Map<string, true>> {
  return loadItems(STORAGE_KEYS.revealed, STORAGE_KEYS.revealedV1, isTrue);
}

export function saveRevealed(dataset: string, id: string, revealed: boolean): boolean {
  return write(itemKey(STORAGE_KEYS.revealed, dataset, id), revealed ? 'true' : null);
}

export function loadTheme(): Theme | null {
  const raw = parse(read(STORAGE_KEYS.theme));
  return raw === 'light' || raw === 'dark' ? raw : null;
}

export function saveTheme(theme: Theme | null): boolean {
  return write(STORAGE_KEYS.theme, theme === null ? null : JSON.stringify(theme));
}

/** What another tab changed, from a `storage` event's key and new value. */
export type StorageChange =
  | { kind: 'vote'; dataset: string; id: string; vote: Vote | null }
  | { kind: 'revealed'; dataset: string; id: string; revealed: boolean }
  | { kind: 'theme'; theme: Theme | null }
  | { kind: 'all' };

export function readStorageChange(
  key: string | null,
  newValue: string | null,
): StorageChange | null {
  if (key === null) return { kind: 'all' };
  const vote = readItemKey(STORAGE_KEYS.vote, key);
  if (vote) {
    const value = parse(newValue);
    return { kind: 'vote', dataset: vote[0], id: vote[1], vote: isVote(value) ? value : null };
  }
  const revealed = readItemKey(STORAGE_KEYS.revealed, key);
  if (revealed) {
    return {
      kind: 'revealed',
      dataset: revealed[0],
      id: revealed[1],
      revealed: isTrue(parse(newValue)),
    };
  }
  if (key === STORAGE_KEYS.theme) return { kind: 'theme', theme: loadTheme() };
  return null;
}
