import type { DatasetSession, Marker } from '@/query/dataset-session';
import * as sessionSearch from '@/query/session-search';

/** A session with its search's code at hand, as the page has it once loaded. */
export function withSearch(session: DatasetSession): DatasetSession {
  session.useSearch(sessionSearch);
  return session;
}

/** Where the page marks a search in a text, as the open dataset's session gives it. */
export function marksOf(search: string): Marker | null {
  return sessionSearch.marker(search);
}
