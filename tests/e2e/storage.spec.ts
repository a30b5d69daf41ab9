import { readFileSync } from 'node:fs';
import { expect, test, importFile } from './fixtures';

const seedPage = readFileSync('data/raw/pusher-ii-2004-imdb-reviews.txt', 'utf8');
const otherFilm = seedPage.replace('Pusher II (2004) Poster', 'Bleeder (1999) Poster');

test.describe('storage the browser refuses', () => {
  test('a session-only dataset reloaded says it is gone instead of loading forever', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const state = window as unknown as { opens: number };
      state.opens = 0;
      IDBFactory.prototype.open = function open() {
        state.opens += 1;
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
    });
    await page.goto('/');
    const dialog = await importFile(page, 'bleeder.txt', otherFilm);
    await dialog.getByRole('button', { name: 'Add to library' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bleeder (1999)');
    await expect(page.getByRole('alert')).toContainText('open for this session only');
    await expect(page).toHaveURL(/dataset=local/);

    await page.reload();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This imported dataset is not in the library.');
    await expect(alert).toContainText('The library could not be opened');
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { opens: number }).opens)).toBeLessThan(
      10,
    );
    await alert.getByRole('button', { name: 'Open Pusher II (2004)' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pusher II (2004)');
  });

  test('corrupt storage is ignored and replaced', async ({ page }) => {
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('reviewscope.votes.v1', '{broken');
      localStorage.setItem('reviewscope.revealed.v1', '[]');
      localStorage.setItem('reviewscope.theme.v1', '42');
    });
    await page.goto('/');
    await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');
    const first = page.getByRole('article').first();
    await first.getByRole('button', { name: 'Yes' }).click();
    await page.reload();
    await expect(
      page.getByRole('article').first().getByText('29 out of 34 found this helpful'),
    ).toBeVisible();
  });
});

test.describe('the library in two tabs', () => {
  test('keep both tabs’ merges, follow each other’s library and deletions', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto('/');
    await b.goto('/');
    const added = await importFile(a, 'bleeder.txt', otherFilm);
    await added.getByRole('button', { name: 'Add to library' }).click();
    await expect(a.getByRole('heading', { level: 1 })).toHaveText('Bleeder (1999)');
    // The other tab's list follows without a reload.
    const switcherB = b.getByRole('combobox', { name: 'Dataset' });
    await expect(switcherB.locator('option')).toHaveCount(2);
    await switcherB.selectOption({ index: 1 });
    await expect(b.getByRole('heading', { level: 1 })).toHaveText('Bleeder (1999)');

    const pageA = otherFilm.replace("I've seen Pusher II during", "I've seen Bleeder during");
    const pageB = otherFilm.replace(
      'Movies that describe and draws',
      'Films that describe and draw',
    );
    const dialogA = await importFile(a, 'a.txt', pageA);
    const dialogB = await importFile(b, 'b.txt', pageB);
    const mergeA = dialogA.getByRole('button', { name: 'Merge into Bleeder: 1 new review' });
    const mergeB = dialogB.getByRole('button', { name: 'Merge into Bleeder: 1 new review' });
    await expect(mergeA).toBeVisible();
    await expect(mergeB).toBeVisible();
    await Promise.all([mergeA.click(), mergeB.click()]);
    await expect(dialogA).toBeHidden();
    await expect(dialogB).toBeHidden();
    await a.reload();
    await expect(a.getByRole('status')).toHaveText('Showing 27 of 27 reviews');
    await expect(b.getByRole('status')).toHaveText('Showing 27 of 27 reviews');

    await a.getByRole('button', { name: 'Delete dataset' }).click();
    await expect(a.getByRole('heading', { level: 1 })).toHaveText('Pusher II (2004)');
    await expect(b.getByRole('alert')).toContainText('not in the library');
    await expect(switcherB.locator('option', { hasText: 'Bleeder' })).toHaveCount(0);
    await b.reload();
    await expect(b.getByRole('alert')).toContainText('not in the library');
  });
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('works offline after the first load', async ({ page, context }) => {
    await page.goto('/');
    await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
      }
      return registration.active?.state;
    });
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');
    await expect(page.getByRole('figure', { name: 'Rating distribution' })).toBeVisible();
    await context.setOffline(false);
  });
});
