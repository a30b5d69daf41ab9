import {
  DEFAULT_VIEW,
  isoDay,
  RATING_KEYS,
  SORT_KEYS,
  type RatingKey,
  type ViewQuery,
} from '@/query/view-query';
import { TONE_KEYS } from '@/query/tone';

/** How one field of the view lives in the store and in the address bar. */
export interface ViewField<K extends keyof ViewQuery> {
  /** Its query-string parameter. */
  param: string;
  /** Its value when the address does not name it; not written to the address. */
  initial: ViewQuery[K];
  /** The value a parameter's text names (null: absent); what it cannot read gives `initial`. */
  read: (text: string | null) => ViewQuery[K];
  /** The parameter's text, or null to leave the parameter out. */
  write: (value: ViewQuery[K]) => string | null;
  same: (a: ViewQuery[K], b: ViewQuery[K]) => boolean;
  /** A filter: Clear filters and opening another dataset set it back to `initial`. */
  filter: boolean;
}

type ViewFields = { readonly [K in keyof ViewQuery]: ViewField<K> };

function readRating(token: string): RatingKey | null {
  if (token === 'unrated') return 'unrated';
  if (!/^(?:10|[1-9])$/.test(token)) return null;
  return Number(token) as RatingKey;
}

const sameValue = <T>(a: T, b: T) => a === b;
const sameList = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/** A day, or no bound: written as the day itself, absent when null. */
const dayField = (param: string) => ({
  param,
  initial: null,
  read: isoDay,
  write: (day: string | null) => day,
  same: sameValue<string | null>,
  filter: true,
});

/**
 * Every field of the view, once: the store's state, its resets, the address bar's parameters and
 * the test of whether a view changed are all made from this list.
 */
export const VIEW_FIELDS: ViewFields = {
  sort: {
    param: 'sort',
    initial: DEFAULT_VIEW.sort,
    read: (text) => SORT_KEYS.find((key) => key === text) ?? DEFAULT_VIEW.sort,
    write: (sort) => (sort === DEFAULT_VIEW.sort ? null : sort),
    same: sameValue,
    // The sort is the reader's habit, not a filter: it stays when filters are cleared.
    filter: false,
  },
  ratings: {
    param: 'rating',
    initial: DEFAULT_VIEW.ratings,
    read: (text) => {
      const chosen = new Set<RatingKey>();
      for (const token of (text ?? '').split(',')) {
        const rating = readRating(token.trim().toLowerCase());
        if (rating !== null) chosen.add(rating);
      }
      return RATING_KEYS.filter((key) => chosen.has(key));
    },
    write: (ratings) => (ratings.length === 0 ? null : ratings.join(',')),
    same: sameList,
    filter: true,
  },
  tones: {
    param: 'tone',
    initial: DEFAULT_VIEW.tones,
    read: (text) => {
      const chosen = new Set((text ?? '').split(',').map((token) => token.trim().toLowerCase()));
      return TONE_KEYS.filter((key) => chosen.has(key));
    },
    write: (tones) => (tones.length === 0 ? null : tones.join(',')),
    same: sameList,
    filter: true,
  },
  search: {
    param: 'q',
    initial: DEFAULT_VIEW.search,
    // The box takes a search of any length, so the address restores all of it.
    read: (text) => text ?? '',
    write: (search) => (search === '' ? null : search),
    same: sameValue,
    filter: true,
  },
  hideSpoilers: {
    param: 'spoilers',
    initial: DEFAULT_VIEW.hideSpoilers,
    read: (text) => text === 'hidden',
    write: (hide) => (hide ? 'hidden' : null),
    same: sameValue,
    filter: true,
  },
  from: dayField('from'),
  to: dayField('to'),
  show: {
    param: 'view',
    initial: DEFAULT_VIEW.show,
    read: (text) => (text === 'quotes' ? 'quotes' : 'reviews'),
    write: (show) => (show === 'quotes' ? show : null),
    same: sameValue,
    // How the reader reads, not which reviews: it stays when filters are cleared.
    filter: false,
  },
};

export type FieldKey = keyof ViewQuery;

// Object.keys loses the key type; the list is the type's keys by construction of ViewFields.
export const FIELD_KEYS = Object.keys(VIEW_FIELDS) as FieldKey[];

export const fieldOf = <K extends FieldKey>(key: K): ViewField<K> => VIEW_FIELDS[key];

/** A view made field by field; `value` is called with each field's key and description. */
export function viewOf(value: <K extends FieldKey>(key: K, field: ViewField<K>) => ViewQuery[K]) {
  const view: Partial<Record<FieldKey, unknown>> = {};
  for (const key of FIELD_KEYS) view[key] = value(key, fieldOf(key));
  // Every key was just set, each by its own field's type.
  return view as ViewQuery;
}

/** The view's fields of `state` (a store state holds more). */
export function pickView(state: ViewQuery): ViewQuery {
  return viewOf((key) => state[key]);
}

export function sameView(a: ViewQuery, b: ViewQuery): boolean {
  return FIELD_KEYS.every((key) => sameField(key, a, b));
}

function sameField<K extends FieldKey>(key: K, a: ViewQuery, b: ViewQuery): boolean {
  return fieldOf(key).same(a[key], b[key]);
}

/** The filters set back to their initial values, for Clear filters and another dataset. */
export function clearedFilters(): Partial<ViewQuery> {
  const cleared: Partial<Record<FieldKey, unknown>> = {};
  for (const key of FIELD_KEYS) {
    const field = fieldOf(key);
    if (field.filter) cleared[key] = field.initial;
  }
  // Each value is its own field's initial value.
  return cleared as Partial<ViewQuery>;
}

/** The view before the reader or the address chooses anything. */
export const initialView = (): ViewQuery => viewOf((_key, field) => field.initial);
