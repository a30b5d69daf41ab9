import type { Page } from '@playwright/test';
import { expect, openServed, test, testDataset, testReview } from './fixtures';

// The keystrokes below fill a date input's segments in the order en-US shows them: mm/dd/yyyy.
test.use({ locale: 'en-US' });

/** Serves `dates` as the reviews of a dataset at /e2e/<name>.json and opens it. */
async function openDated(page: Page, name: string, dates: ReadonlyArray<string | null>) {
  await openServed(
    page,
    name,
    testDataset(
      'Dated',
      2005,
      dates.map((date, i) => testReview(`r${i}`, 7, date)),
    ),
  );
  await expect(page.getByRole('status')).toHaveText(
    `Showing ${dates.length} of ${dates.length} reviews`,
  );
}

test('a day typed into From digit by digit applies, as in a plain date input', async ({ page }) => {
  await openDated(page, 'typed', ['2004-06-01', '2005-03-14', '2005-03-15', '2006-01-01', null]);
  const from = page.getByRole('group', { name: 'Date' }).getByLabel('From');
  await from.focus();
  await page.keyboard.type('03152005');
  await expect(from).toHaveValue('2005-03-15');
  await expect(page).toHaveURL(/[?&]from=2005-03-15(&|$)/);
  await expect(page.getByRole('status')).toHaveText('Showing 2 of 5 reviews');
  await expect(page.getByRole('heading', { name: 'Review r2' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Review r1' })).toHaveCount(0);
});

test('a year typed past four digits keeps the field, with no dated review to bound it', async ({
  page,
}) => {
  await openDated(page, 'undated', [null, null]);
  const from = page.getByRole('group', { name: 'Date' }).getByLabel('From');
  await from.focus();
  await page.keyboard.type('03152005');
  await expect(from).toHaveValue('2005-03-15');
  await expect(page.getByRole('status')).toHaveText('Showing 0 of 2 reviews');
  // A plain date input bounded to four-digit years starts the year again: still a day.
  await page.keyboard.type('1');
  await expect(from).toHaveValue(/^\d{4}-03-15$/);
  await expect(page).toHaveURL(/[?&]from=\d{4}-03-15(&|$)/);
});

test('a dataset dated in the year 50 has its years as periods, and a period shows its reviews', async ({
  page,
}) => {
  await openDated(page, 'year-50', ['0050-02-01', '0050-08-09', '0052-03-03', '0053-07-07', null]);
  const time = page.getByRole('figure', { name: 'Reviews over time' });
  const periods = time.getByRole('button', { name: /: \d+ reviews?$/ });
  await expect(periods).toHaveCount(4);
  await expect(periods.first()).toHaveAccessibleName('0050: 2 reviews');
  await expect(
    time.getByRole('table').getByRole('row').nth(1).getByRole('cell').first(),
  ).toHaveText('0050');
  await time.getByRole('button', { name: '0050: 2 reviews' }).click();
  await expect(page.getByRole('status')).toHaveText('Showing 2 of 5 reviews');
  await expect(page).toHaveURL(/[?&]from=0050-01-01&to=0050-12-31(&|$)/);
  const dates = page.getByRole('group', { name: 'Date' });
  await expect(dates.getByLabel('From')).toHaveValue('0050-01-01');
  await expect(dates.getByLabel('To')).toHaveValue('0050-12-31');
  await expect(page.getByRole('heading', { name: 'Review r1' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Review r2' })).toHaveCount(0);

  // The address it wrote opens the same view.
  await page.reload();
  await expect(page.getByRole('status')).toHaveText('Showing 2 of 5 reviews');
  await expect(dates.getByLabel('From')).toHaveValue('0050-01-01');
});

test('reviews from the years 1, 2020 and 9999 make ten millennia, not ten thousand years', async ({
  page,
}) => {
  await openDated(page, 'wide', ['0001-01-01', '2020-05-05', '2020-06-06', '9999-12-31']);
  const time = page.getByRole('figure', { name: 'Reviews over time' });
  const periods = time.getByRole('button', { name: /: \d+ reviews?$/ });
  await expect(periods).toHaveCount(10);
  await expect(periods.first()).toHaveAccessibleName('0000-0999: 1 review');
  await expect(periods.last()).toHaveAccessibleName('9000-9999: 1 review');
  await expect(time.getByRole('table').getByRole('row')).toHaveCount(11);
  await time.getByRole('button', { name: '2000-2999: 2 reviews' }).click();
  await expect(page.getByRole('status')).toHaveText('Showing 2 of 4 reviews');
  await expect(page).toHaveURL(/[?&]from=2000-01-01&to=2999-12-31(&|$)/);
  await expect(page.getByRole('heading', { name: 'Review r1' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Review r2' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Review r0' })).toHaveCount(0);
});

test('a period that starts in the year 0 applies, though a date input cannot show that year', async ({
  page,
}) => {
  await openDated(page, 'year-0', ['0000-03-01', '0001-01-01', '2020-01-01']);
  const time = page.getByRole('figure', { name: 'Reviews over time' });
  await time.getByRole('button', { name: '0000-0099: 2 reviews' }).click();
  await expect(page.getByRole('status')).toHaveText('Showing 2 of 3 reviews');
  await expect(page).toHaveURL(/[?&]from=0000-01-01&to=0099-12-31(&|$)/);
  const dates = page.getByRole('group', { name: 'Date' });
  await expect(dates.getByLabel('From')).toHaveValue('');
  await expect(dates.getByLabel('To')).toHaveValue('0099-12-31');
});

/** The result line over the bundled film's 25 reviews. */
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
