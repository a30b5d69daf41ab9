import { expect, expectNoAxeViolations, test } from './fixtures';

test.describe('accessibility', () => {
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

  test('the theme choice survives a reload and follows the system until chosen', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('Light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});

test.describe('hostile data', () => {
  const hostile = [
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=1</script>',
    '<a href="javascript:window.__pwned=1">click</a>',
    '\u202Edesrever\u202C',
    'zero\u200Bwidth\u200D\uFEFF',
  ].join(' ');
  const long = (size: number) => `${hostile} ${'x'.repeat(size)}`;

  test('renders as inert text with no script run, no element injected, no layout breakage', async ({
    page,
  }) => {
    await page.route(
      (url) => url.pathname === '/e2e/hostile-big.json',
      (route) =>
        route.fulfill({
          json: {
            schemaVersion: 1,
            film: { title: hostile, year: 2004 },
            declaredReviewCount: 2,
            reviews: [
              {
                id: 'big',
                title: long(100_000),
                author: long(2_000),
                date: '2005-01-01',
                spoiler: false,
                body: `${hostile}\n\n${'word '.repeat(200_000)}`,
                rating: 7,
                helpful: { up: 1, total: 2 },
              },
              {
                id: 'javascript:alert(1)',
                title: hostile,
                author: hostile,
                date: null,
                spoiler: true,
                body: hostile,
                rating: null,
                helpful: { up: 0, total: 0 },
              },
            ],
          },
        }),
    );
    await page.goto('/?data=/e2e/hostile-big.json');
    await expect(page.getByRole('status')).toHaveText('Showing 2 of 2 reviews');
    await page.getByRole('button', { name: 'Show spoiler' }).click();
    await expect(page.getByRole('article').nth(1).getByText(hostile).first()).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    await expect(
      page.locator('main img, main script, main a[href^="javascript"], main iframe'),
    ).toHaveCount(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 320, height: 700 });
    // Charts follow a resize on their next ResizeObserver callback; wait for the layout to settle.
    await expect
      .poll(() =>
        page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      )
      .toBeLessThanOrEqual(0);
  });
});

test.describe('persistence', () => {
  test('corrupt storage is ignored and replaced', async ({ page }) => {
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('reviewscope.votes.v1', '{broken');
      localStorage.setItem('reviewscope.revealed.v1', '[]');
      localStorage.setItem('reviewscope.theme.v1', '42');
    });
    await page.goto('/');
    await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');
    const first = page.getByRole('article').first();
    await first.getByRole('button', { name: 'Yes' }).click();
    await page.reload();
    await expect(
      page.getByRole('article').first().getByText('29 out of 34 found this helpful'),
    ).toBeVisible();
  });

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
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('works offline after the first load', async ({ page, context }) => {
    await page.goto('/');
    await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
      }
      return registration.active?.state;
    });
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');
    await expect(page.getByRole('figure', { name: 'Rating distribution' })).toBeVisible();
    await context.setOffline(false);
  });
});
