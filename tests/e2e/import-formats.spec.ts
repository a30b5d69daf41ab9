import { readFileSync } from 'node:fs';
import { expect, test, importFile } from './fixtures';

const fixture = (name: string) => readFileSync(`tests/fixtures/imdb/${name}`, 'utf8');

const titles2024 = [
  'A quiet storm on the water',
  'Long, grey, and worth it',
  'Who steers the ship?',
  'Nothing more to say',
];

test('a saved 2024 page is imported through the dialog, every review under its film', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');
  const dialog = await importFile(
    page,
    'Night Ferry (2019) - User reviews - IMDb.html',
    fixture('saved-2024-complete.html'),
    'text/html',
  );
  const preview = dialog.getByRole('region', { name: 'Preview' });
  await expect(preview.getByText('Night Ferry', { exact: true })).toBeVisible();
  await expect(preview).toContainText('4 (the page states 214)');
  await expect(preview).toContainText('1: it has no title or text');
  await dialog.getByRole('button', { name: 'Add to library' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Night Ferry (2019)');
  await expect(page.getByRole('status')).toHaveText('Showing 4 of 4 reviews');
  for (const title of titles2024) {
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
  }
  // The page's scripts never ran: nothing they would write is on the page.
  await expect(page.getByText('injected')).toHaveCount(0);
});

test('a pasted 2024 copy is imported through the dialog, every review under its film', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');
  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import reviews' });
  await dialog.getByRole('textbox', { name: 'Page text' }).fill(fixture('copy-2024.txt'));
  await dialog.getByRole('button', { name: 'Preview' }).click();
  const preview = dialog.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('5 (the page states 214)');
  await dialog.getByRole('button', { name: 'Add to library' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Night Ferry (2019)');
  await expect(page.getByRole('status')).toHaveText('Showing 5 of 5 reviews');
  for (const title of [...titles2024, 'The twist on deck']) {
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
  }
});

test('?data= opens a saved page as it opens a dataset', async ({ page }) => {
  await page.route(
    (url) => url.pathname === '/e2e/night-ferry.html',
    (route) =>
      route.fulfill({ body: fixture('saved-2024-complete.html'), contentType: 'text/html' }),
  );
  await page.goto('/?data=/e2e/night-ferry.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Night Ferry (2019)');
  await expect(page.getByRole('status')).toHaveText('Showing 4 of 4 reviews');
});
