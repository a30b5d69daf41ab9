import { expect, test } from './fixtures';

test('opens the bundled dataset', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Pusher II (2004)' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');
});
