/**
 * What the reader chose and expects back after a reload: helpful votes, revealed spoilers and the
 * theme, in localStorage. Storage that is missing, full, blocked or holds something unexpected is
 * treated as empty: a reader never loses the page over it.
 */
export type Vote = 'up' | 'down';
export type Theme = 'light' | 'dark';

export type VotesByDataset = Record<string, Record<string, Vote>>;
export type RevealedByDataset = Record<string, Record<string, true>>;

export const STORAGE_KEYS = {
  votes: 'reviewscope.votes.v1',
  revealed: 'reviewscope.revealed.v1',
  theme: 'reviewscope.theme.v1',
} as const;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function readJson(key: string): unknown {
  try {
    const raw = storage()?.getItem(key);
    return raw == null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
}

function writeJson(key: string, value: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // Quota or privacy mode: the choice still holds for this session.
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readNested<T>(
  key: string,
  accept: (value: unknown) => value is T,
): Record<string, Record<string, T>> {
  const raw = readJson(key);
  const out: Record<string, Record<string, T>> = {};
  if (!isRecord(raw)) return out;
  for (const [dataset, entries] of Object.entries(raw)) {
    if (!isRecord(entries)) continue;
    const kept: Record<string, T> = {};
    for (const [id, value] of Object.entries(entries)) if (accept(value)) kept[id] = value;
    out[dataset] = kept;
  }
  return out;
}

const isVote = (value: unknown): value is Vote => value === 'up' || value === 'down';
const isTrue = (value: unknown): value is true => value === true;

export function loadVotes(): VotesByDataset {
  return readNested(STORAGE_KEYS.votes, isVote);
}

export function saveVotes(votes: VotesByDataset): void {
  writeJson(STORAGE_KEYS.votes, votes);
}

export function loadRevealed(): RevealedByDataset {
  return readNested(STORAGE_KEYS.revealed, isTrue);
}

export function saveRevealed(revealed: RevealedByDataset): void {
  writeJson(STORAGE_KEYS.revealed, revealed);
}

export function loadTheme(): Theme | null {
  const raw = readJson(STORAGE_KEYS.theme);
  return raw === 'light' || raw === 'dark' ? raw : null;
}

export function saveTheme(theme: Theme | null): void {
  if (theme === null) {
    try {
      storage()?.removeItem(STORAGE_KEYS.theme);
    } catch {
      // Nothing to forget when storage is unavailable.
    }
    return;
  }
  writeJson(STORAGE_KEYS.theme, theme);
}
