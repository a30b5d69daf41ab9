import type { Page } from '@playwright/test';
import { expect, openServed, serve, test, testDataset, testReview } from './fixtures';

const status = (page: Page) => page.getByRole('status');

test.describe('hostile data', () => {
  const hostile = [
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=1</script>',
    '<a href="javascript:window.__pwned=1">click</a>',
    '\u202Edesrever\u202C',
    'zero\u200Bwidth\u200D\uFEFF',
  ].join(' ');
  const long = (size: number) => `${hostile} ${'x'.repeat(size)}`;

  test('renders as inert text with no script run, no element injected, no layout breakage', async ({
    page,
  }) => {
    await openServed(
      page,
      'hostile-big',
      testDataset(
        hostile,
        2004,
        [
          {
            id: 'big',
            title: long(100_000),
            author: long(2_000),
            date: '2005-01-01',
            spoiler: false,
            body: `${hostile}\n\n${'word '.repeat(200_000)}`,
            rating: 7,
            helpful: { up: 1, total: 2 },
          },
          {
            id: 'javascript:alert(1)',
            title: hostile,
            author: hostile,
            date: null,
            spoiler: true,
            body: hostile,
            rating: null,
            helpful: { up: 0, total: 0 },
          },
        ],
        2,
      ),
    );
    await expect(page.getByRole('status')).toHaveText('Showing 2 of 2 reviews');
    await page.getByRole('button', { name: 'Show spoiler' }).click();
    await expect(page.getByRole('article').nth(1).getByText(hostile).first()).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    await expect(
      page.locator('main img, main script, main a[href^="javascript"], main iframe'),
    ).toHaveCount(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 320, height: 700 });
    // Charts follow a resize on their next ResizeObserver callback; wait for the layout to settle.
    await expect
      .poll(() =>
        page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      )
      .toBeLessThanOrEqual(0);
  });
});

test.describe('text that reads right to left', () => {
  test('an unclosed right-to-left override in a title stays inside it', async ({ page }) => {
    const title = 'Evil \u202Eeltit';
    await openServed(
      page,
      'rtl',
      testDataset(title, 2004, [
        { ...testReview('r1', 7, '2005-01-01'), title: 'Fine', author: 'Name \u202Eeman' },
      ]),
    );
    await expect(page.getByRole('heading', { level: 1 }).locator('bdi')).toHaveText(title);
    const option = page.getByRole('combobox', { name: 'Dataset' }).locator('option:checked');
    await expect(option).toHaveText('Evil \u202Eeltit\u202C (2004) · 1 review, from a link');
    expect(
      await page
        .locator('.review__author')
        .first()
        .evaluate((element) => getComputedStyle(element).unicodeBidi),
    ).toBe('isolate');
  });
});

test.describe('foreign data', () => {
  for (const value of [
    'https://example.com/evil.json',
    '//example.com/evil.json',
    'data:application/json,{"schemaVersion":1}',
    'blob:https://example.com/x',
  ]) {
    test(`refuses ?data=${value.slice(0, 20)}… without a request`, async ({ page, baseURL }) => {
      const requests: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(`/?data=${encodeURIComponent(value)}`);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('opens datasets only from its own site');
      await expect(alert).toContainText('download it, then bring it in with Import');
      await expect(alert.getByRole('button', { name: 'Open Pusher II (2004)' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Import' })).toBeVisible();
      expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    });
  }
});

test.describe('a dataset that cannot be loaded', () => {
  test('a dataset that answers 404 says so, and opens the bundled film instead', async ({
    page,
    guards,
  }) => {
    guards.allowConsole(/Failed to load resource: the server responded with a status of 404/);
    await serve(page, '/e2e/gone.json', { status: 404, body: 'Not found' });
    await page.goto('/?data=/e2e/gone.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('not found (HTTP 404)');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    await alert.getByRole('button', { name: 'Open Pusher II (2004)' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pusher II (2004)');
    await expect(status(page)).toHaveText('Showing 25 of 25 reviews');
    await expect(page).not.toHaveURL(/data=/);
  });

  test('a network error is named and Retry loads the dataset once it answers', async ({
    page,
    guards,
  }) => {
    guards.allowConsole(/Failed to load resource: net::ERR_FAILED/);
    let fail = true;
    await serve(page, '/e2e/flaky.json', () =>
      fail ? null : { json: testDataset('Flaky', 2003, [testReview('f1', 7, '2003-01-01')]) },
    );
    await page.goto('/?data=/e2e/flaky.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('a network error');
    await expect(alert.getByRole('button', { name: 'Open Pusher II (2004)' })).toBeVisible();
    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flaky (2003)');
  });
});

test.describe('untrusted and broken datasets', () => {
  const attack = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

  test('shows HTML and script in every field as literal text', async ({ page }) => {
    await openServed(
      page,
      'hostile',
      testDataset(`${attack} film`, 2004, [
        {
          id: `${attack}`,
          title: `${attack} title`,
          author: `${attack} author`,
          date: '2005-01-01',
          spoiler: false,
          body: `${attack} body\n\n<b>bold</b> javascript:alert(1)`,
          rating: 7,
          helpful: { up: 1, total: 2 },
        },
      ]),
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${attack} film (2004)`);
    const article = page.getByRole('article').first();
    await expect(article).toHaveAccessibleName(`${attack} title`);
    await expect(article.getByText(`${attack} author`)).toBeVisible();
    await expect(article.getByText(`${attack} body`)).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    await expect(page.locator('main img, main script, main b')).toHaveCount(0);
  });

  test('shows an alert naming the bad field, and Retry', async ({ page }) => {
    await openServed(
      page,
      'broken',
      testDataset('Broken', 2004, [
        {
          id: 'a',
          title: null,
          author: null,
          date: null,
          spoiler: false,
          body: 'x',
          rating: null,
          helpful: { up: 'many', total: 2 },
        },
      ]),
    );
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('reviews[0].helpful.up: expected a number');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  test('says so when the dataset is missing or not JSON', async ({ page }) => {
    await serve(page, '/e2e/not-json.json', { body: '<html>oops', contentType: 'text/html' });
    await serve(page, '/e2e/missing.json', { status: 404, body: 'Not found' });
    await page.goto('/?data=/e2e/missing.json');
    await expect(page.getByRole('alert')).toContainText('not found (HTTP 404)');
    await page.goto('/?data=/e2e/not-json.json');
    await expect(page.getByRole('alert')).toContainText('a web page (HTML) instead of JSON');
  });
});
