import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, importFile } from './fixtures';

const seedPage = readFileSync('data/raw/pusher-ii-2004-imdb-reviews.txt', 'utf8');
const bleeder = seedPage.replace('Pusher II (2004) Poster', 'Bleeder (1999) Poster');
const fearX = seedPage.replace('Pusher II (2004) Poster', 'Fear X (2003) Poster');
const untitled = seedPage.replace('Pusher II (2004) Poster', '');

async function preview(page: Page, name: string, content: string) {
  const dialog = await importFile(page, name, content);
  await expect(dialog.getByRole('button', { name: 'Add to library' })).toBeVisible();
  return dialog;
}

test('the same film added in two tabs at once is offered the merge in the second', async ({
  context,
}) => {
  const a = await context.newPage();
  const b = await context.newPage();
  // Tab B hears of A's add late, or not at all: only the database can tell it in time.
  await b.addInitScript(() => {
    Reflect.deleteProperty(window, 'BroadcastChannel');
  });
  await a.goto('/');
  await b.goto('/');
  const dialogA = await preview(a, 'a.txt', bleeder);
  const dialogB = await preview(b, 'b.txt', bleeder);
  await expect(dialogB.getByRole('button', { name: /^Merge into/ })).toHaveCount(0);

  await dialogA.getByRole('button', { name: 'Add to library' }).click();
  await expect(a.getByRole('heading', { level: 1 })).toHaveText('Bleeder (1999)');
  await dialogB.getByRole('button', { name: 'Add to library' }).click();
  const merge = dialogB.getByRole('button', {
    name: 'Merge into Bleeder: nothing new, all 25 already here',
  });
  await expect(merge).toBeFocused();
  await expect(dialogB).toContainText('This film was added to the library meanwhile');
  await merge.click();
  await expect(b.getByRole('heading', { level: 1 })).toHaveText('Bleeder (1999)');

  await a.reload();
  const options = a.getByRole('combobox', { name: 'Dataset' }).locator('option');
  await expect(options).toHaveCount(2);
  await expect(options.nth(1)).toHaveText(/^Bleeder \(1999\) · 25 reviews/);
});

test('pages without a film title are not offered a merge into one another', async ({ page }) => {
  await page.goto('/');
  const first = await preview(page, 'one.txt', untitled);
  await expect(first.getByText('Unknown film')).toBeVisible();
  await first.getByRole('button', { name: 'Add to library' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unknown film');
  const second = await preview(page, 'two.txt', untitled);
  await expect(second.getByRole('button', { name: /^Merge into/ })).toHaveCount(0);
  await second.getByRole('button', { name: 'Add to library' }).click();
  await expect(second).toBeHidden();
  await expect(
    page.getByRole('combobox', { name: 'Dataset' }).locator('option', { hasText: 'Unknown film' }),
  ).toHaveCount(2);
});

test('a write that throws leaves no entry behind and says so once', async ({ context }) => {
  const kept = await context.newPage();
  await kept.goto('/');
  const first = await preview(kept, 'bleeder.txt', bleeder);
  await first.getByRole('button', { name: 'Add to library' }).click();
  await expect(kept.getByRole('heading', { level: 1 })).toHaveText('Bleeder (1999)');

  // In this tab only, the browser refuses every dataset put into storage, at once.
  const page = await context.newPage();
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function refuse(this: IDBObjectStore, ...args) {
      if (this.name === 'datasets') {
        throw new DOMException('#<Object> could not be cloned.', 'DataCloneError');
      }
      return put.apply(this, args);
    };
  });
  await page.goto('/');
  const adding = await preview(page, 'fear-x.txt', fearX);
  await adding.getByRole('button', { name: 'Add to library' }).click();
  const alert = page.getByRole('alert');
  await expect(
    alert.getByText(
      'The dataset could not be saved: the browser could not copy it into storage; it is open for this session only.',
      { exact: true },
    ),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fear X (2003)');

  const merging = await preview(page, 'more.txt', bleeder);
  await merging.getByRole('button', { name: /^Merge into Bleeder/ }).click();
  await expect(merging.getByRole('alert')).toHaveText(
    'The dataset could not be saved: the browser could not copy it into storage.',
    { useInnerText: true },
  );

  // What the library held stays as it was, and nothing was added beside it.
  const fresh = await context.newPage();
  await fresh.goto('/');
  const options = fresh.getByRole('combobox', { name: 'Dataset' }).locator('option');
  await expect(options).toHaveCount(2);
  await expect(options.nth(1)).toHaveText(/^Bleeder \(1999\) · 25 reviews/);
  await fresh.getByRole('combobox', { name: 'Dataset' }).selectOption({ index: 1 });
  await expect(fresh.getByRole('status')).toHaveText('Showing 25 of 25 reviews');
});
