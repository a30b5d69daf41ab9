import type { Page } from '@playwright/test';
import { expect, serve, test } from './fixtures';

/** The JS heap after a full collection, in MB. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1e6;
}

async function openBundled(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pusher II (2004)');
  await expect(page.getByRole('figure', { name: 'Reviews over time' })).toBeVisible();
  await page.waitForTimeout(1500);
}

test('three large imported datasets stay on disk while the bundled film is shown', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const empty = await browser.newContext({ baseURL });
  const emptyPage = await empty.newPage();
  await openBundled(emptyPage);
  const baseline = await heapAfterGc(emptyPage);
  await empty.close();

  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  // A page of this site that does not run the app, to write the library as an earlier version
  // of it did: whole datasets in one store, database version 1.
  await serve(page, '/e2e/blank', {
    body: '<!doctype html><title>blank</title>',
    contentType: 'text/html',
  });
  await page.goto('/e2e/blank');
  await page.evaluate(async () => {
    const make = (film: string) => ({
      schemaVersion: 1,
      film: { title: film, year: 2000 },
      declaredReviewCount: null,
      reviews: Array.from({ length: 20_000 }, (_, i) => ({
        id: `${film}-${i}`,
        title: `Review ${i}`,
        author: `author${i}`,
        date: '2005-01-01',
        spoiler: false,
        body: `${'words of a long review '.repeat(45)}${i}`,
        rating: (i % 10) + 1,
        helpful: { up: 1, total: 2 },
      })),
    });
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('reviewscope', 1);
      request.onupgradeneeded = () =>
        request.result.createObjectStore('datasets', { keyPath: 'id' });
      request.onerror = () => reject(request.error ?? new Error('open failed'));
      request.onsuccess = () => {
        const db = request.result;
        const tx = db.transaction('datasets', 'readwrite');
        ['Alpha', 'Beta', 'Gamma'].forEach((film, i) =>
          tx.objectStore('datasets').put({
            id: `big${i}`,
            label: null,
            addedAt: `2026-0${i + 1}-01T00:00:00.000Z`,
            dataset: make(film),
          }),
        );
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      };
    });
  });

  await openBundled(page);
  const switcher = page.getByRole('combobox', { name: 'Dataset' });
  await expect(switcher.locator('option')).toHaveCount(4);
  await expect(switcher.locator('option').nth(1)).toHaveText(/^Alpha \(2000\) · 20,000 reviews/);
  await expect(page.getByText(/^Library: .* used, .* free in this browser$/)).toBeVisible();
  const withLibrary = await heapAfterGc(page);
  expect(withLibrary - baseline).toBeLessThan(50);

  // Each still opens, read from disk when chosen.
  await switcher.selectOption({ index: 2 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beta (2000)', {
    timeout: 60_000,
  });
  await expect(page.getByRole('article').first()).toBeVisible();
  await context.close();
});
