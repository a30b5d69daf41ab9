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
