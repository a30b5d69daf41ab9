import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openServed, test } from './fixtures';

// One unbroken word per field: a review title of 300 KB, a film title and a name of 1 MB, and a
// body of 3 MB. The body once took 45 s to lay out, growing with the square of its length.
const filmTitle = 'f'.repeat(1_000_000);
const reviewTitle = 'a'.repeat(300_000);
const author = 'n'.repeat(1_000_000);
const body = 'b'.repeat(3_000_000);

const dataset = {
  schemaVersion: 1,
  film: { title: filmTitle, year: 2004 },
  declaredReviewCount: null,
  reviews: [
    {
      id: 'long-title',
      title: reviewTitle,
      author,
      date: '2005-03-19',
      spoiler: false,
      body: 'An ordinary body.',
      rating: 7,
      helpful: { up: 100, total: 100 },
    },
    {
      id: 'long-body',
      title: 'One long word',
      author: 'Anna Larsen',
      date: '2005-03-20',
      spoiler: false,
      body,
      rating: null,
      helpful: { up: 50, total: 100 },
    },
  ],
};

/** The length of the text a button controls, once it has been pressed. */
async function controlledTextLength(page: Page, button: Locator): Promise<number> {
  const id = await button.getAttribute('aria-controls');
  expect(id).not.toBeNull();
  return page.locator(`[id="${id ?? ''}"]`).evaluate((element) => element.textContent?.length ?? 0);
}

test('a dataset of huge unbroken words shows at once, with every text reachable whole', async ({
  page,
}) => {
  await openServed(page, 'long-text', dataset);

  await expect(page.getByRole('article').first()).toBeVisible({ timeout: 10_000 });
  const first = page.getByRole('article', { name: `${'a'.repeat(300)}…` });
  await expect(first).toBeVisible();
  await expect(page.getByRole('article', { name: 'One long word' })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: `${'f'.repeat(200)}… (2004)` }),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Dataset' })).toContainText(
    `${'f'.repeat(200)}… (2004) · 2 reviews`,
  );

  await expectNoAxeViolations(page);

  await first.getByRole('button', { name: 'Show full title' }).click();
  const hideTitle = first.getByRole('button', { name: 'Hide full title' });
  await expect(hideTitle).toHaveAttribute('aria-expanded', 'true');
  expect(await controlledTextLength(page, hideTitle)).toBe(reviewTitle.length);

  await first.getByRole('button', { name: 'Show full name' }).click();
  expect(
    await controlledTextLength(page, first.getByRole('button', { name: 'Hide full name' })),
  ).toBe(author.length);

  await page.getByRole('button', { name: 'Show full film title' }).click();
  expect(
    await controlledTextLength(page, page.getByRole('button', { name: 'Hide full film title' })),
  ).toBe(filmTitle.length);

  const long = page.getByRole('article', { name: 'One long word' });
  await long.getByRole('button', { name: 'Read more' }).click();
  const less = long.getByRole('button', { name: 'Show less' });
  await expect(less).toBeVisible();
  expect(await controlledTextLength(page, less)).toBe(body.length);

  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
