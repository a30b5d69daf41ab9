import { readFileSync } from 'node:fs';
import { expect, openServed, test, testDataset, testReview } from './fixtures';

// 1,500 reviews: read by the loader's worker, whose tones come with the search index.
const PRAISE = 'A brilliant, beautiful film. I loved it.';
const COMPLAINT = 'Boring, awful and stupid. What a waste.';
const PLAIN = 'It is set in Copenhagen.';
function toneDataset() {
  const reviews = Array.from({ length: 1500 }, (_, i) => ({
    ...testReview(`t${i}`, null, '2005-01-01'),
    body: [PRAISE, COMPLAINT, PLAIN][i % 3],
    helpful: { up: i % 3 === 1 ? 1 + (i % 7) : 0, total: 10 },
  }));
  return testDataset('Tones', 2005, reviews);
}

test.describe('tone', () => {
  test('the bundled film can be read by tone, labelled as inferred', async ({ page }) => {
    await page.goto('/');
    const group = page.getByRole('group', { name: 'Tone' });
    await expect(group).toBeVisible();
    await expect(group).toHaveAccessibleDescription(/^Inferred from the text/);
    await group.getByRole('checkbox', { name: 'Negative' }).check();
    await expect(page).toHaveURL(/tone=negative/);
    const status = page.getByRole('status').filter({ hasText: /^Showing/ });
    await expect(status).toHaveText(/^Showing \d+ of 25 reviews$/);
    const shown = Number((await status.textContent())?.match(/Showing (\d+)/)?.[1]);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(25);
    await expect(page.getByRole('article')).toHaveCount(shown);
    for (const article of await page.getByRole('article').all()) {
      await expect(article.getByText('negative tone (inferred)')).toBeVisible();
    }
    // The address brings the same view back.
    await page.reload();
    await expect(
      page.getByRole('group', { name: 'Tone' }).getByRole('checkbox', { name: 'Negative' }),
    ).toBeChecked();
    await expect(status).toHaveText(`Showing ${shown} of 25 reviews`);
  });

  test('a large dataset gets its tones with its index, then filters, sorts and exports by them', async ({
    page,
  }) => {
    await openServed(page, 'tones', toneDataset());
    const group = page.getByRole('group', { name: 'Tone' });
    await expect(group.getByRole('checkbox', { name: 'Negative' })).toHaveAccessibleDescription(
      '500 reviews',
    );
    await expect(group.getByRole('checkbox', { name: 'Positive' })).toHaveAccessibleDescription(
      '500 reviews',
    );
    await expect(group.getByRole('checkbox', { name: 'Mixed' })).toHaveAccessibleDescription(
      '500 reviews',
    );
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('Most helpful negative');
    const first = page.getByRole('article').first();
    await expect(first.getByText('negative tone (inferred)')).toBeVisible();
    await expect(first).toContainText(COMPLAINT);

    await group.getByRole('checkbox', { name: 'Positive' }).check();
    await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(
      'Showing 500 of 1,500 reviews',
    );
    await page.getByRole('button', { name: 'Export' }).click();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'CSV' }).click(),
    ]);
    const rows = readFileSync(await csv.path(), 'utf8').split('\r\n');
    expect(rows[0]).toMatch(/,tone,toneScore$/);
    expect(rows.filter((row) => row.includes(PRAISE))).toHaveLength(500);
    expect(rows[1]).toMatch(/,positive,1$/);
  });
});
