import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const articles = (page: Page) => page.getByRole('article');
const status = (page: Page) => page.getByRole('status');

test.describe('reading the bundled reviews', () => {
  test('sorts, filters, searches and clears', async ({ page }) => {
    await page.goto('/');
    await expect(status(page)).toHaveText('Showing 25 of 25 reviews');
    await expect(page.getByText(/^25 reviews shown of 31 on IMDb's page · /)).toBeVisible();
    await expect(articles(page).first()).toHaveAccessibleName(
      "Nicolas Winding Refn's Pusher 2 is even better than the first one",
    );

    await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Highest rated' });
    await expect(articles(page).nth(0)).toHaveAccessibleName(/Pusher 2 is even better/);
    await expect(articles(page).nth(1)).toHaveAccessibleName('Worth viewing');
    await expect(articles(page).nth(2)).toHaveAccessibleName('Quite disappointing');

    const rating = page.getByRole('group', { name: 'Rating' });
    await rating.getByRole('checkbox', { name: '7' }).check();
    await expect(status(page)).toHaveText('Showing 1 of 25 reviews');
    await rating.getByRole('checkbox', { name: 'Unrated' }).check();
    await expect(status(page)).toHaveText('Showing 23 of 25 reviews');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(status(page)).toHaveText('Showing 25 of 25 reviews');

    await page.getByRole('searchbox', { name: 'Search reviews' }).fill('CLICHE piece');
    await expect(status(page)).toHaveText('Showing 1 of 25 reviews');
    await expect(articles(page).first()).toHaveAccessibleName(/Cannot recommend this/);
    await expect(articles(page).first().locator('mark').first()).toHaveText('cliché');
    await page.getByRole('searchbox', { name: 'Search reviews' }).fill('nothing-matches-this');
    await expect(
      page.getByText('No reviews match the search “nothing-matches-this”.'),
    ).toBeVisible();
  });

  test('keeps spoilers hidden until asked and hides spoiler reviews on request', async ({
    page,
  }) => {
    await page.goto('/');
    const spoiler = page.getByRole('article', { name: /Lacks the nerve of the original/ });
    await expect(spoiler.getByText('Warning: Spoilers')).toBeVisible();
    await expect(page.getByText(/Just caught Pusher 2 at the gala-premiere/)).toHaveCount(0);
    await spoiler.getByRole('button', { name: 'Show spoiler' }).click();
    await expect(spoiler.getByText(/Just caught Pusher 2 at the gala-premiere/)).toBeVisible();
    await page.reload();
    await expect(page.getByText(/Just caught Pusher 2 at the gala-premiere/)).toBeVisible();

    await page.getByRole('checkbox', { name: 'Hide spoilers' }).check();
    await expect(status(page)).toHaveText('Showing 22 of 25 reviews');
    await expect(page.getByRole('article', { name: /Lacks the nerve/ })).toHaveCount(0);
  });

  test('counts a vote at once and keeps it across a reload', async ({ page }) => {
    await page.goto('/');
    const first = articles(page).first();
    await expect(first.getByText('28 out of 33 found this helpful')).toBeVisible();
    await first.getByRole('button', { name: 'Yes' }).click();
    await expect(first.getByText('29 out of 34 found this helpful')).toBeVisible();
    await page.reload();
    await expect(articles(page).first().getByText('29 out of 34 found this helpful')).toBeVisible();
    await articles(page).first().getByRole('button', { name: 'Yes' }).click();
    await expect(articles(page).first().getByText('28 out of 33 found this helpful')).toBeVisible();
  });

  test('mirrors the view in the URL for reload, sharing and Back', async ({ page }) => {
    await page.goto('/?sort=oldest&rating=9,5&spoilers=hidden&bogus=1&q=');
    await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('oldest');
    await expect(page.getByRole('checkbox', { name: '9' })).toBeChecked();
    await expect(status(page)).toHaveText('Showing 2 of 25 reviews');
    await expect(articles(page).first()).toHaveAccessibleName('Quite disappointing');

    await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Newest' });
    await expect(page).toHaveURL(/sort=newest/);
    await page.goBack();
    await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('oldest');

    await page.getByRole('searchbox', { name: 'Search reviews' }).fill('salt water');
    await expect(page).toHaveURL(/q=salt\+water/);
    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Search reviews' })).toHaveValue('salt water');
  });

  test('is usable by keyboard alone', async ({ page }) => {
    await page.goto('/');
    await expect(status(page)).toHaveText('Showing 25 of 25 reviews');
    const search = page.getByRole('searchbox', { name: 'Search reviews' });
    await search.focus();
    await page.keyboard.type('Mikkelsen');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Sort by' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('checkbox', { name: 'Hide spoilers' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox', { name: 'Hide spoilers' })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('checkbox', { name: '10' })).toBeFocused();
  });
});

test.describe('untrusted and broken datasets', () => {
  const attack = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

  test('shows HTML and script in every field as literal text', async ({ page }) => {
    await page.route(
      (url) => url.pathname === '/e2e/hostile.json',
      (route) =>
        route.fulfill({
          json: {
            schemaVersion: 1,
            film: { title: `${attack} film`, year: 2004 },
            declaredReviewCount: null,
            reviews: [
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
            ],
          },
        }),
    );
    await page.goto('/?data=/e2e/hostile.json');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${attack} film (2004)`);
    const article = articles(page).first();
    await expect(article).toHaveAccessibleName(`${attack} title`);
    await expect(article.getByText(`${attack} author`)).toBeVisible();
    await expect(article.getByText(`${attack} body`)).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    await expect(page.locator('main img, main script, main b')).toHaveCount(0);
  });

  test('shows an alert naming the bad field, and Retry', async ({ page }) => {
    await page.route(
      (url) => url.pathname === '/e2e/broken.json',
      (route) =>
        route.fulfill({
          json: {
            schemaVersion: 1,
            film: { title: 'Broken', year: 2004 },
            declaredReviewCount: null,
            reviews: [
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
            ],
          },
        }),
    );
    await page.goto('/?data=/e2e/broken.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('reviews[0].helpful.up: expected a number');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  test('says so when the dataset is missing or not JSON', async ({ page }) => {
    await page.route(
      (url) => url.pathname === '/e2e/not-json.json',
      (route) => route.fulfill({ body: '<html>oops', contentType: 'text/html' }),
    );
    await page.route(
      (url) => url.pathname === '/e2e/missing.json',
      (route) => route.fulfill({ status: 404, body: 'Not found' }),
    );
    await page.goto('/?data=/e2e/missing.json');
    await expect(page.getByRole('alert')).toContainText('not found (HTTP 404)');
    await page.goto('/?data=/e2e/not-json.json');
    await expect(page.getByRole('alert')).toContainText('a web page (HTML) instead of JSON');
  });
});
