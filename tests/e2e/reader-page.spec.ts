import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const seed = JSON.parse(readFileSync('public/data/pusher-ii-2004.json', 'utf8')) as {
  reviews: Array<{ id: string; title: string | null; body: string; spoiler: boolean }>;
};
/** The longest review without spoilers: clamped in the list, whole on its own page. */
const longest = seed.reviews
  .filter((review) => !review.spoiler)
  .sort((a, b) => b.body.length - a.body.length)[0];

/** Waits until the mentions are drawn: they are what moves the first review down last. */
async function settled(page: Page) {
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Reviews mention' })).toHaveAttribute(
    'aria-busy',
    'false',
  );
}

for (const size of [
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
]) {
  test(`the first review's first line of text is on the first screen at ${size.width}x${size.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('/');
    await settled(page);
    const line = page.getByRole('article').first().locator('.review__body p').first();
    const box = await line.boundingBox();
    if (!box) throw new Error('the first review has no text');
    // One line of text (1.5 of its em) fits above the fold.
    const lineHeight = await line.evaluate((p) => parseFloat(getComputedStyle(p).lineHeight));
    expect(box.y + lineHeight).toBeLessThanOrEqual(size.height);
  });
}

test('on a phone every button in the first card is at least 44 px tall', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const card = page.getByRole('article').first();
  await expect(card).toBeVisible();
  const heights = await card
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThanOrEqual(4);
  for (const height of heights) expect(height).toBeGreaterThanOrEqual(44);
});

test("on a phone the Dataset select shows the film's whole name", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const select = page.getByRole('combobox', { name: 'Dataset' });
  await expect(select).toHaveValue('pusher-ii-2004');
  const [text, room] = await select.evaluate((element: HTMLSelectElement) => {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('no canvas');
    const style = getComputedStyle(element);
    context.font = style.font;
    const shown = element.selectedOptions[0]?.textContent ?? '';
    const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    return [context.measureText(shown).width, element.clientWidth - padding];
  });
  // The select's arrow takes about 20 px of what is left.
  expect(text + 24).toBeLessThanOrEqual(room);
});

for (const width of [1440, 390]) {
  test(`a clamped review stops between two lines, never through one, at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Read more' }).first()).toBeVisible();
    const cut = await page.locator('.review__body--clamped').evaluateAll((bodies) =>
      bodies.map((body) => {
        const bottom = body.getBoundingClientRect().bottom;
        const range = document.createRange();
        range.selectNodeContents(body);
        // Every line of text the cut passes through (its top above the edge, its foot below).
        return [...range.getClientRects()].filter(
          (line) => line.height > 0 && line.top < bottom - 1 && line.bottom > bottom + 1,
        ).length;
      }),
    );
    expect(cut.length).toBeGreaterThan(3);
    expect(cut.every((lines) => lines === 0)).toBe(true);
  });
}

test('at 1440 px the charts stay in view while the list scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await settled(page);
  const rating = page.getByRole('figure', { name: 'Rating distribution' });
  await expect(rating).toBeVisible();
  await page.getByRole('article').nth(10).scrollIntoViewIfNeeded();
  await expect(page.getByRole('article').nth(10)).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
  await expect(rating).toBeInViewport();
  // Beside the list, not over it.
  const chart = await rating.boundingBox();
  const card = await page.getByRole('article').nth(10).boundingBox();
  expect((card?.x ?? 0) + (card?.width ?? 0)).toBeLessThanOrEqual(chart?.x ?? 0);
});

test('a review alone has a page of its own, whole, with a way back to every review', async ({
  page,
}) => {
  const long = longest;
  if (!long?.title) throw new Error('the bundled film changed');
  await page.goto(`/?review=${long.id}`);
  const article = page.getByRole('article', { name: long.title });
  await expect(article).toBeFocused();
  await expect(page.getByRole('article')).toHaveCount(1);
  // Whole: nothing to open.
  await expect(article.getByRole('button', { name: 'Read more' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Pusher II (2004)' })).toBeVisible();
  await expect(article.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(page.getByRole('searchbox')).toHaveCount(0);

  await page.getByRole('link', { name: 'See all 25 reviews' }).click();
  await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');
  await expect(page).not.toHaveURL(/review=/);
  // Back in the list at the review just read.
  const inList = page.getByRole('article', { name: long.title });
  await expect(inList).toBeFocused();
  // Where it is clamped, as the page of its own is not.
  await expect(inList.getByRole('button', { name: 'Read more' })).toBeVisible();
});

test('Copy link under a search gives the dataset and the review, not the search', async ({
  page,
  clipboard,
}) => {
  await page.goto('/?q=tonny&sort=newest&rating=9');
  const first = page.getByRole('article').first();
  const id = await first.getAttribute('data-review-id');
  await first.getByRole('button', { name: 'Copy link' }).click();
  await expect(first.getByText('Link copied')).toBeVisible();
  const copied = new URL(await clipboard.read());
  expect([...copied.searchParams.keys()]).toEqual(['review']);
  expect(copied.searchParams.get('review')).toBe(id);
  await page.goto(copied.href);
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'See all 25 reviews' })).toBeVisible();
});

test('the first Tab reaches Skip to reviews, which moves focus to the list', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to reviews' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article').first()).toBeFocused();
  // j goes on from there.
  await page.keyboard.press('j');
  await expect(page.getByRole('article').nth(1)).toBeFocused();
});

test('a chosen mention keeps the focus on the chip that stands for it', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await settled(page);
  const mention = page
    .getByRole('region', { name: 'Reviews mention' })
    .getByRole('button', { name: /^Tonny \d+ reviews$/ });
  await mention.focus();
  await page.keyboard.press('Enter');
  const remove = page.getByRole('list', { name: 'Searching for' }).getByRole('button', {
    name: 'Remove Tonny',
  });
  await expect(remove).toBeFocused();
  await expect(page.locator('body')).not.toBeFocused();
});

test('a chosen period keeps the focus', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const time = page.getByRole('figure', { name: 'Reviews over time' });
  const period = time.getByRole('button', { name: /^2005: \d+ reviews?$/ });
  await period.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/from=2005-01-01/);
  // The chart is drawn again by month: focus goes to the first month of the year chosen.
  await expect(time.getByRole('button', { name: /^2005(-\d\d)?: / }).first()).toBeFocused();
});
