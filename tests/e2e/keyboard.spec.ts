import { expect, test } from './fixtures';

test('j and k move between reviews, / goes to search, ? lists the shortcuts', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');
  const articles = page.getByRole('article');

  await page.keyboard.press('j');
  await expect(articles.nth(0)).toBeFocused();
  await page.keyboard.press('j');
  await expect(articles.nth(1)).toBeFocused();
  await page.keyboard.press('j');
  await expect(articles.nth(2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(articles.nth(1)).toBeFocused();

  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Search reviews' });
  await expect(search).toBeFocused();
  // Typing in a field never fires a shortcut.
  await page.keyboard.type('jk/?');
  await expect(search).toHaveValue('jk/?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
  await search.fill('');

  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Next review');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('j reaches reviews far down a long list', async ({ page }) => {
  await page.goto('/?sort=oldest');
  await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');
  for (let i = 0; i < 25; i += 1) await page.keyboard.press('j');
  const last = page.getByRole('article').last();
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
});
