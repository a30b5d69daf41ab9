import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const otherFilm = readFileSync('data/raw/pusher-ii-2004-imdb-reviews.txt', 'utf8').replace(
  'Pusher II (2004) Poster',
  'Bleeder (1999) Poster',
);

/** Presses Tab (or Shift+Tab, for a control earlier on the page) until `target` has focus. */
async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  const before = await target.evaluate(
    (element) =>
      document.activeElement !== null &&
      document.activeElement !== document.body &&
      (element.compareDocumentPosition(document.activeElement) &
        Node.DOCUMENT_POSITION_FOLLOWING) !==
        0,
  );
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(before ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

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

test('is usable by keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');
  const search = page.getByRole('searchbox', { name: 'Search reviews' });
  await search.focus();
  await page.keyboard.type('Mikkelsen');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Hide spoilers' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Hide spoilers' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: '10' })).toBeFocused();
});

test('import, export, delete and undo by keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');

  await tabTo(page, page.getByRole('button', { name: 'Import' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Import reviews' });
  const pageText = dialog.getByRole('textbox', { name: 'Page text' });
  await tabTo(page, pageText);
  await page.keyboard.insertText(otherFilm);
  await tabTo(page, dialog.getByRole('button', { name: 'Preview' }));
  await page.keyboard.press('Enter');
  const add = dialog.getByRole('button', { name: 'Add to library' });
  await expect(add).toBeVisible();
  await tabTo(page, add);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bleeder (1999)');

  await tabTo(page, page.getByRole('button', { name: 'Export' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'CSV' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'JSON' })).toBeFocused();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  expect(download.suggestedFilename()).toBe('bleeder-1999-view.json');
  await expect(page.getByRole('button', { name: 'Export' })).toBeFocused();

  await tabTo(page, page.getByRole('button', { name: 'Delete dataset' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pusher II (2004)');
  await tabTo(page, page.getByRole('button', { name: 'Undo' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bleeder (1999)');

  await tabTo(page, page.getByRole('combobox', { name: 'Dataset' }));
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pusher II (2004)');
});

test('spoilers, votes and chart points by keyboard alone', async ({ page }) => {
  await page.goto('/');
  const spoiler = page.getByRole('article', { name: /Lacks the nerve/ });
  await tabTo(page, spoiler.getByRole('button', { name: 'Show spoiler' }), 200);
  await page.keyboard.press('Enter');
  await expect(spoiler.getByText(/Just caught Pusher 2/)).toBeVisible();
  await expect(spoiler.getByRole('button', { name: 'Hide spoiler' })).toBeFocused();

  const first = page.getByRole('article').first();
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, first.getByRole('button', { name: 'Yes' }), 200);
  await page.keyboard.press('Space');
  await expect(first.getByText('29 out of 34 found this helpful')).toBeVisible();

  const point = page.getByRole('button', {
    name: /^Cannot recommend this very very disappointing/,
  });
  // The helpfulness chart waits folded behind a button named after it.
  await tabTo(page, page.getByRole('button', { name: 'Helpfulness' }), 200);
  await page.keyboard.press('Enter');
  await tabTo(page, page.locator('[data-point][tabindex="0"]'), 200);
  for (let i = 0; i < 30; i += 1) {
    if (await point.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('ArrowRight');
  }
  await expect(point).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('article', { name: /Cannot recommend this very very disappointing/ }),
  ).toBeFocused();
});

test('o opens and closes the focused review, c copies its link; both are listed', async ({
  page,
  clipboard,
}) => {
  await page.goto('/');
  await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');
  const first = page.getByRole('article').first();
  await page.keyboard.press('j');
  await expect(first).toBeFocused();
  const more = first.getByRole('button', { name: 'Read more' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('o');
  await expect(first.getByRole('button', { name: 'Show less' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(first).toBeFocused();
  await page.keyboard.press('o');
  await expect(first.getByRole('button', { name: 'Read more' })).toBeVisible();

  await page.keyboard.press('c');
  await expect(first.getByText('Link copied')).toBeVisible();
  const copied = new URL(await clipboard.read());
  expect(copied.searchParams.get('review')).toBe(await first.getAttribute('data-review-id'));

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toContainText('Open or close the focused review');
  await expect(dialog).toContainText("Copy the focused review's link");
});
