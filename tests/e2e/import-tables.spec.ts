import { readFileSync } from 'node:fs';
import { expect, test, importFile } from './fixtures';

const scraperCsv = readFileSync('tests/fixtures/tables/scraper-reviews.csv', 'utf8');
const imdbTsv = readFileSync('tests/fixtures/tables/imdb-style.tsv', 'utf8');

test('a CSV of reviews is read through the column choice and added', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');

  const dialog = await importFile(page, 'heat-reviews.csv', scraperCsv, 'text/csv');
  const text = dialog.getByRole('combobox', { name: 'Text column' });
  await expect(text).toHaveValue('4');
  await expect(text.locator('option:checked')).toHaveText('review_content');
  await expect(dialog.getByText('1 row has no text and will be skipped.')).toBeVisible();
  await expect(dialog.getByText('1 film: Heat (1995) 4 reviews')).toBeVisible();

  // Choosing no rating leaves every preview unrated.
  await dialog.getByRole('combobox', { name: 'Rating column' }).selectOption({ label: 'None' });
  const preview = dialog.getByRole('list', { name: 'Preview' });
  await expect(preview.getByRole('listitem')).toHaveCount(4);
  await expect(preview.getByText(/unrated/)).toHaveCount(4);
  await dialog.getByRole('combobox', { name: 'Rating column' }).selectOption({ label: 'rating' });
  await expect(preview.getByText(/8\/10/)).toHaveCount(1);

  await dialog.getByRole('button', { name: 'Add to library' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Heat (1995)');
  await expect(page.getByRole('status')).toHaveText('Showing 4 of 4 reviews');
  const heist = page.getByRole('article', { name: 'A slow burn that pays off' });
  await expect(heist).toContainText('The first hour drifts');
  await expect(heist).toContainText('The diner scene alone');
});

test('a file of several films adds a dataset per film', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');
  const dialog = await importFile(page, 'imdb.tsv', imdbTsv, 'text/tab-separated-values');
  await expect(
    dialog.getByText(
      '3 films: Drive (2011) 3 reviews, Heat (1995) 2 reviews, Arrival (2016) 1 review',
    ),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Add to library' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Drive (2011)');
  const switcher = page.getByRole('combobox', { name: 'Dataset' });
  await expect(switcher.locator('option')).toHaveCount(4);
});

test('a table without text is refused and nothing is added', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');
  const dialog = await importFile(page, 'numbers.csv', 'id,n\n1,2\n3,4\n', 'text/csv');
  await expect(dialog.getByRole('alert')).toHaveText(
    'No column holds the review text: choose it in Text column, or pick another file.',
  );
  await expect(dialog.getByRole('button', { name: 'Add to library' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Dataset' }).locator('option')).toHaveCount(1);
});
