import { expect, test } from './fixtures';

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

  test('the theme choice survives a reload and follows the system until chosen', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('Light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});
