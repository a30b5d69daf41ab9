import { readFileSync } from 'node:fs';
import { expect, test, importFile } from './fixtures';

const seedPage = readFileSync('data/raw/pusher-ii-2004-imdb-reviews.txt', 'utf8');
// A second film: the seed page with its title changed, so it is a new dataset, not a merge.
const otherFilm = seedPage.replace('Pusher II (2004) Poster', 'Bleeder (1999) Poster');

test('import a page, keep it across reloads, delete and undo, export and re-import', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');

  const dialog = await importFile(page, 'bleeder.txt', otherFilm);
  await expect(dialog.getByText('Bleeder', { exact: true })).toBeVisible();
  await expect(dialog).toContainText('2 untitled, 1 anonymous, 1 undated, 22 unrated');
  await dialog.getByRole('button', { name: 'Add to library' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bleeder (1999)');
  const switcher = page.getByRole('combobox', { name: 'Dataset' });
  await expect(switcher.locator('option:checked')).toHaveText(/^Bleeder \(1999\)/);
  await expect(page).toHaveURL(/dataset=local%3A|dataset=local:/);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bleeder (1999)');
  await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');

  await switcher.selectOption({ label: 'Pusher II (2004) · 25 reviews' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pusher II (2004)');
  await switcher.selectOption({ index: 1 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bleeder (1999)');

  // What Undo stores is the dataset as shown: every review's text comes back with it.
  const firstReview = (await page.getByRole('article').first().textContent()) ?? '';
  expect(firstReview.length).toBeGreaterThan(200);
  await page.getByRole('button', { name: 'Delete dataset' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pusher II (2004)');
  await expect(switcher.locator('option')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bleeder (1999)');
  await expect(switcher.locator('option')).toHaveCount(2);
  await expect(page).toHaveURL(/dataset=local%3A|dataset=local:/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bleeder (1999)');
  await expect(page.getByRole('article').first()).toHaveText(firstReview);

  // Export the current view as CSV: a download, UTF-8 with a byte-order mark.
  await page.getByRole('checkbox', { name: 'Hide spoilers' }).check();
  await page.getByRole('button', { name: 'Export' }).click();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'CSV' }).click(),
  ]);
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(
    csvText.startsWith(
      '\uFEFFid,title,author,date,rating,spoiler,helpful_up,helpful_total,body,tone,toneScore\r\n',
    ),
  ).toBe(true);
  expect(csvText.split('\r\n').filter((line) => line.startsWith('r')).length).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Export' }).click();
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'JSON' }).click(),
  ]);
  const exported = readFileSync(await json.path(), 'utf8');
  const exportedReviews = (JSON.parse(exported) as { reviews: Array<{ body: unknown }> }).reviews;
  expect(exportedReviews).toHaveLength(22);
  expect(exportedReviews.every(({ body }) => typeof body === 'string' && body.length > 0)).toBe(
    true,
  );

  // The view's JSON imports as the same film: offered as a merge or a new dataset.
  const again = await importFile(
    page,
    'view.json',
    exported.replace('"Bleeder"', '"Bleeder view"'),
    'application/json',
  );
  await expect(again.getByText('Bleeder view', { exact: true })).toBeVisible();
  await again.getByRole('button', { name: 'Add to library' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bleeder view (1999)');
  await expect(page.getByRole('status')).toHaveText('Showing 22 of 22 reviews');
});

test('page text export reads back identically', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'Page text' }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  const dialog = await importFile(page, 'pusher.txt', text);
  // The page of the film on screen: Merge comes first and says none of its reviews is new.
  await expect(
    dialog.getByRole('button', { name: 'Merge into Pusher II: nothing new, all 25 already here' }),
  ).toBeFocused();
  await expect(dialog).toContainText('25');
  await dialog.getByRole('button', { name: 'Add to library' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pusher II (2004)');
  const bundled = JSON.parse(readFileSync('public/data/pusher-ii-2004.json', 'utf8')) as {
    reviews: Array<{ title: string | null }>;
  };
  await expect(page.getByRole('article').first()).toHaveAccessibleName(
    bundled.reviews[0]?.title ?? '',
  );
});

test('bad input gets a clear alert and changes nothing', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import reviews' });
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Nothing to import');
  await dialog.getByRole('textbox', { name: 'Page text' }).fill('Eggs\nMilk\nBread');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('alert')).toContainText('not a review page');
  await dialog.getByLabel('Choose file').setInputFiles({
    name: 'x.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"schemaVersion":2}'),
  });
  await expect(dialog.getByRole('alert')).toContainText('not a valid dataset: schemaVersion');
  await expect(dialog.getByRole('button', { name: 'Add to library' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('combobox', { name: 'Dataset' }).locator('option')).toHaveCount(1);
  await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');
});

test('a page with cut-off helpfulness lines imports what it can and says what it skipped', async ({
  page,
}) => {
  await page.goto('/');
  const broken = seedPage.replace('7 out of 9 found this helpful.', '7 out of found this helpful.');
  const dialog = await importFile(page, 'broken.txt', broken);
  await expect(dialog).toContainText('1 review block could not be read');
  await expect(dialog.getByRole('button', { name: /Merge into Pusher II/ })).toBeVisible();
});

test('a file dropped on the page opens the import dialog; an imported dataset can be renamed', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
    document.body.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
    document.body.dispatchEvent(
      new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
  }, otherFilm);
  const dialog = page.getByRole('dialog', { name: 'Import reviews' });
  await expect(dialog.getByText('Bleeder', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Add to library' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bleeder (1999)');

  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Director’s cut');
  await page.getByRole('button', { name: 'Save name' }).click();
  const switcher = page.getByRole('combobox', { name: 'Dataset' });
  await expect(switcher.locator('option:checked')).toHaveText(
    /^Bleeder \(1999\) · Director’s cut · 25 reviews/,
  );
  await page.reload();
  await expect(switcher.locator('option:checked')).toHaveText(/^Bleeder \(1999\) · Director’s cut/);
});
