import { createHash } from 'node:crypto';

/**
 * The page's two inline scripts (its policy names each by its hash; no other inline script runs):
 *
 * - in the head, `themeScript` puts the reader's theme on <html> before anything is drawn, so the
 *   first screen is not drawn light and then dark;
 * - in the body, right after the root, `placeScript` puts the still first screen (the bundled
 *   film's, kept in two templates, one per layout) into the root: the layout the window's width
 *   calls for, and none wherever the app will show something else: any address with a query
 *   (another dataset, a review's page, a search, a filter or an order), or a reader who has voted
 *   on a review of that film or shown one of its spoilers (the picture shows neither). Only one
 *   copy is ever in the page, and none once the app has rendered.
 *
 * The names they read are the app's own (store/persisted's storage keys, the width of
 * dataset-view's two columns); tests/scripts/first-screen.test.ts holds them equal.
 */
export interface GateNames {
  /** The slug of the film the still screen shows. */
  slug: string;
  themeKey: string;
  voteKey: string;
  revealedKey: string;
  /** Keys of an older version's votes and spoilers, read once by the app and then moved. */
  olderKeys: readonly string[];
  /** The media query from which the page has two columns. */
  twoColumns: string;
}

/** The templates' ids, by layout. */
export const TEMPLATE_IDS = { wide: 'first-screen-wide', narrow: 'first-screen-narrow' } as const;

export function themeScript(names: GateNames): string {
  return [
    '(function () {',
    '  var theme = null;',
    `  try { theme = JSON.parse(window.localStorage.getItem(${JSON.stringify(names.themeKey)})); } catch (e) {}`,
    "  if (theme !== 'light' && theme !== 'dark')",
    "    theme = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';",
    "  document.documentElement.setAttribute('data-theme', theme);",
    '})();',
  ].join('\n');
}

export function placeScript(names: GateNames): string {
  const film = `[${JSON.stringify(names.slug)},`;
  const marks = [`${names.voteKey}${film}`, `${names.revealedKey}${film}`, ...names.olderKeys];
  return [
    '(function () {',
    `  var wide = document.getElementById(${JSON.stringify(TEMPLATE_IDS.wide)});`,
    `  var narrow = document.getElementById(${JSON.stringify(TEMPLATE_IDS.narrow)});`,
    "  var root = document.getElementById('root');",
    "  var shown = !!(root && wide && narrow && !root.firstChild && window.location.search === '');",
    `  var marks = ${JSON.stringify(marks)};`,
    '  try {',
    '    var store = window.localStorage;',
    '    for (var i = 0; shown && i < store.length; i++) {',
    "      var key = store.key(i) || '';",
    '      for (var j = 0; j < marks.length; j++) if (key.indexOf(marks[j]) === 0) shown = false;',
    '    }',
    '  } catch (e) { shown = false; }',
    '  if (shown) {',
    `    var twoColumns = !!(window.matchMedia && window.matchMedia(${JSON.stringify(names.twoColumns)}).matches);`,
    '    root.appendChild((twoColumns ? wide : narrow).content.cloneNode(true));',
    '  }',
    '  if (wide) wide.remove();',
    '  if (narrow) narrow.remove();',
    '})();',
  ].join('\n');
}

/**
 * The app's own names (store/persisted's STORAGE_KEYS, the first bundled film of
 * public/data/index.json, dataset-view's TWO_COLUMNS).
 */
export function appGateNames(bundledIndexJson: string): GateNames {
  const index = JSON.parse(bundledIndexJson) as Array<{ slug?: unknown }>;
  const slug = index[0]?.slug;
  if (typeof slug !== 'string') throw new Error('public/data/index.json names no bundled film');
  return {
    slug,
    themeKey: 'reviewscope.theme.v1',
    voteKey: 'reviewscope.vote:',
    revealedKey: 'reviewscope.revealed:',
    olderKeys: ['reviewscope.votes.v1', 'reviewscope.revealed.v1'],
    twoColumns: '(min-width: 70rem)',
  };
}

/** A script's source in the form a Content-Security-Policy names it. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}
