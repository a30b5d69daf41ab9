import { expect, test } from './fixtures';

test('keeps spoilers hidden until asked and hides spoiler reviews on request', async ({ page }) => {
  await page.goto('/');
  const spoiler = page.getByRole('article', { name: /Lacks the nerve of the original/ });
  await expect(spoiler.getByText('Warning: Spoilers')).toBeVisible();
  await expect(page.getByText(/Just caught Pusher 2 at the gala-premiere/)).toHaveCount(0);
  await spoiler.getByRole('button', { name: 'Show spoiler' }).click();
  await expect(spoiler.getByText(/Just caught Pusher 2 at the gala-premiere/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/Just caught Pusher 2 at the gala-premiere/)).toBeVisible();

  await page.getByRole('checkbox', { name: 'Hide spoilers' }).check();
  await expect(page.getByRole('status')).toHaveText('Showing 22 of 25 reviews');
  await expect(page.getByRole('article', { name: /Lacks the nerve/ })).toHaveCount(0);
});
