import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

interface SeedReview {
  id: string;
  title: string | null;
  date: string | null;
  spoiler: boolean;
  rating: number | null;
  helpful: { up: number; total: number };
}
const seed = JSON.parse(readFileSync('public/data/pusher-ii-2004.json', 'utf8')) as {
  reviews: SeedReview[];
};

async function tableRows(
  page: import('@playwright/test').Page,
  figure: string,
): Promise<string[][]> {
  const rows = page.getByRole('figure', { name: figure }).getByRole('table').getByRole('row');
  const texts: string[][] = [];
  for (const row of (await rows.all()).slice(1))
    texts.push(await row.getByRole('cell').allInnerTexts());
  return texts;
}

test('the chart tables match the dataset', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('figure', { name: 'Reviews over time' })).toBeVisible();

  const ratingRows = await tableRows(page, 'Rating distribution');
  const expectedRatings = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1, null].map((rating) => [
    rating === null ? 'Unrated' : String(rating),
    String(seed.reviews.filter((r) => r.rating === rating).length),
  ]);
  expect(ratingRows.map((row) => row.slice(0, 2))).toEqual(expectedRatings);

  const years = new Map<string, number>();
  for (const review of seed.reviews) {
    if (review.date)
      years.set(review.date.slice(0, 4), (years.get(review.date.slice(0, 4)) ?? 0) + 1);
  }
  const timeRows = (await tableRows(page, 'Reviews over time')).filter((row) => row[1] !== '0');
  expect(timeRows.map((row) => [row[0], row[1]])).toEqual(
    [...years.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([year, n]) => [year, String(n)]),
  );

  // The helpfulness chart waits folded, one click away behind a button named after it.
  await page.getByRole('button', { name: 'Helpfulness' }).click();
  await expect(page.getByRole('figure', { name: 'Helpfulness' })).toContainText(
    `${seed.reviews.filter((r) => r.helpful.total === 0).length} reviews have no votes`,
  );
});

test('a rating bar filters the list, by mouse and keyboard', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '9: 1 review', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Showing 1 of 25 reviews');
  await expect(page.getByRole('checkbox', { name: '9' })).toBeChecked();
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('button', { name: '9: 1 review', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // The other ratings stay visible while one is chosen.
  await expect(page.getByRole('button', { name: 'Unrated: 22 reviews' })).toBeVisible();

  await page.getByRole('button', { name: '7: 1 review', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Showing 2 of 25 reviews');
  await page.keyboard.press('Space');
  await expect(page.getByRole('status')).toHaveText('Showing 1 of 25 reviews');
  await expect(page.getByRole('button', { name: '7: 1 review', exact: true })).toBeFocused();
});

test('the charts follow the filters and search', async ({ page }) => {
  await page.goto('/');
  const spoilerCount = async () =>
    (await tableRows(page, 'Reviews over time')).reduce((sum, row) => sum + Number(row[2]), 0);
  await expect.poll(spoilerCount).toBe(3);
  // Each bar carries its count; the unrated are said in words, not drawn as a bar.
  const ratings = page.getByRole('figure', { name: 'Rating distribution' });
  await expect(ratings.getByRole('button', { name: 'Unrated: 22 reviews' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Hide spoilers' }).check();
  await expect.poll(spoilerCount).toBe(0);
  await page.getByRole('searchbox', { name: 'Search reviews' }).fill('Mikkelsen');
  await expect(page.getByRole('status')).toHaveText('Showing 9 of 25 reviews');
  await expect(ratings).toContainText('from only 2 of 9 reviews: 5, 9');
  await expect(ratings.getByRole('button', { name: 'Unrated: 7 reviews' })).toBeVisible();
});

test('choosing a helpfulness point brings its review into view', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Helpfulness' }).click();
  const point = page.getByRole('button', {
    name: /^Cannot recommend this very very disappointing sequel/,
  });
  await point.click();
  const article = page.getByRole('article', {
    name: /Cannot recommend this very very disappointing sequel/,
  });
  await expect(article).toBeFocused();
  await expect(article).toBeInViewport();
});

test('the list shows before the charts load, and a failed chart leaves the list working', async ({
  page,
  guards,
}) => {
  guards.allowConsole(/^Failed to load resource: net::ERR_FAILED$/);
  await page.route(/charts-panel.*\.js$/, (route) => route.abort());
  await page.goto('/');
  await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');
  await expect(page.getByRole('alert')).toContainText('The charts could not be shown.');
  await page.getByRole('checkbox', { name: 'Hide spoilers' }).check();
  await expect(page.getByRole('status')).toHaveText('Showing 22 of 25 reviews');

  // Back online, Retry fetches the charts' code again, without reloading the page.
  await page.unroute(/charts-panel.*\.js$/);
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('figure', { name: 'Rating distribution' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('Showing 22 of 25 reviews');
  await expect(page.getByRole('checkbox', { name: 'Hide spoilers' })).toBeChecked();
});
