import { readFileSync } from 'node:fs';
import { searchFinds } from '../testing/search-reference';
import { expect, test } from './fixtures';

interface SeedReview {
  id: string;
  title: string | null;
  author: string | null;
  body: string;
  date: string | null;
  rating: number | null;
}
const seed = JSON.parse(readFileSync('public/data/pusher-ii-2004.json', 'utf8')) as {
  reviews: SeedReview[];
};

/** Reviews a search finds by the rules, read from the bundled file: the answer the app must give. */
function expected(search: string): number {
  return seed.reviews.filter((review) => searchFinds(review, search)).length;
}

const status = (n: number) => `Showing ${n} of 25 reviews`;

test('a date range, typed, in the address bar, kept on reload, cleared', async ({ page }) => {
  await page.goto('/');
  const group = page.getByRole('group', { name: 'Date' });
  await group.getByLabel('From').fill('2005-01-01');
  await group.getByLabel('To').fill('2005-12-31');
  await expect(page.getByRole('status')).toHaveText(status(9));
  await expect(page).toHaveURL(/from=2005-01-01&to=2005-12-31/);
  await page.reload();
  await expect(page.getByRole('status')).toHaveText(status(9));
  await expect(group.getByLabel('From')).toHaveValue('2005-01-01');
  // Only a start: every dated review from then on, none undated.
  await group.getByLabel('To').fill('');
  await group.getByLabel('From').fill('1900-01-01');
  await expect(page.getByRole('status')).toHaveText(status(24));
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page.getByRole('status')).toHaveText(status(25));
  await expect(group.getByLabel('From')).toHaveValue('');
  await expect(page).not.toHaveURL(/from=/);
});

test('search matches at the start of words, phrases and exclusions', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Search reviews' });
  for (const search of ['father', '"mads mikkelsen"', 'Mikkelsen -Tonny', 'sequel', '-sequel']) {
    await box.fill(search);
    const count = expected(search);
    await expect(page.getByRole('status'), search).toHaveText(status(count));
  }
  // Marks follow the same rules: no mark inside a word.
  await box.fill('father');
  for (const mark of await page.locator('main mark').allTextContents()) {
    expect(mark.toLowerCase()).toBe('father');
  }
});

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
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/?sort=newest');
  const first = page.getByRole('article').first();
  const id = await first.getAttribute('data-review-id');
  await first.getByRole('button', { name: 'Copy link' }).click();
  await expect(first.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).searchParams.get('review')).toBe(id);
  expect(new URL(copied).searchParams.get('sort')).toBe('newest');

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

test('what reviews mention: each choice adds it to the search and shows its count', async ({
  page,
}) => {
  await page.goto('/');
  const region = page.getByRole('region', { name: 'Reviews mention' });
  const buttons = region.getByRole('button');
  await expect(buttons.first()).toBeVisible();
  const count = await buttons.count();
  expect(count).toBeGreaterThanOrEqual(5);
  const names = await buttons.evaluateAll((all) => all.map((b) => b.getAttribute('aria-label')));
  for (const name of names) expect(name).toMatch(/^.+ \d+ reviews?$/);
  // The first and the last offered: the list then shows exactly their count.
  for (const at of [0, count - 1]) {
    await page.goto('/');
    const button = page
      .getByRole('region', { name: 'Reviews mention' })
      .getByRole('button')
      .nth(at);
    const name = (await button.getAttribute('aria-label')) ?? '';
    const n = Number(/ (\d+) reviews?$/.exec(name)?.[1]);
    await button.click();
    await expect(page.getByRole('status')).toHaveText(status(n));
    await expect(page.getByRole('searchbox', { name: 'Search reviews' })).not.toHaveValue('');
  }
  // Whatever the box holds (a quote left open, an exclusion begun), a choice keeps its count.
  for (const typed of ['"mads', 'tonny -"', 'father -']) {
    await page.goto('/');
    const box = page.getByRole('searchbox', { name: 'Search reviews' });
    await box.fill(typed);
    await expect(page).toHaveURL(/[?&]q=/);
    await expect(page.getByRole('region', { name: 'Reviews mention' })).toHaveAttribute(
      'aria-busy',
      'false',
    );
    const button = page
      .getByRole('region', { name: 'Reviews mention' })
      .getByRole('button')
      .first();
    await expect(button).toBeVisible();
    const name = (await button.getAttribute('aria-label')) ?? '';
    const n = Number(/ (\d+) reviews?$/.exec(name)?.[1]);
    expect(n).toBeGreaterThan(0);
    await button.click();
    await expect(page.getByRole('status')).toHaveText(status(n));
  }
  // With a rating chosen, the mentions follow the view.
  await page.getByRole('checkbox', { name: 'Unrated' }).check();
  await expect(region.getByRole('button').first()).toBeVisible();
});

test('the time chart’s periods choose the date range, by mouse and by keyboard', async ({
  page,
}) => {
  await page.goto('/');
  const chart = page.getByRole('figure', { name: 'Reviews over time' });
  await chart.getByRole('button', { name: '2005: 9 reviews', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(status(9));
  const group = page.getByRole('group', { name: 'Date' });
  await expect(group.getByLabel('From')).toHaveValue('2005-01-01');
  await expect(group.getByLabel('To')).toHaveValue('2005-12-31');
  await expect(page).toHaveURL(/from=2005-01-01&to=2005-12-31/);
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  const year2006 = chart.getByRole('button', { name: '2006: 3 reviews', exact: true });
  await year2006.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(status(3));
  // One year shown, the chart counts its months, each drawn as chosen.
  const march = chart.getByRole('button', { name: '2006-03: 2 reviews' });
  await expect(march).toHaveAttribute('aria-pressed', 'true');
  await chart.getByRole('button', { name: '2006-07: 1 review' }).click();
  await expect(page.getByRole('status')).toHaveText(status(1));
  await chart.getByRole('button', { name: '2006-07: 1 review' }).focus();
  await page.goBack();
  await expect(page.getByRole('status')).toHaveText(status(3));
});

test('Back right after choosing a period undoes that choice, however late the page is idle', async ({
  page,
}) => {
  // The address bar is written in an idle moment, which a busy page gives a second late at most.
  await page.addInitScript(() => {
    window.requestIdleCallback = (run) =>
      window.setTimeout(() => run({ didTimeout: true, timeRemaining: () => 0 }), 1000);
    window.cancelIdleCallback = (handle) => window.clearTimeout(handle);
  });
  await page.goto('/');
  const chart = page.getByRole('figure', { name: 'Reviews over time' });
  await chart.getByRole('button', { name: '2005: 9 reviews', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(status(9));
  const month = chart.getByRole('button', { name: /^2005-\d\d: \d+ reviews?$/ }).first();
  const shown = Number(
    / (\d+) reviews?$/.exec((await month.getAttribute('aria-label')) ?? '')?.[1],
  );
  await month.click();
  await expect(page.getByRole('status')).toHaveText(status(shown));
  await page.goBack();
  await expect(page.getByRole('status')).toHaveText(status(9));
  const group = page.getByRole('group', { name: 'Date' });
  await expect(group.getByLabel('From')).toHaveValue('2005-01-01');
  await expect(group.getByLabel('To')).toHaveValue('2005-12-31');
  await page.goBack();
  await expect(page.getByRole('status')).toHaveText(status(25));
});

test('a long search is restored whole from the address after a reload', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Search reviews' });
  // Over 500 characters, and what follows the 500th still counts: the exclusion at the end.
  const search = `${'mads '.repeat(100)}-tonny`;
  expect(search.length).toBeGreaterThan(500);
  await box.fill(search);
  await expect(page).toHaveURL(/[?&]q=/);
  const shown = await page.getByRole('status').textContent();
  await page.reload();
  await expect(box).toHaveValue(search);
  await expect(page.getByRole('status')).toHaveText(shown ?? '');
});
