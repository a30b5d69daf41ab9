import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const status = (page: Page) => page.getByRole('status');

test('sorts, filters, searches and clears', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');
  await expect(page.getByText(/^25 reviews shown of 31 on IMDb's page · /)).toBeVisible();
  await expect(page.getByRole('article').first()).toHaveAccessibleName(
    "Nicolas Winding Refn's Pusher 2 is even better than the first one",
  );

  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Highest rated' });
  await expect(page.getByRole('article').nth(0)).toHaveAccessibleName(/Pusher 2 is even better/);
  await expect(page.getByRole('article').nth(1)).toHaveAccessibleName('Worth viewing');
  await expect(page.getByRole('article').nth(2)).toHaveAccessibleName('Quite disappointing');

  const rating = page.getByRole('group', { name: 'Rating' });
  await rating.getByRole('checkbox', { name: '7' }).check();
  await expect(page.getByRole('status')).toHaveText('Showing 1 of 25 reviews');
  await rating.getByRole('checkbox', { name: 'Unrated' }).check();
  await expect(page.getByRole('status')).toHaveText('Showing 23 of 25 reviews');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');

  await page.getByRole('searchbox', { name: 'Search reviews' }).fill('CLICHE piece');
  await expect(page.getByRole('status')).toHaveText('Showing 1 of 25 reviews');
  await expect(page.getByRole('article').first()).toHaveAccessibleName(/Cannot recommend this/);
  await expect(page.getByRole('article').first().locator('mark').first()).toHaveText('cliché');
  await page.getByRole('searchbox', { name: 'Search reviews' }).fill('nothing-matches-this');
  await expect(page.getByText('No reviews match the search “nothing-matches-this”.')).toBeVisible();
});

test.describe('an empty list', () => {
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
});
