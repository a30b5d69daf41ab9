import { expect, test } from './fixtures';

test('mirrors the view in the URL for reload, sharing and Back', async ({ page }) => {
  await page.goto('/?sort=oldest&rating=9,5&spoilers=hidden&bogus=1&q=');
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('oldest');
  await expect(page.getByRole('checkbox', { name: '9' })).toBeChecked();
  await expect(page.getByRole('status')).toHaveText('Showing 2 of 25 reviews');
  await expect(page.getByRole('article').first()).toHaveAccessibleName('Quite disappointing');

  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Newest' });
  await expect(page).toHaveURL(/sort=newest/);
  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('oldest');

  await page.getByRole('searchbox', { name: 'Search reviews' }).fill('salt water');
  await expect(page).toHaveURL(/q=salt\+water/);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search reviews' })).toHaveValue('salt water');
});

test('a long search is restored whole from the address after a reload', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Search reviews' });
  // Over 500 characters, and what follows the 500th still counts: the exclusion at the end.
  const search = `${'mads '.repeat(100)}-tonny`;
  expect(search.length).toBeGreaterThan(500);
  await box.fill(search);
  await expect(page).toHaveURL(/[?&]q=/);
  const shown = await page.getByRole('status').textContent();
  await page.reload();
  await expect(box).toHaveValue(search);
  await expect(page.getByRole('status')).toHaveText(shown ?? '');
});
