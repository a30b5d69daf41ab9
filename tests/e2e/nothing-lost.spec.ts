import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, importFile } from './fixtures';

const seedPage = readFileSync('data/raw/pusher-ii-2004-imdb-reviews.txt', 'utf8');
const otherFilm = seedPage.replace('Pusher II (2004) Poster', 'Bleeder (1999) Poster');

function review(id: string, title: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    title,
    author: 'someone',
    date: '2005-01-01',
    spoiler: false,
    body: `Text of ${title}.`,
    rating: 7,
    helpful: { up: 1, total: 2 },
    ...extra,
  };
}

async function serveDataset(page: Page, path: string, film: string, reviews: unknown[]) {
  await page.route(
    (url) => url.pathname === path,
    (route) =>
      route.fulfill({
        json: {
          schemaVersion: 1,
          film: { title: film, year: 2004 },
          declaredReviewCount: null,
          reviews,
        },
      }),
  );
}

test.describe('storage the browser refuses', () => {
  test('a session-only dataset reloaded says it is gone instead of loading forever', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const state = window as unknown as { opens: number };
      state.opens = 0;
      IDBFactory.prototype.open = function open() {
        state.opens += 1;
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
    });
    await page.goto('/');
    const dialog = await importFile(page, 'bleeder.txt', otherFilm);
    await dialog.getByRole('button', { name: 'Add to library' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bleeder (1999)');
    await expect(page.getByRole('alert')).toContainText('open for this session only');
    await expect(page).toHaveURL(/dataset=local/);

    await page.reload();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This imported dataset is not in the library.');
    await expect(alert).toContainText('The library could not be opened');
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { opens: number }).opens)).toBeLessThan(
      10,
    );
    await alert.getByRole('button', { name: 'Open Pusher II (2004)' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pusher II (2004)');
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

test.describe('two tabs', () => {
  test('keep both tabs’ merges, follow each other’s library and deletions', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto('/');
    await b.goto('/');
    const added = await importFile(a, 'bleeder.txt', otherFilm);
    await added.getByRole('button', { name: 'Add to library' }).click();
    await expect(a.getByRole('heading', { level: 1 })).toHaveText('Bleeder (1999)');
    // The other tab's list follows without a reload.
    const switcherB = b.getByRole('combobox', { name: 'Dataset' });
    await expect(switcherB.locator('option')).toHaveCount(2);
    await switcherB.selectOption({ index: 1 });
    await expect(b.getByRole('heading', { level: 1 })).toHaveText('Bleeder (1999)');

    const pageA = otherFilm.replace("I've seen Pusher II during", "I've seen Bleeder during");
    const pageB = otherFilm.replace(
      'Movies that describe and draws',
      'Films that describe and draw',
    );
    const dialogA = await importFile(a, 'a.txt', pageA);
    const dialogB = await importFile(b, 'b.txt', pageB);
    const mergeA = dialogA.getByRole('button', { name: 'Merge into Bleeder: 1 new review' });
    const mergeB = dialogB.getByRole('button', { name: 'Merge into Bleeder: 1 new review' });
    await expect(mergeA).toBeVisible();
    await expect(mergeB).toBeVisible();
    await Promise.all([mergeA.click(), mergeB.click()]);
    await expect(dialogA).toBeHidden();
    await expect(dialogB).toBeHidden();
    await a.reload();
    await expect(a.getByRole('status')).toHaveText('Showing 27 of 27 reviews');
    await expect(b.getByRole('status')).toHaveText('Showing 27 of 27 reviews');

    await a.getByRole('button', { name: 'Delete dataset' }).click();
    await expect(a.getByRole('heading', { level: 1 })).toHaveText('Pusher II (2004)');
    await expect(b.getByRole('alert')).toContainText('not in the library');
    await expect(switcherB.locator('option', { hasText: 'Bleeder' })).toHaveCount(0);
    await b.reload();
    await expect(b.getByRole('alert')).toContainText('not in the library');
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

test.describe('foreign data', () => {
  for (const value of [
    'https://example.com/evil.json',
    '//example.com/evil.json',
    'data:application/json,{"schemaVersion":1}',
    'blob:https://example.com/x',
  ]) {
    test(`refuses ?data=${value.slice(0, 20)}… without a request`, async ({ page, baseURL }) => {
      const requests: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(`/?data=${encodeURIComponent(value)}`);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('opens datasets only from its own site');
      await expect(alert).toContainText('download it, then bring it in with Import');
      await expect(alert.getByRole('button', { name: 'Open Pusher II (2004)' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Import' })).toBeVisible();
      expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    });
  }

  test('CSV export neutralises cells that would run as formulas', async ({ page }) => {
    const formula = '=HYPERLINK("http://example.com","click")';
    await serveDataset(page, '/e2e/formula.json', 'Formulas', [
      review('f1', formula, { author: '@SUM(A1)', body: '-2+3' }),
    ]);
    await page.goto('/?data=/e2e/formula.json');
    await page.getByRole('button', { name: 'Export' }).click();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'CSV' }).click(),
    ]);
    const row = readFileSync(await csv.path(), 'utf8').split('\r\n')[1];
    expect(row).toBe(
      `f1,"'=HYPERLINK(""http://example.com"",""click"")","'@SUM(A1)",2005-01-01,7,false,1,2,"'-2+3"`,
    );
  });
});

test.describe('per-review state', () => {
  test('a vote on one review gives none to reviews named like object properties', async ({
    page,
  }) => {
    await serveDataset(page, '/e2e/phantom.json', 'Phantoms', [
      review('r1', 'Plain'),
      review('constructor', 'Constructor'),
      review('toString', 'To string'),
      review('hasOwnProperty', 'Has own property'),
      review('__proto__', 'Proto'),
    ]);
    await page.goto('/?data=/e2e/phantom.json');
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
});

test.describe('focus and isolation', () => {
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

  test('an unclosed right-to-left override in a title stays inside it', async ({ page }) => {
    const title = 'Evil \u202Eeltit';
    await page.route(
      (url) => url.pathname === '/e2e/rtl.json',
      (route) =>
        route.fulfill({
          json: {
            schemaVersion: 1,
            film: { title, year: 2004 },
            declaredReviewCount: null,
            reviews: [review('r1', 'Fine', { author: 'Name \u202Eeman' })],
          },
        }),
    );
    await page.goto('/?data=/e2e/rtl.json');
    await expect(page.getByRole('heading', { level: 1 }).locator('bdi')).toHaveText(title);
    const option = page.getByRole('combobox', { name: 'Dataset' }).locator('option:checked');
    await expect(option).toHaveText('Evil \u202Eeltit\u202C (2004) · 1 review, from a link');
    expect(
      await page
        .locator('.review__author')
        .first()
        .evaluate((element) => getComputedStyle(element).unicodeBidi),
    ).toBe('isolate');
  });
});
