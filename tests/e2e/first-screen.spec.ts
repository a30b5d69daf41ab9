import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// index.html holds the bundled film's first screen, drawn at build time (scripts/first-screen):
// a reader sees the first reviews at the first paint, before any of the app's code has run; the
// app's first render then takes its place.

const LAYOUTS = [
  { wide: true, width: 1440, height: 900 },
  { wide: false, width: 390, height: 844 },
] as const;

/** The page as it is before any of its scripts but the head's own has run. */
async function withoutTheAppsCode(page: Page, allowConsole: (pattern: RegExp) => void) {
  allowConsole(/^Failed to load resource/);
  await page.route(
    (url) => url.pathname.endsWith('.js'),
    (route) => route.abort(),
  );
}

interface Seen {
  texts: string[];
  /** Every select's choice, as shown. */
  choices: string[];
  boxes: Array<{ x: number; y: number; width: number; height: number }>;
}

/** The first reviews on screen: their text and where they are drawn. */
async function firstReviews(page: Page, within: string): Promise<Seen> {
  return page.evaluate((selector) => {
    const articles = Array.from(document.querySelectorAll(selector)).slice(0, 3);
    return {
      texts: articles.map((article) => article.textContent ?? ''),
      choices: Array.from(document.querySelectorAll('select'), (select) => select.value),
      boxes: articles.map((article) => {
        const { x, y, width, height } = article.getBoundingClientRect();
        return { x, y, width, height };
      }),
    };
  }, within);
}

test.describe('the first screen', () => {
  for (const { wide, width, height } of LAYOUTS) {
    test(`at ${width} px the first reviews show before the app's code runs, where the app then draws them`, async ({
      page,
      guards,
    }) => {
      await page.setViewportSize({ width, height });
      await withoutTheAppsCode(page, guards.allowConsole);
      await page.goto('/');
      // One copy only, in the layout the width calls for.
      await expect(page.locator('.first-screen')).toHaveCount(1);
      await expect(page.locator('template')).toHaveCount(0);
      const still = page.locator('.first-screen');
      await expect(still.locator('article').first()).toBeVisible();
      await expect(still.locator('.layout--wide')).toHaveCount(wide ? 1 : 0);
      await expect(still.locator('h1')).toHaveText('Pusher II (2004)');
      // Only a picture: nothing in it is offered to assistive technology or the keyboard.
      await expect(page.getByRole('article')).toHaveCount(0);
      await expect(page.getByRole('heading')).toHaveCount(0);
      await expect(page.getByRole('textbox')).toHaveCount(0);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.first-screen'))).toBe(
        null,
      );
      const before = await firstReviews(page, '.first-screen article');
      expect(before.texts.length).toBe(3);

      // The app's first render shows the same reviews in the same places, in place of the picture.
      await page.unrouteAll();
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.querySelector('.first-screen') || !document.querySelector('#root article'))
            return;
          observer.disconnect();
          const articles = Array.from(document.querySelectorAll('#root article')).slice(0, 3);
          (window as unknown as { __taken: unknown }).__taken = {
            texts: articles.map((article) => article.textContent ?? ''),
            choices: Array.from(document.querySelectorAll('select'), (select) => select.value),
            boxes: articles.map((article) => {
              const { x, y, width, height } = article.getBoundingClientRect();
              return { x, y, width, height };
            }),
          };
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto('/');
      await expect(page.getByRole('article').first()).toBeVisible();
      await expect(page.locator('.first-screen')).toHaveCount(0);
      const after = (await page.evaluate(
        () => (window as unknown as { __taken: unknown }).__taken,
      )) as Seen;
      expect(after.texts).toEqual(before.texts);
      expect(before.choices).toContain('system');
      expect(after.choices).toEqual(before.choices);
      // The first review starts where the picture's did (the rows after it are laid out as
      // they near the screen, so their places are not known at that moment).
      const [box, was] = [after.boxes[0], before.boxes[0]];
      expect(Math.abs((box?.y ?? NaN) - (was?.y ?? NaN)), 'top').toBeLessThan(1);
      expect(Math.abs((box?.x ?? NaN) - (was?.x ?? NaN)), 'left').toBeLessThan(1);
      expect(Math.abs((box?.width ?? NaN) - (was?.width ?? NaN)), 'width').toBeLessThan(1);
    });
  }

  test('any other address, or a reader who voted or showed a spoiler, never sees it', async ({
    page,
    guards,
  }) => {
    await withoutTheAppsCode(page, guards.allowConsole);
    for (const address of [
      '/?data=/data/pusher-ii-2004.json',
      '/?dataset=pusher-ii-2004&sort=newest',
      '/?review=rw0992373',
    ]) {
      await page.goto(address);
      await expect(page.locator('.first-screen'), address).toHaveCount(0);
    }
    await page.goto('/');
    await expect(page.locator('.first-screen article').first()).toBeVisible();
    await page.evaluate(() =>
      localStorage.setItem('reviewscope.vote:["pusher-ii-2004","rw0992373"]', '"up"'),
    );
    await page.reload();
    await expect(page.locator('.first-screen')).toHaveCount(0);
  });

  test("it is drawn in the reader's theme from the first paint", async ({ page, guards }) => {
    await withoutTheAppsCode(page, guards.allowConsole);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.evaluate(() => localStorage.setItem('reviewscope.theme.v1', '"light"'));
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.locator('.first-screen article').first()).toBeVisible();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(246, 245, 242)');
  });
});
