import type { Page } from '@playwright/test';
import { expect, test, testReview } from './fixtures';

const status = (page: Page) => page.getByRole('status');

/** The reader's viewport: phone and small laptop sizes the issue names. */
const SCREENS = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];

test.describe('the first screen', () => {
  for (const size of SCREENS) {
    test(`shows the first review's title at ${size.width}x${size.height}`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto('/');
      const heading = page.getByRole('article').first().getByRole('heading');
      await expect(heading).toBeVisible();
      const box = await heading.boundingBox();
      expect(box).not.toBeNull();
      expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(size.height);
    });
  }

  test('below two columns the list comes first and the charts wait behind Show charts', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('/');
    await expect(page.getByRole('article').first()).toBeVisible();
    await expect(page.getByRole('figure')).toHaveCount(0);
    const show = page.getByRole('button', { name: 'Show charts' });
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    await show.click();
    await expect(page.getByRole('figure', { name: 'Rating distribution' })).toBeVisible();
    await expect(page.getByRole('figure', { name: 'Reviews over time' })).toBeVisible();
    await page.getByRole('button', { name: 'Helpfulness' }).click();
    await expect(page.getByRole('figure', { name: 'Helpfulness' })).toBeVisible();
  });

  test('on a phone the filters fold into a button that counts the active ones', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const rating = page.getByRole('group', { name: 'Rating' });
    await expect(rating).toBeHidden();
    const filters = page.getByRole('button', { name: /^Filters/ });
    await expect(filters).toHaveText(/none active/);
    await filters.click();
    await rating.getByRole('checkbox', { name: '9' }).check();
    await page.getByRole('checkbox', { name: 'Hide spoilers' }).check();
    await expect(filters).toHaveText(/2 active/);
    await expect(status(page)).toHaveText('Showing 1 of 25 reviews');
  });

  test('on desktop every chart is reached by the page scroll, not a column of its own', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/');
    await page.getByRole('button', { name: 'Helpfulness' }).click();
    for (const name of ['Rating distribution', 'Reviews over time', 'Helpfulness']) {
      const figure = page.getByRole('figure', { name });
      await figure.scrollIntoViewIfNeeded();
      await expect(figure).toBeInViewport();
    }
    const scrolls = await page.locator('.layout__charts').evaluate((element) => {
      const style = getComputedStyle(element);
      return [style.overflowY, style.position];
    });
    expect(scrolls).toEqual(['visible', 'static']);
  });
});

test.describe('honest numbers', () => {
  test('the mean keeps its sample and lists the few scores', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.page-header')).toContainText(
      "25 reviews shown of 31 on IMDb's page · Mean 7.0 from only 3 of 25 reviews: 5, 7, 9 · written 2004-2018",
    );
    const ratings = page.getByRole('figure', { name: 'Rating distribution' });
    await expect(ratings).toContainText('Mean 7.0 from only 3 of 25 reviews: 5, 7, 9');
    await expect(ratings.getByRole('button', { name: '9: 1 review', exact: true })).toContainText(
      '1',
    );
    await expect(ratings.getByRole('button', { name: 'Unrated: 22 reviews' })).toBeVisible();
    await expect(page.getByRole('figure', { name: 'Reviews over time' })).toContainText(
      '24 dated reviews, 2004-2018',
    );
    // No year holds five ratings: no mean point is drawn.
    await expect(page.locator('.time-line circle')).toHaveCount(0);
  });

  test('a period with five ratings gets its mean point, and counts have separators', async ({
    page,
  }) => {
    const reviews = Array.from({ length: 1500 }, (_, i) =>
      testReview(`r${i}`, i < 6 ? 8 : null, i < 6 ? '2010-05-01' : `${2000 + (i % 5)}-01-01`),
    );
    await page.route(
      (url) => url.pathname === '/e2e/many.json',
      (route) =>
        route.fulfill({
          json: {
            schemaVersion: 1,
            film: { title: 'Many', year: 2010 },
            declaredReviewCount: 2400,
            reviews,
          },
        }),
    );
    await page.goto('/?data=/e2e/many.json');
    await expect(status(page)).toHaveText('Showing 1,500 of 1,500 reviews');
    await expect(page.locator('.page-header')).toContainText(
      "1,500 reviews shown of 2,400 on IMDb's page · Mean 8.0 from only 6 of 1,500 reviews: 8, 8, 8, 8, 8, 8",
    );
    await expect(
      page.getByRole('group', { name: 'Rating' }).getByRole('checkbox', { name: 'Unrated' }),
    ).toHaveAccessibleDescription('1,494 reviews');
    const time = page.getByRole('figure', { name: 'Reviews over time' });
    await expect(time).toContainText('1,500 dated reviews, 2000-2010');
    // Only 2010 holds five or more ratings.
    await expect(time.locator('.time-line circle')).toHaveCount(1);
    await expect(
      page.getByRole('figure', { name: 'Rating distribution' }).getByRole('table'),
    ).toContainText('1,494');
  });
});

test.describe('a review card', () => {
  test('says the share with the count, and whose vote it is', async ({ page }) => {
    await page.goto('/');
    const first = page.getByRole('article').first();
    await expect(first).toContainText('85% of 33 found this helpful');
    await expect(first.getByText('28 out of 33 found this helpful')).toBeVisible();
    await first.getByRole('button', { name: 'Yes' }).click();
    await expect(first).toContainText('You found this helpful');
    await expect(first.getByText('29 out of 34 found this helpful')).toBeVisible();
    await first.getByRole('button', { name: 'Take back your vote' }).click();
    await expect(first).not.toContainText('You found this helpful');
    await expect(first.getByText('28 out of 33 found this helpful')).toBeVisible();
    await expect(first.getByRole('button', { name: 'Yes' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  test('a review nobody voted on says so', async ({ page }) => {
    await page.route(
      (url) => url.pathname === '/e2e/novotes.json',
      (route) =>
        route.fulfill({
          json: {
            schemaVersion: 1,
            film: { title: 'Quiet', year: 2001 },
            declaredReviewCount: null,
            reviews: [{ ...testReview('q1', 6, '2001-02-03'), helpful: { up: 0, total: 0 } }],
          },
        }),
    );
    await page.goto('/?data=/e2e/novotes.json');
    const card = page.getByRole('article').first();
    await expect(card).toContainText('No votes yet');
    await expect(card).not.toContainText('0 out of 0');
  });

  test('Show less at the end of a long review leaves the reader at that review', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const first = page.getByRole('article').first();
    await first.getByRole('button', { name: 'Read more' }).click();
    const less = first.getByRole('button', { name: 'Show less' });
    await less.scrollIntoViewIfNeeded();
    const expandedScroll = await page.evaluate(() => window.scrollY);
    expect(expandedScroll).toBeGreaterThan(844);
    await less.click();
    const more = first.getByRole('button', { name: 'Read more' });
    await expect(more).toBeInViewport();
    await expect(first.getByRole('heading')).toHaveText(/Pusher 2 is even better/);
  });

  for (const size of SCREENS) {
    test(`keeps review text to at most 85 characters a line at ${size.width} px`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.goto('/');
      const first = page.getByRole('article').first();
      await first.getByRole('button', { name: 'Read more' }).click();
      await expect(first.getByRole('button', { name: 'Show less' })).toBeVisible();
      const longest = await first.locator('.review__body p').evaluateAll((paragraphs) => {
        let most = 0;
        for (const paragraph of paragraphs) {
          const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
          const lines = new Map<number, number>();
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            const range = document.createRange();
            for (let i = 0; i < text.length; i += 1) {
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const rect = range.getClientRects()[0];
              if (!rect) continue;
              const line = Math.round(rect.top);
              lines.set(line, (lines.get(line) ?? 0) + 1);
            }
          }
          for (const count of lines.values()) most = Math.max(most, count);
        }
        return most;
      });
      expect(longest).toBeGreaterThan(20);
      expect(longest).toBeLessThanOrEqual(85);
    });
  }
});

test.describe('ways out', () => {
  test('an empty list names each filter that emptied it, with a button to undo it', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('group', { name: 'Rating' }).getByRole('checkbox', { name: '9' }).check();
    await page.getByRole('searchbox', { name: 'Search reviews' }).fill('zebra');
    await expect(status(page)).toHaveText('Showing 0 of 25 reviews');
    await expect(page.getByRole('figure')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Clear ratings' })).toBeVisible();
    await page.getByRole('button', { name: 'Remove search "zebra"' }).click();
    await expect(status(page)).toHaveText('Showing 1 of 25 reviews');
    await expect(page.getByRole('searchbox', { name: 'Search reviews' })).toHaveValue('');
    await expect(page.getByRole('figure', { name: 'Rating distribution' })).toBeVisible();

    await page.getByRole('checkbox', { name: 'Hide spoilers' }).check();
    await page.getByRole('searchbox', { name: 'Search reviews' }).fill('zebra');
    await page.getByRole('button', { name: 'Clear ratings' }).click();
    await expect(page.getByRole('button', { name: 'Show spoiler reviews' })).toBeVisible();
    await page.getByRole('button', { name: 'Remove search "zebra"' }).click();
    await expect(status(page)).toHaveText('Showing 22 of 25 reviews');
  });

  test('a dataset that answers 404 says so, and opens the bundled film instead', async ({
    page,
    guards,
  }) => {
    guards.allowConsole(/Failed to load resource: the server responded with a status of 404/);
    await page.route(
      (url) => url.pathname === '/e2e/gone.json',
      (route) => route.fulfill({ status: 404, body: 'Not found' }),
    );
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
    await page.route(
      (url) => url.pathname === '/e2e/flaky.json',
      (route) =>
        fail
          ? route.abort()
          : route.fulfill({
              json: {
                schemaVersion: 1,
                film: { title: 'Flaky', year: 2003 },
                declaredReviewCount: null,
                reviews: [testReview('f1', 7, '2003-01-01')],
              },
            }),
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

test.describe('theme', () => {
  test('Light, Dark or System, which follows the device as it changes', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const theme = page.getByRole('combobox', { name: 'Theme' });
    const html = page.locator('html');
    await expect(theme.locator('option')).toHaveText(['Light', 'Dark', 'System']);
    await expect(theme).toHaveValue('system');
    await expect(html).toHaveAttribute('data-theme', 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(html).toHaveAttribute('data-theme', 'dark');

    await theme.selectOption('Light');
    await expect(html).toHaveAttribute('data-theme', 'light');
    await page.reload();
    await expect(theme).toHaveValue('light');
    await expect(html).toHaveAttribute('data-theme', 'light');

    await theme.selectOption('System');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(html).toHaveAttribute('data-theme', 'light');
    await page.reload();
    await expect(theme).toHaveValue('system');
  });
});

test('the export menu says which reviews each item holds', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('checkbox', { name: 'Hide spoilers' }).check();
  await page.getByRole('button', { name: 'Export' }).click();
  const csv = page.getByRole('menuitem', { name: 'CSV', exact: true });
  await expect(csv).toHaveText('CSV: the 22 shown reviews');
  await expect(csv).toHaveAccessibleDescription('the 22 shown reviews');
  await expect(page.getByRole('menuitem', { name: 'JSON', exact: true })).toHaveText(
    'JSON: the 22 shown reviews',
  );
  await expect(page.getByRole('menuitem', { name: 'Page text', exact: true })).toHaveText(
    'Page text: all 25',
  );
});
