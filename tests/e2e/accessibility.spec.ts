import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, test } from './fixtures';

const seedPage = readFileSync('data/raw/pusher-ii-2004-imdb-reviews.txt', 'utf8');
const otherFilm = seedPage.replace('Pusher II (2004) Poster', 'Bleeder (1999) Poster');

test.describe('axe', () => {
  test('axe finds no violations: main view, spoiler revealed, dialogs, dark theme, phone width', async ({
    page,
  }) => {
    // Seven full axe runs: on a busy two-core machine each can take several seconds.
    test.setTimeout(120_000);
    await page.goto('/');
    await expect(page.getByRole('figure', { name: 'Reviews over time' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page
      .getByRole('article', { name: /Lacks the nerve/ })
      .getByRole('button', { name: 'Show spoiler' })
      .click();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByRole('dialog', { name: 'Import reviews' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');

    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');

    await page.getByRole('combobox', { name: 'Theme' }).selectOption('Dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Helpfulness' }).click();
    await expect(page.getByRole('figure', { name: 'Helpfulness' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.setViewportSize({ width: 375, height: 800 });
    await expectNoAxeViolations(page);
  });

  for (const width of [1440, 390]) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`axe finds no violations at ${width} px in ${scheme}, names holding what controls show`, async ({
        page,
      }) => {
        test.setTimeout(60_000);
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: 900 });
        await page.goto('/');
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        await expect(
          page.getByRole('region', { name: 'Reviews mention' }).getByRole('button').first(),
        ).toBeVisible();
        if (width < 1120) await page.getByRole('button', { name: 'Show charts' }).click();
        await expect(page.getByRole('figure', { name: 'Rating distribution' })).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }
  }
});

test.describe('focus', () => {
  test('focus lands on what an action produced', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Import' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import reviews' });
    await dialog.getByRole('textbox', { name: 'Page text' }).fill(otherFilm);
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect(dialog.getByRole('button', { name: 'Add to library' })).toBeFocused();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Bleeder (1999)');
    await expect(heading).toBeFocused();
    await page.getByRole('button', { name: 'Delete dataset' }).click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(heading).toHaveText('Bleeder (1999)');
    await expect(heading).toBeFocused();
  });

  test('every tab stop in the charts has a name, and rating bars show their focus', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('figure', { name: 'Reviews over time' })).toBeVisible();
    await page.getByRole('button', { name: 'Helpfulness' }).click();
    await expect(page.locator('[data-point][tabindex="0"]')).toHaveCount(1);
    // The charts follow the list: tab from the last review's last control through them.
    await page.getByRole('article').last().getByRole('button').last().focus();
    const unnamed: string[] = [];
    let inCharts = 0;
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element?.closest('.layout__charts')) return null;
        const name = element.getAttribute('aria-label') ?? element.textContent ?? '';
        return name.trim() === '' || (element.tagName === 'g' && !element.getAttribute('role'))
          ? element.outerHTML.slice(0, 80)
          : '';
      });
      if (stop === null && inCharts > 0) break;
      if (stop !== null) inCharts += 1;
      if (stop) unnamed.push(stop);
    }
    // Ten rating bars, Unrated, Show data twice, Helpfulness, one point: at least that many.
    expect(inCharts).toBeGreaterThanOrEqual(15);
    expect(unnamed).toEqual([]);

    const bar = page.getByRole('button', { name: '9: 1 review', exact: true });
    await bar.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(bar).toBeFocused();
    const outline = await bar.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
  });
});
