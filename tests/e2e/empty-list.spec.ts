import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const status = (page: Page) => page.getByRole('status');

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
