import type { Page } from '@playwright/test';
import { expect, openServed, test, testDataset, testReview } from './fixtures';

const status = (page: Page) => page.getByRole('status');

test.describe('honest numbers', () => {
  test('the mean keeps its sample and lists the few scores', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.page-header')).toContainText(
      "25 reviews shown of 31 on IMDb's page · Mean 7.0 from only 3 of 25 reviews: 5, 7, 9 · written 2004-2018",
    );
    const ratings = page.getByRole('figure', { name: 'Rating distribution' });
    await expect(ratings).toContainText('Mean 7.0 from only 3 of 25 reviews: 5, 7, 9');
    await expect(ratings.getByRole('button', { name: '9: 1 review', exact: true })).toContainText(
      '1',
    );
    await expect(ratings.getByRole('button', { name: 'Unrated: 22 reviews' })).toBeVisible();
    await expect(page.getByRole('figure', { name: 'Reviews over time' })).toContainText(
      '24 dated reviews, 2004-2018',
    );
    // No year holds five ratings: no mean point is drawn.
    await expect(page.locator('.time-line circle')).toHaveCount(0);
  });

  test('a period with five ratings gets its mean point, and counts have separators', async ({
    page,
  }) => {
    const reviews = Array.from({ length: 1500 }, (_, i) =>
      testReview(`r${i}`, i < 6 ? 8 : null, i < 6 ? '2010-05-01' : `${2000 + (i % 5)}-01-01`),
    );
    await openServed(page, 'many', testDataset('Many', 2010, reviews, 2400));
    await expect(status(page)).toHaveText('Showing 1,500 of 1,500 reviews');
    await expect(page.locator('.page-header')).toContainText(
      "1,500 reviews shown of 2,400 on IMDb's page · Mean 8.0 from only 6 of 1,500 reviews: 8, 8, 8, 8, 8, 8",
    );
    await expect(
      page.getByRole('group', { name: 'Rating' }).getByRole('checkbox', { name: 'Unrated' }),
    ).toHaveAccessibleDescription('1,494 reviews');
    const time = page.getByRole('figure', { name: 'Reviews over time' });
    await expect(time).toContainText('1,500 dated reviews, 2000-2010');
    // Only 2010 holds five or more ratings.
    await expect(time.locator('.time-line circle')).toHaveCount(1);
    await expect(
      page.getByRole('figure', { name: 'Rating distribution' }).getByRole('table'),
    ).toContainText('1,494');
  });
});
