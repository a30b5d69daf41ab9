import type { Page } from '@playwright/test';
import { expect, openServed, test, testDataset, testReview } from './fixtures';

const titled = (id: string, title: string) => ({ ...testReview(id, 7, '2005-01-01'), title });

test.describe('a card’s helpful vote', () => {
  test('says the count once with its share, and whose vote it is', async ({ page }) => {
    await page.goto('/');
    const first = page.getByRole('article').first();
    await expect(first.getByText('28 out of 33 found this helpful')).toBeVisible();
    await expect(first.getByText('· 85%')).toBeVisible();
    await expect(first.getByText(/found this helpful/)).toHaveCount(1);
    await first.getByRole('button', { name: 'Yes' }).click();
    await expect(first).toContainText('You found this helpful');
    await expect(first.getByText('29 out of 34 found this helpful')).toBeVisible();
    await first.getByRole('button', { name: 'Take back your vote' }).click();
    await expect(first).not.toContainText('You found this helpful');
    await expect(first.getByText('28 out of 33 found this helpful')).toBeVisible();
    await expect(first.getByRole('button', { name: 'Yes' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  test('a review nobody voted on says so', async ({ page }) => {
    await openServed(
      page,
      'novotes',
      testDataset('Quiet', 2001, [
        { ...testReview('q1', 6, '2001-02-03'), helpful: { up: 0, total: 0 } },
      ]),
    );
    const card = page.getByRole('article').first();
    await expect(card).toContainText('No votes yet');
    await expect(card).not.toContainText('0 out of 0');
  });

  test('a vote on one review gives none to reviews named like object properties', async ({
    page,
  }) => {
    await openServed(
      page,
      'phantom',
      testDataset('Phantoms', 2004, [
        titled('r1', 'Plain'),
        titled('constructor', 'Constructor'),
        titled('toString', 'To string'),
        titled('hasOwnProperty', 'Has own property'),
        titled('__proto__', 'Proto'),
      ]),
    );
    await expect(page.getByRole('status')).toHaveText('Showing 5 of 5 reviews');
    await page.getByRole('article', { name: 'Plain' }).getByRole('button', { name: 'Yes' }).click();
    await expect(
      page.getByRole('article', { name: 'Plain' }).getByText('2 out of 3 found this helpful'),
    ).toBeVisible();
    for (const name of ['Constructor', 'To string', 'Has own property', 'Proto']) {
      const card = page.getByRole('article', { name });
      await expect(card.getByText('1 out of 2 found this helpful')).toBeVisible();
      await expect(card.getByRole('button', { name: 'Yes' })).toHaveAttribute(
        'aria-pressed',
        'false',
      );
    }
  });

  test('a vote that storage cannot keep is said to last this visit only', async ({ page }) => {
    await page.goto('/');
    const review = page.getByRole('article').first();
    await expect(review).toBeVisible();
    const before = await review.getByText(/ out of [\d,]+ found this helpful$/).textContent();
    await page.evaluate(() => {
      const chunk = 'x'.repeat(256 * 1024);
      for (let size = chunk.length, i = 0; size >= 1;) {
        try {
          localStorage.setItem(`fill-${i++}`, chunk.slice(0, size));
        } catch {
          size = Math.floor(size / 2);
        }
      }
    });
    await review.getByRole('button', { name: 'Yes' }).click();
    await expect(page.getByRole('alert')).toContainText('Your vote could not be saved');
    await expect(review.getByRole('button', { name: 'Yes' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(review.getByText(/ out of [\d,]+ found this helpful$/)).not.toHaveText(
      before ?? '',
    );
  });
});

test.describe('votes in two tabs', () => {
  test('a vote in one tab shows in the other, and the later vote wins', async ({ context }) => {
    const one = await context.newPage();
    const two = await context.newPage();
    await one.goto('/');
    await two.goto('/');
    await one.getByRole('article').first().getByRole('button', { name: 'Yes' }).click();
    await expect(
      two.getByRole('article').first().getByText('29 out of 34 found this helpful'),
    ).toBeVisible();
    await two.getByRole('article').first().getByRole('button', { name: 'No' }).click();
    await expect(
      one.getByRole('article').first().getByText('28 out of 34 found this helpful'),
    ).toBeVisible();
    await one.reload();
    await expect(
      one.getByRole('article').first().getByText('28 out of 34 found this helpful'),
    ).toBeVisible();
  });

  test('keep votes cast at the same moment on different reviews', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto('/');
    await b.goto('/');
    const yes = (page: Page, i: number) =>
      page.getByRole('article').nth(i).getByRole('button', { name: 'Yes' });
    for (let i = 0; i < 6; i += 2) {
      await Promise.all([yes(a, i).click(), yes(b, i + 1).click()]);
    }
    await a.reload();
    for (let i = 0; i < 6; i += 1) {
      await expect(yes(a, i)).toHaveAttribute('aria-pressed', 'true');
    }
  });
});

test.describe('votes kept', () => {
  test('counts a vote at once and keeps it across a reload', async ({ page }) => {
    await page.goto('/');
    const first = page.getByRole('article').first();
    await expect(first.getByText('28 out of 33 found this helpful')).toBeVisible();
    await first.getByRole('button', { name: 'Yes' }).click();
    await expect(first.getByText('29 out of 34 found this helpful')).toBeVisible();
    await page.reload();
    await expect(
      page.getByRole('article').first().getByText('29 out of 34 found this helpful'),
    ).toBeVisible();
    await page.getByRole('article').first().getByRole('button', { name: 'Yes' }).click();
    await expect(
      page.getByRole('article').first().getByText('28 out of 33 found this helpful'),
    ).toBeVisible();
  });
});
