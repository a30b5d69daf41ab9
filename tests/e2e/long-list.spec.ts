import type { Page } from '@playwright/test';
import { generateDataset } from '../../scripts/gen-synthetic';
import { searchFinds } from '../testing/search-reference';
import { expect, openServed, test } from './fixtures';

const COUNT = 3000;
const dataset = generateDataset({ reviews: COUNT, seed: 11 });
/** Counts as the page writes them, with thousands separators. */
const count = (n: number) => n.toLocaleString('en-US');

/** How many reviews the search finds by its rules: the answer the app must give. */
function expectedMatches(search: string): number {
  return dataset.reviews.filter((review) => searchFinds(review, search)).length;
}

/**
 * The first row on screen: its place in the list and how far from the viewport's top, read just
 * after a frame is painted. Read at any other moment, it may be the state a render leaves until
 * the next frame's resize observers keep the reader's place: a state no frame shows.
 */
const placeOfFirstVisible = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ index: string | undefined; top: number } | null>((resolve) =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            const rows = [...document.querySelectorAll<HTMLElement>('.review-list__row')];
            const row = rows.find((element) => element.getBoundingClientRect().bottom > 0);
            resolve(
              row ? { index: row.dataset.index, top: row.getBoundingClientRect().top } : null,
            );
          }),
        ),
      ),
  );

test.describe('a long list', () => {
  test.beforeEach(async ({ page }) => {
    await openServed(page, 'long', dataset);
    await expect(page.getByRole('status')).toHaveText(
      `Showing ${count(COUNT)} of ${count(COUNT)} reviews`,
    );
  });

  test('keeps only the rows near the viewport, and scrolls to either end', async ({ page }) => {
    const articles = page.getByRole('article');
    expect(await articles.count()).toBeLessThan(15);
    const lastRow = page.locator(`.review-list__row[data-index="${COUNT - 1}"]`);
    // Row heights are learnt as rows appear, so the page may grow while it is scrolled.
    await expect(async () => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect(lastRow).toBeInViewport({ timeout: 500 });
    }).toPass({ timeout: 15_000 });
    expect(await articles.count()).toBeLessThan(15);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(page.locator('.review-list__row[data-index="0"]')).toBeInViewport();
  });

  test("keeps the reader's place while the rows around it are measured", async ({ page }) => {
    await page.evaluate(() => window.scrollTo(0, 40_000));
    // Let the rows that just appeared be measured, then look twice, a moment apart.
    await page.waitForTimeout(300);
    const before = await placeOfFirstVisible(page);
    await page.waitForTimeout(500);
    const after = await placeOfFirstVisible(page);
    expect(before).not.toBeNull();
    expect(after?.index).toBe(before?.index);
    expect(Math.abs((after?.top ?? 0) - (before?.top ?? 0))).toBeLessThan(2);
  });

  test("keeps the reader's place when what is above the list changes height", async ({ page }) => {
    await page.evaluate(() => window.scrollTo(0, 40_000));
    // The rows that just appeared are measured first (the test above holds that to account):
    // the place is read once two looks a moment apart agree.
    let before = await placeOfFirstVisible(page);
    await expect(async () => {
      await page.waitForTimeout(150);
      const now = await placeOfFirstVisible(page);
      const same = now?.index === before?.index && now?.top === before?.top;
      before = now;
      expect(same).toBe(true);
    }).toPass({ timeout: 5_000 });
    // Something above the list, beside it in its column, grows, as what the reviews mention
    // does once counted (the line that says a search is running stands in for it here).
    await page.evaluate(() => {
      const above = document.querySelector<HTMLElement>('.result-searching');
      if (above) above.style.height = '150px';
    });
    await page.waitForTimeout(300);
    const after = await placeOfFirstVisible(page);
    expect(before).not.toBeNull();
    expect(after?.index).toBe(before?.index);
    expect(Math.abs((after?.top ?? 0) - (before?.top ?? 0))).toBeLessThan(2);
  });

  test('finds the same reviews as reading every one', async ({ page }) => {
    const search = page.getByRole('searchbox', { name: 'Search reviews' });
    for (const query of ['gangster', 'sequel pacing', 'brutal,', 'zzzz']) {
      await search.fill(query);
      const expected = expectedMatches(query);
      await expect(page.getByRole('status')).toHaveText(
        `Showing ${count(expected)} of ${count(COUNT)} reviews`,
      );
    }
  });

  test('j walks far down the list, each review focused in view', async ({ page }) => {
    for (let i = 0; i < 30; i += 1) await page.keyboard.press('j');
    const focused = page.locator('.review-list__row[data-index="29"] article');
    await expect(focused).toBeFocused();
    await expect(focused).toBeInViewport();
  });
});
