import { createHash } from 'node:crypto';

/**
 * The one script that runs inline, in the page's head before anything is drawn (the page's
 * policy names it by its hash). It puts the reader's theme on <html> at once, so that the first
 * screen is not drawn light and then dark, and it hides the still first screen (index.html's
 * copy of the bundled film) wherever the app will show something else: any address with a query
 * (another dataset, a review's page, a search, a filter or an order) or a reader who has voted on
 * a review of that film or shown one of its spoilers (the copy shows neither).
 *
 * The names it reads are the app's own (store/persisted's storage keys); a test holds them equal.
 */
export interface GateNames {
  /** The slug of the film the still screen shows. */
  slug: string;
  themeKey: string;
  voteKey: string;
  revealedKey: string;
  /** Keys of an older version's votes and spoilers, read once by the app and then moved. */
  olderKeys: readonly string[];
}

export function gateScript(names: GateNames): string {
  const film = `[${JSON.stringify(names.slug)},`;
  const marks = [`${names.voteKey}${film}`, `${names.revealedKey}${film}`, ...names.olderKeys];
  return [
    '(function () {',
    '  var html = document.documentElement;',
    '  var store = null;',
    '  try { store = window.localStorage; } catch (e) {}',
    '  var theme = null;',
    `  try { theme = JSON.parse(store && store.getItem(${JSON.stringify(names.themeKey)})); } catch (e) {}`,
    "  if (theme !== 'light' && theme !== 'dark')",
    "    theme = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';",
    "  html.setAttribute('data-theme', theme);",
    `  var marks = ${JSON.stringify(marks)};`,
    "  var shown = window.location.search === '';",
    '  try {',
    '    for (var i = 0; shown && store && i < store.length; i++) {',
    "      var key = store.key(i) || '';",
    '      for (var j = 0; j < marks.length; j++) if (key.indexOf(marks[j]) === 0) shown = false;',
    '    }',
    '  } catch (e) { shown = false; }',
    "  if (!shown) html.setAttribute('data-first-screen', 'off');",
    '})();',
  ].join('\n');
}

/**
 * The app's own names (store/persisted's STORAGE_KEYS, the first bundled film of
 * public/data/index.json); tests/scripts/first-screen.test.ts holds them equal to the app's.
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
  };
}

/** The script's source in the form a Content-Security-Policy names it. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}
