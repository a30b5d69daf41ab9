import type { Dataset, Review } from '../../src/data/review-schema';
import { searchFinds } from '../testing/search-reference';
import { expect, openServed, test } from './fixtures';

const review = (id: string, title: string | null, body: string): Review => ({
  id,
  title,
  author: null,
  date: null,
  spoiler: false,
  body,
  rating: null,
  helpful: { up: 0, total: 0 },
});

// Reviews in scripts without spaces between words (Japanese, Chinese) and with them (Korean),
// beside a Latin one with accents.
const dataset: Dataset = {
  schemaVersion: 1,
  film: { title: 'Scripts', year: 2020 },
  declaredReviewCount: null,
  reviews: [
    review('jp', 'ガンダム 最高', '機動戦士ガンダム最高！本当にガンダムが好き。'),
    review('jp2', 'アニメ', 'ガンダム 最高です。'),
    review('kr', '최고의 한국 영화', '한국 영화 중에서 최고입니다.'),
    review('kr2', null, '한국영화는 처음 봤어요.'),
    review('kr3', null, '한국 배우들이 좋아요.'),
    review('zh', null, '这是一部好电影，最高的评价。'),
    review('la', 'Café', 'A cliché, but fine.'),
  ],
};
const total = dataset.reviews.length;

test.beforeEach(async ({ page }) => {
  await openServed(page, 'scripts', dataset);
  await expect(page.getByRole('status')).toHaveText(`Showing ${total} of ${total} reviews`);
});

test('searches in Japanese, Chinese and Korean find and mark what the reviews write', async ({
  page,
}) => {
  const search = page.getByRole('searchbox', { name: 'Search reviews' });
  const cases: Array<[string, number, string[]]> = [
    ['"한국 영화"', 1, ['한국 영화']],
    ['"ガンダム 最高"', 2, ['ガンダム 最高', 'ガンダム最高']],
    ['最高', 3, ['最高']],
    ['电影', 1, ['电影']],
    ['cliche', 1, ['cliché']],
  ];
  for (const [query, shown, marked] of cases) {
    // The rules' own answer, read from the reviews, agrees with what this test expects.
    expect(dataset.reviews.filter((r) => searchFinds(r, query)).length, query).toBe(shown);
    await search.fill(query);
    await expect(page.getByRole('status')).toHaveText(`Showing ${shown} of ${total} reviews`);
    const marks = page.getByRole('article').locator('mark');
    await expect(marks.first()).toBeVisible();
    const texts = await marks.allTextContents();
    expect(new Set(texts), query).toEqual(new Set(marked));
  }
  await search.fill('カンタム');
  await expect(page.getByRole('status')).toHaveText(`Showing 0 of ${total} reviews`);
});

test('mentions name only words the reviews write', async ({ page }) => {
  const region = page.getByRole('region', { name: 'Reviews mention' });
  await expect(region.getByRole('button', { name: /^한국/ })).toBeVisible();
  await expect(region).not.toContainText('カンタム');
  // Each mention's label is written, as it is shown, in some review.
  const written = dataset.reviews.map((r) => `${r.title ?? ''} ${r.body}`).join(' ');
  const labels = await region.locator('.mention__label').allTextContents();
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) expect(written, label).toContain(label);
});
