import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const seed = JSON.parse(readFileSync('public/data/pusher-ii-2004.json', 'utf8')) as {
  reviews: Array<{ id: string; title: string | null }>;
};

test('a link to a review opens it, or says the view hides it and shows it on request', async ({
  page,
}) => {
  const last = seed.reviews[24];
  if (!last?.title) throw new Error('the bundled film changed');
  await page.goto(`/?review=${last.id}`);
  const article = page.getByRole('article', { name: last.title });
  await expect(article).toBeFocused();
  await expect(article).toBeInViewport();

  await page.goto(`/?rating=9&review=${last.id}`);
  await expect(
    page.getByText('The review this link points to is hidden by the current filters.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Show it' }).click();
  await expect(article).toBeFocused();

  await page.goto('/?review=nope');
  await expect(
    page.getByText('The review this link points to is not in this dataset.'),
  ).toBeVisible();
});

test('Copy link copies the review’s address, or shows it when the clipboard is refused', async ({
  page,
  clipboard,
}) => {
  await page.goto('/?sort=newest');
  const first = page.getByRole('article').first();
  const id = await first.getAttribute('data-review-id');
  await first.getByRole('button', { name: 'Copy link' }).click();
  await expect(first.getByText('Link copied')).toBeVisible();
  const copied = await clipboard.read();
  expect(new URL(copied).searchParams.get('review')).toBe(id);
  // The review's own address: not the sharer's order.
  expect(new URL(copied).searchParams.get('sort')).toBeNull();

  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await page.reload();
  await page.getByRole('article').first().getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByLabel('The browser would not copy it; copy this link:');
  await expect(field).toBeVisible();
  await expect(field).toHaveValue(new RegExp(`review=${id}`));
});
