import { readFileSync } from 'node:fs';
import { expect, openServed, test, testDataset, testReview } from './fixtures';

test.describe('export', () => {
  test('the export menu says which reviews each item holds', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('checkbox', { name: 'Hide spoilers' }).check();
    await page.getByRole('button', { name: 'Export' }).click();
    const csv = page.getByRole('menuitem', { name: 'CSV', exact: true });
    await expect(csv).toHaveText('CSV: the 22 shown reviews');
    await expect(csv).toHaveAccessibleDescription('the 22 shown reviews');
    await expect(page.getByRole('menuitem', { name: 'JSON', exact: true })).toHaveText(
      'JSON: the 22 shown reviews',
    );
    await expect(page.getByRole('menuitem', { name: 'Page text', exact: true })).toHaveText(
      'Page text: all 25',
    );
  });

  test('CSV export neutralises cells that would run as formulas', async ({ page }) => {
    const formula = '=HYPERLINK("http://example.com","click")';
    await openServed(
      page,
      'formula',
      testDataset('Formulas', 2004, [
        { ...testReview('f1', 7, '2005-01-01'), title: formula, author: '@SUM(A1)', body: '-2+3' },
      ]),
    );
    await page.getByRole('button', { name: 'Export' }).click();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'CSV' }).click(),
    ]);
    const row = readFileSync(await csv.path(), 'utf8').split('\r\n')[1];
    expect(row).toBe(
      // The body has no word of feeling: its inferred tone is mixed, with no score.
      `f1,"'=HYPERLINK(""http://example.com"",""click"")","'@SUM(A1)",2005-01-01,7,false,1,2,"'-2+3",mixed,`,
    );
  });
});
