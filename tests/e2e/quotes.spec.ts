import { expect, test } from './fixtures';

test.describe('quotes', () => {
  test('what reviewers say about a name: the sentences, by tone, each leading to its review', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search reviews' }).fill('Mikkelsen');
    await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(
      /^Showing \d+ of 25 reviews$/,
    );
    await page
      .getByRole('radiogroup', { name: 'View' })
      .getByRole('radio', { name: 'Quotes' })
      .check();
    await expect(page).toHaveURL(/view=quotes/);
    const quotes = page.locator('.quote');
    await expect(quotes.first()).toBeVisible();
    // Every quote holds the name, marked.
    for (const quote of await quotes.all()) {
      await expect(quote.locator('mark').first()).toHaveText(/^Mikkelsen$/i);
    }
    await expect(page.getByRole('article')).toHaveCount(0);
    // The view comes back with the address.
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Quotes' })).toBeChecked();
    await expect(quotes.first()).toBeVisible();

    const link = quotes.first().getByRole('link', { name: 'Read the review' });
    const href = new URL((await link.getAttribute('href')) ?? '', page.url());
    expect(href.searchParams.get('q')).toBeNull();
    const id = href.searchParams.get('review');
    expect(id).not.toBeNull();
    await link.click();
    await expect(page.getByRole('radio', { name: 'Reviews' })).toBeChecked();
    await expect(page.locator(`article[data-review-id="${id}"]`)).toBeFocused();
  });
});
