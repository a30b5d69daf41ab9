import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page, type Request, type Route } from '@playwright/test';

export { expect };

interface Guards {
  /** Console messages a test expects (a deliberate 404, say); any other error or warning fails it. */
  allowConsole: (pattern: RegExp) => void;
  /**
   * Requests to another origin a test expects the browser to announce and then refuse (a redirect
   * hop under `mode: 'same-origin'`): each must fail; one that gets an answer still fails the test.
   */
  allowRefused: (pattern: RegExp) => void;
}

/**
 * Every journey fails on a console error or warning, an uncaught exception, or a request to any
 * origin but the app's own.
 */
/** The system clipboard, opened to the app's origin for the test that asks for it. */
interface Clipboard {
  /** What the page last copied. */
  read: () => Promise<string>;
}

export const test = base.extend<{ guards: Guards; clipboard: Clipboard }>({
  clipboard: async ({ page, context, baseURL }, provide) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await provide({ read: () => page.evaluate(() => navigator.clipboard.readText()) });
  },
  guards: [
    async ({ page, baseURL }, use) => {
      // Said by the test harness itself when it blocks the service worker, not by the app.
      const allowed: RegExp[] = [/^Service Worker registration blocked by Playwright$/];
      const refusable: RegExp[] = [];
      const problems: string[] = [];
      const unrefused = new Set<Request>();
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (message) => {
        if (message.type() !== 'error' && message.type() !== 'warning') return;
        const text = message.text();
        if (!allowed.some((pattern) => pattern.test(text)))
          problems.push(`console ${message.type()}: ${text}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (/^(data|blob):/.test(url)) return;
        if (new URL(url).origin === origin) return;
        if (refusable.some((pattern) => pattern.test(url))) unrefused.add(request);
        else problems.push(`request left the origin: ${url}`);
      });
      page.on('requestfailed', (request) => unrefused.delete(request));
      await use({
        allowConsole: (pattern) => allowed.push(pattern),
        allowRefused: (pattern) => refusable.push(pattern),
      });
      for (const request of unrefused) problems.push(`request left the origin: ${request.url()}`);
      expect(problems, 'console errors, uncaught exceptions or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * axe-core's WCAG 2.1 A and AA rules on the page as it is now, with WCAG 2.5.3 (a control's name
 * holds the text it shows), which axe keeps among its experimental rules.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // options() replaces what withTags() set, so it goes first.
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary).toEqual([]);
}

/** A review for a dataset a test serves: its title and text name it by id. */
export function testReview(id: string, rating: number | null, date: string | null) {
  return {
    id,
    title: `Review ${id}`,
    author: 'someone',
    date,
    spoiler: false,
    body: `The text of review ${id}.`,
    rating,
    helpful: { up: 1, total: 2 },
  };
}

/** Opens Import and chooses a file holding `content`; returns the dialog. */
export async function importFile(
  page: Page,
  name: string,
  content: string,
  mimeType = 'text/plain',
) {
  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import reviews' });
  await dialog
    .getByLabel('Choose file')
    .setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
  return dialog;
}

/** A dataset a test serves, as the schema has it. */
export function testDataset(
  film: string,
  year: number | null,
  reviews: readonly unknown[],
  declaredReviewCount: number | null = null,
) {
  return { schemaVersion: 1, film: { title: film, year }, declaredReviewCount, reviews };
}

/** What a served path answers: a response, or null for a network error. */
type Answer = Parameters<Route['fulfill']>[0] | null;

/**
 * Answers requests for `path` on the app's own origin: with `answer`, or with what it returns at
 * each request (a test that fails a request before letting it through).
 */
export async function serve(page: Page, path: string, answer: Answer | (() => Answer)) {
  await page.route(
    (url) => url.pathname === path,
    (route) => {
      const given = typeof answer === 'function' ? answer() : answer;
      return given === null ? route.abort() : route.fulfill(given);
    },
  );
}

/** Serves `dataset` as JSON at /e2e/<name>.json and opens it; returns the path. */
export async function openServed(page: Page, name: string, dataset: unknown) {
  const path = `/e2e/${name}.json`;
  await serve(page, path, { json: dataset });
  await page.goto(`/?data=${path}`);
  return path;
}
