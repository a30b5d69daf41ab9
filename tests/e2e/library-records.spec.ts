import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

function review(id: string) {
  return {
    id,
    title: `Review ${id}`,
    author: 'someone',
    date: '2005-01-01',
    spoiler: false,
    body: `Text of review ${id}.`,
    rating: 7,
    helpful: { up: 1, total: 2 },
  };
}

/** Writes a library entry straight into IndexedDB, past every check the app's writes make. */
async function writeRecord(page: Page, reviews: unknown[]): Promise<void> {
  await page.evaluate(async (stored) => {
    await new Promise<void>((resolve, reject) => {
      // The library as the app keeps it (version 3), whether or not the app has opened it yet.
      const request = indexedDB.open('reviewscope', 3);
      request.onupgradeneeded = () => {
        for (const name of ['entries', 'datasets', 'words']) {
          if (!request.result.objectStoreNames.contains(name)) {
            request.result.createObjectStore(name, { keyPath: 'id' });
          }
        }
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
      request.onsuccess = () => {
        const db = request.result;
        const tx = db.transaction(['entries', 'datasets'], 'readwrite');
        tx.objectStore('entries').put({
          id: 'broken',
          label: null,
          addedAt: '2026-01-01T00:00:00.000Z',
          film: { title: 'Broken Film', year: 2001 },
          reviewCount: stored.length,
        });
        tx.objectStore('datasets').put({
          id: 'broken',
          dataset: {
            schemaVersion: 1,
            film: { title: 'Broken Film', year: 2001 },
            declaredReviewCount: null,
            reviews: stored,
          },
        });
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      };
    });
  }, reviews);
}

const withoutHelpful: Record<string, unknown> = review('r2');
delete withoutHelpful.helpful;

for (const [name, broken, where] of [
  ['a null review', null, 'reviews[1]: expected an object'],
  [
    'a rating of 1e308',
    { ...review('r2'), rating: 1e308 },
    'reviews[1].rating: must be at most 10',
  ],
  [
    'a rating given as text',
    { ...review('r2'), rating: '7' },
    'reviews[1].rating: expected a number',
  ],
  ['a review without helpful', withoutHelpful, 'reviews[1].helpful: expected an object'],
] as const) {
  test(`a stored dataset with ${name} says where it is damaged and can be deleted`, async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pusher II (2004)');
    await writeRecord(page, [review('r1'), broken, review('r3')]);
    await page.reload();
    const switcher = page.getByRole('combobox', { name: 'Dataset' });
    await expect(switcher.locator('option')).toHaveCount(2);
    await switcher.selectOption({ index: 1 });

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The stored dataset is damaged');
    await expect(alert).toContainText(`${where}.`);
    await expect(page.getByRole('article')).toHaveCount(0);
    await expect(page.getByText(/NaN|1e\+308/)).toHaveCount(0);
    // The rest of the app stays at hand: the list, and the bundled film.
    await expect(switcher).toHaveValue('local:broken');
    await expect(alert.getByRole('button', { name: 'Open Pusher II (2004)' })).toBeVisible();

    await alert.getByRole('button', { name: 'Delete dataset' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pusher II (2004)');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(switcher.locator('option')).toHaveCount(1);
    // The address bar follows in an idle moment.
    await expect(page).not.toHaveURL(/dataset=local/);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pusher II (2004)');
    await expect(switcher.locator('option')).toHaveCount(1);
  });
}

test('a damaged stored dataset leaves the others to be opened', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pusher II (2004)');
  await writeRecord(page, [review('r1'), null]);
  await page.goto('/?dataset=local:broken');
  await expect(page.getByRole('alert')).toContainText('reviews[1]: expected an object.');
  await page.getByRole('combobox', { name: 'Dataset' }).selectOption({ index: 0 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pusher II (2004)');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('article').first()).toBeVisible();
});
