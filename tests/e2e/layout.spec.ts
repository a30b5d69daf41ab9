import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const status = (page: Page) => page.getByRole('status');

/** The reader's viewport: phone and small laptop sizes the issue names. */
const SCREENS = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];

test.describe('the first screen', () => {
  for (const size of SCREENS) {
    test(`shows the first review's title at ${size.width}x${size.height}`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto('/');
      const heading = page.getByRole('article').first().getByRole('heading');
      await expect(heading).toBeVisible();
      const box = await heading.boundingBox();
      expect(box).not.toBeNull();
      expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(size.height);
    });
  }

  test('below two columns the list comes first and the charts wait behind Show charts', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('/');
    await expect(page.getByRole('article').first()).toBeVisible();
    await expect(page.getByRole('figure')).toHaveCount(0);
    const show = page.getByRole('button', { name: 'Show charts' });
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    await show.click();
    await expect(page.getByRole('figure', { name: 'Rating distribution' })).toBeVisible();
    await expect(page.getByRole('figure', { name: 'Reviews over time' })).toBeVisible();
    await page.getByRole('button', { name: 'Helpfulness' }).click();
    await expect(page.getByRole('figure', { name: 'Helpfulness' })).toBeVisible();
  });

  for (const width of [390, 1024]) {
    test(`below 1,120 px (${width}) the filters fold into a button that counts those in force`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 844 });
      await page.goto('/');
      const rating = page.getByRole('group', { name: 'Rating' });
      await expect(rating).toBeHidden();
      await expect(page.getByRole('group', { name: 'Tone' })).toBeHidden();
      const filters = page.getByRole('button', { name: 'Filters', exact: true });
      await expect(filters).toHaveText('Filters');
      await filters.click();
      await rating.getByRole('checkbox', { name: '9' }).check();
      await page.getByRole('checkbox', { name: 'Hide spoilers' }).check();
      await expect(page.getByRole('button', { name: 'Filters 2 in force' })).toBeVisible();
      await expect(status(page)).toHaveText('Showing 1 of 25 reviews');
    });
  }

  test('from 1,120 px the filters stay in view without a click', async ({ page }) => {
    await page.setViewportSize({ width: 1120, height: 900 });
    await page.goto('/');
    await expect(page.getByRole('group', { name: 'Rating' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Tone' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Filters/ })).toBeHidden();
  });

  test('on desktop every chart is reached, in a side column that stays in view', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/');
    await page.getByRole('button', { name: 'Helpfulness' }).click();
    for (const name of ['Rating distribution', 'Reviews over time', 'Helpfulness']) {
      const figure = page.getByRole('figure', { name });
      await figure.scrollIntoViewIfNeeded();
      await expect(figure).toBeInViewport();
    }
    // Sticky beside the list; taller than the window (Helpfulness open), it scrolls on its own.
    const scrolls = await page.locator('.layout__charts').evaluate((element) => {
      const style = getComputedStyle(element);
      return [style.overflowY, style.position];
    });
    expect(scrolls).toEqual(['auto', 'sticky']);
  });
});

test.describe('a long review', () => {
  test('Show less at the end of a long review leaves the reader at that review', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const first = page.getByRole('article').first();
    await first.getByRole('button', { name: 'Read more' }).click();
    const less = first.getByRole('button', { name: 'Show less' });
    await less.scrollIntoViewIfNeeded();
    const expandedScroll = await page.evaluate(() => window.scrollY);
    expect(expandedScroll).toBeGreaterThan(844);
    await less.click();
    const more = first.getByRole('button', { name: 'Read more' });
    await expect(more).toBeInViewport();
    await expect(first.getByRole('heading')).toHaveText(/Pusher 2 is even better/);
  });

  for (const size of SCREENS) {
    test(`keeps review text to at most 85 characters a line at ${size.width} px`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.goto('/');
      const first = page.getByRole('article').first();
      await first.getByRole('button', { name: 'Read more' }).click();
      await expect(first.getByRole('button', { name: 'Show less' })).toBeVisible();
      const longest = await first.locator('.review__body p').evaluateAll((paragraphs) => {
        let most = 0;
        for (const paragraph of paragraphs) {
          const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
          const lines = new Map<number, number>();
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            const range = document.createRange();
            for (let i = 0; i < text.length; i += 1) {
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const rect = range.getClientRects()[0];
              if (!rect) continue;
              const line = Math.round(rect.top);
              lines.set(line, (lines.get(line) ?? 0) + 1);
            }
          }
          for (const count of lines.values()) most = Math.max(most, count);
        }
        return most;
      });
      expect(longest).toBeGreaterThan(20);
      expect(longest).toBeLessThanOrEqual(85);
    });
  }
});
