import { readFileSync } from 'node:fs';
import { searchFinds } from '../testing/search-reference';
import { expect, expectNoAxeViolations, importFile, test } from './fixtures';

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

test('a match deep in a long review shows above its text, marked, without opening it', async ({
  page,
}) => {
  await page.goto('/');
  // "Worthy sequel" names Mikkelsen first in its seventh paragraph of eight.
  const review = seed.reviews.find((r) => r.title === 'Worthy sequel');
  expect(review?.body.indexOf('Mikkelsen')).toBeGreaterThan(3000);
  await page.getByRole('searchbox', { name: 'Search reviews' }).fill('Mikkelsen');
  await expect(page.getByRole('status')).toHaveText(status(expected('Mikkelsen')));
  const article = page.getByRole('article', { name: 'Worthy sequel' });
  const snippets = article.getByRole('list', { name: 'Matching sentences' });
  await expect(snippets).toBeVisible();
  const first = snippets.getByRole('listitem').first();
  await expect(first.locator('mark').first()).toHaveText('Mikkelsen');
  await expect(first.locator('mark').first()).toBeVisible();
  // In the collapsed text the same match is past what is displayed.
  const body = article.locator('.review__body');
  await expect(body.locator('mark').first()).toBeHidden();
  // A spoiler not shown says that it matches and quotes nothing of it.
  const spoiler = page.getByRole('article', { name: "Why can't you be like everybody else?!" });
  await expect(spoiler.getByText('Matches in the spoiler text')).toBeVisible();
  await expect(spoiler.locator('mark')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Opening the review takes the reader to that match.
  await article.getByRole('button', { name: 'Read more' }).click();
  await expect(body.locator('mark').first()).toBeInViewport();
  await expect(body.locator('p:focus')).toContainText('Mikkelsen');
});

test('a chosen mention stays in sight as a chip that takes it out again', async ({ page }) => {
  await page.goto('/');
  const region = page.getByRole('region', { name: 'Reviews mention' });
  const mention = region.getByRole('button').first();
  await expect(mention).toBeVisible();
  const label = (await mention.locator('.mention__label').textContent()) ?? '';
  await mention.click();
  const chips = page.getByRole('list', { name: 'Searching for' });
  const remove = chips.getByRole('button', { name: `Remove ${label}` });
  await expect(remove).toBeVisible();
  await remove.click();
  await expect(page.getByRole('searchbox', { name: 'Search reviews' })).toHaveValue('');
  await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');
  await expect(chips).toHaveCount(0);
});

test('one mention for a name finds every review that names him, however it is spelt', async ({
  page,
}) => {
  await page.goto('/');
  // Reviews that name him by the reference rules: in full, by either part, or misspelt.
  const namesHim = seed.reviews.filter((review) =>
    ['Mads', 'Mikkelsen', 'Mikkelson'].some((name) => searchFinds(review, name)),
  ).length;
  expect(seed.reviews.some((review) => searchFinds(review, 'Mikkelson'))).toBe(true);
  const region = page.getByRole('region', { name: 'Reviews mention' });
  const him = region.getByRole('button', { name: `Mads Mikkelsen ${namesHim} reviews` });
  await expect(him).toBeVisible();
  // Once: neither part, nor the other spelling, is offered beside it.
  for (const part of ['Mads', 'Mikkelsen', 'Mikkelson'])
    await expect(region.getByRole('button', { name: new RegExp(`^${part} \\d`) })).toHaveCount(0);
  // Nor a word every film's reviews use.
  for (const generic of ['character', 'scenes', 'actors'])
    await expect(region.getByRole('button', { name: new RegExp(`^${generic} `, 'i') })).toHaveCount(
      0,
    );
  await him.click();
  await expect(page.getByRole('status')).toHaveText(status(namesHim));
  const chips = page.getByRole('list', { name: 'Searching for' });
  await expect(chips.getByRole('button', { name: 'Remove Mads Mikkelsen' })).toBeFocused();
  await expect(chips).toContainText('or 3 more');
  // The misspelt review is among them, its spelling marked.
  await expect(page.locator('mark', { hasText: /^Mikkelson$/ }).first()).toBeAttached();
  await chips.getByRole('button', { name: 'Remove Mads Mikkelsen' }).click();
  await expect(page.getByRole('status')).toHaveText(status(25));
});

test('the mentions are busy until their buttons show, not while their code loads', async ({
  page,
}) => {
  await page.goto('/');
  const region = page.getByRole('region', { name: 'Reviews mention' });
  await expect(region).toHaveAttribute('aria-busy', 'false');
  // At once, with no waiting: no "Counting…" left behind a region that says it is done.
  expect(await region.getByRole('button').count()).toBeGreaterThan(0);
  expect(await region.getByText('Counting…').count()).toBe(0);
});

test("a word the library's other films use as much is no longer offered for this one", async ({
  page,
}) => {
  await page.goto('/');
  const region = () => page.getByRole('region', { name: 'Reviews mention' });
  const labels = async () =>
    region()
      .getByRole('button')
      .evaluateAll((all) => all.map((b) => b.querySelector('.mention__label')?.textContent ?? ''));
  await expect(region().getByRole('button').first()).toBeVisible();
  // The first single word offered that is not a name: what another crime film says as much.
  const word = (await labels()).find((label) => /^[a-z]+$/.test(label));
  expect(word, 'a lower-case word is offered').toBeDefined();
  const said = word ?? '';
  // Eighty reviews of another film, each using the word among some sixty everyday ones: the
  // library then holds about 5,000 word uses besides this film's, enough to weigh against.
  const everyday =
    'about after again all also always another away back because before being between both came come could day did does down each even every few find first found from give goes good great have here home into just know last life like little long look made make many more most much must never night only other over people place right same should since some still such take than them then there these thing think those through time together told under very want well went were what when where which while will with without work world would year young'.split(
      ' ',
    );
  const reviews = Array.from({ length: 80 }, (_, i) => ({
    id: `other-${i}`,
    title: `Night ${i}`,
    author: `viewer${i}`,
    date: '2001-05-01',
    spoiler: false,
    rating: 1 + (i % 10),
    helpful: { up: 1, total: 2 },
    body: `The ${said} again. ${everyday.filter((_, k) => (k + i) % 3 !== 0).join(' ')}.`,
  }));
  const other = JSON.stringify({
    schemaVersion: 1,
    film: { title: 'Bleeder', year: 1999 },
    declaredReviewCount: null,
    reviews,
  });
  const dialog = await importFile(page, 'bleeder.json', other, 'application/json');
  await dialog.getByRole('button', { name: 'Add to library' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bleeder (1999)');
  // Its counts are kept once all its reviews have been counted (as are Pusher II's, opened first).
  await expect(region()).toHaveAttribute('aria-busy', 'false');
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            const open = indexedDB.open('reviewscope');
            open.onsuccess = () => {
              const db = open.result;
              const all = db.transaction('words').objectStore('words').getAll();
              all.onsuccess = () => {
                resolve((all.result as { film: { title: string } }[]).map((w) => w.film.title));
                db.close();
              };
            };
          }),
      ),
    )
    .toContain('Bleeder');
  await page
    .getByRole('combobox', { name: 'Dataset' })
    .selectOption({ label: 'Pusher II (2004) · 25 reviews' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pusher II (2004)');
  await expect(region()).toHaveAttribute('aria-busy', 'false');
  const now = await labels();
  expect(now).not.toContain(said);
  // What only this film's reviews say stays.
  expect(now).toContain('Mads Mikkelsen');
});

for (const { width, few } of [
  { width: 390, few: 3 },
  { width: 1024, few: 6 },
]) {
  test(`below 1,120 px (${width}) the mentions wrap, the first ${few} shown and the rest behind a button`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('/');
    const list = page.getByRole('region', { name: 'Reviews mention' }).getByRole('list');
    await expect(list.getByRole('button').first()).toBeVisible();
    const more = page.getByRole('button', { name: /^All \d+ mentions$/ });
    await expect(list.getByRole('button')).toHaveCount(few);
    const box = await list.boundingBox();
    expect(await list.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    expect(box?.width ?? 0).toBeLessThanOrEqual(width);
    await more.click();
    expect(await list.getByRole('button').count()).toBeGreaterThan(6);
    await expect(page.getByRole('button', { name: 'Fewer mentions' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
}
