import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Review } from '@/data/review-schema';
import { foldText, foldWithPlaces } from '@/lib/fold';
import { storedBodyTest } from '@/query/byte-match';
import { computeColumns } from '@/query/columns-builder';
import { DatasetSession } from '@/query/dataset-session';
import { highlightRanges } from '@/query/highlight';
import { mentionsOf, type Mention } from '@/query/mentions';
import { openSession } from '@/query/loader/open-session';
import { runQuery } from '@/query/run-query';
import { foldedWords, parseSearch } from '@/query/search-syntax';
import { DEFAULT_VIEW } from '@/query/view-query';
import { makeDataset, makeReview } from '../testing/make-dataset';
import { searchFinds, textHoldsClause } from '../testing/search-reference';
import { storedDataset } from '../testing/stored';
import { withSearch } from '../testing/with-search';

// Pieces of text in many scripts, few enough that words and phrases recur: Latin with accents
// (composed and combining), Chinese, Japanese kana with dakuten and handakuten (composed and
// decomposed), Korean (syllables and their jamo), Thai with its marks, a stray combining mark.
const PIECES = [
  ...['a', 'Ab', 'é', 'e\u0301', 'ø', 'ß', 'ss'],
  ...['最高', '最', '高い', '映画', '電影', '好'],
  ...['ガンダム', 'カンタム', 'ガ', 'カ', 'カ\u3099', 'ぱ', 'は\u309a', 'は', 'ー'],
  ...['한국', '영화', '한', '\u1112\u1161\u11ab', '국'],
  ...['ภาพยนตร์', 'ดี', 'ด', 'ที่'],
  ...['\u0301', '\u0e31', '\ud840\udc0b'],
];
const SEPARATORS = ['', '', ' ', '  ', '、', '。', ', ', '-', '"'];

const scriptText = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 10 })
  .map((parts) => parts.map(([piece, between]) => piece + between).join(''));

// A search as a reader types it: words, phrases and exclusions of the same pieces.
const scriptSearch = fc
  .array(
    fc.tuple(
      fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 3 }),
      fc.constantFrom('word', 'phrase', 'exclude'),
    ),
    { minLength: 1, maxLength: 2 },
  )
  .map((clauses) =>
    clauses
      .map(([pieces, kind]) =>
        kind === 'phrase'
          ? `"${pieces.join(' ')}"`
          : `${kind === 'exclude' ? '-' : ''}${pieces.join('')}`,
      )
      .join(' '),
  );

const scriptReview = (id: number) =>
  fc
    .record({ title: fc.option(scriptText, { nil: null }), body: scriptText })
    .map(({ title, body }): Review => makeReview({ id: `r${id}`, title, body, author: null }));

const scriptDataset = fc
  .integer({ min: 1, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => scriptReview(i))))
  .map((reviews) => makeDataset(reviews));

const shown = (session: DatasetSession, search: string) =>
  Array.from(runQuery(session, { ...DEFAULT_VIEW, search }).indices).sort((a, b) => a - b);

function run(generator: Generator<void, Mention[] | null>): Mention[] | null {
  for (;;) {
    const next = generator.next();
    if (next.done) return next.value;
  }
}

describe('folding in every script', () => {
  it('keeps what tells letters apart and drops only accents', () => {
    expect(foldText('ガンダム')).toBe('ガンダム');
    expect(foldText('カ\u3099ンタ\u3099ム')).toBe('ガンダム');
    expect(foldText('ぱ')).not.toBe(foldText('は'));
    expect(foldText('한국 영화')).toBe('한국 영화');
    expect(foldText('\u1112\u1161\u11ab')).toBe('한');
    expect(foldText('ที่')).toBe('ที่');
    expect(foldText('Clichéd Nørrebro CAFE\u0301')).toBe('cliched norrebro cafe');
  });

  it('folds text and its decomposed form alike, and knows where each folded unit came from', () => {
    fc.assert(
      fc.property(scriptText, (text) => {
        expect(foldText(text.normalize('NFD'))).toBe(foldText(text.normalize('NFC')));
        const { text: folded, from, to } = foldWithPlaces(text);
        expect(folded).toBe(foldText(text));
        for (let k = 0; k < folded.length; k += 1) {
          const start = from[k] ?? -1;
          const end = to[k] ?? -1;
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeGreaterThan(start);
          expect(foldText(text.slice(start, end))).toContain(folded.charAt(k));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('search in scripts without spaces', () => {
  it('finds exactly what the rules find, from the index, the texts and bodies kept as bytes', () => {
    fc.assert(
      fc.property(scriptDataset, scriptSearch, (dataset, search) => {
        const expected = dataset.reviews
          .map((review, i) => (searchFinds(review, search) ? i : -1))
          .filter((i) => i >= 0);
        expect(shown(openSession(dataset), search)).toEqual(expected);
        expect(
          shown(withSearch(new DatasetSession(dataset, computeColumns(dataset), null)), search),
        ).toEqual(expected);
        expect(
          shown(openSession(storedDataset(dataset), { bodyTest: storedBodyTest }), search),
        ).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('marks a mark that starts a word together with the marks after it', () => {
    // Thai's mai han-akat, alone, then an acute accent: one character to mark, not half of one.
    expect(highlightRanges('\u0e31\u0301', '\u0e31')).toEqual([[0, 2]]);
  });

  it('marks a clause where and only where the rules find it, from the start of its first word', () => {
    let marked = 0;
    fc.assert(
      fc.property(scriptText, scriptSearch, (text, search) => {
        for (const clause of parseSearch(search)) {
          if (clause.exclude) continue;
          const query = `"${clause.words.join(' ')}"`;
          const ranges = highlightRanges(text, query);
          expect(ranges.length > 0, query).toBe(textHoldsClause(text, clause.words));
          for (const [start, end] of ranges) {
            marked += 1;
            expect(start).toBeLessThan(end);
            // Whole characters: no half of a surrogate pair, no letter parted from its marks.
            expect(text.slice(start, end)).not.toMatch(/^[\udc00-\udfff]/u);
            if (/^\p{M}/u.test(text.slice(start)))
              expect(text.slice(0, start)).not.toMatch(/[\p{L}\p{N}\p{M}]$/u);
            expect(text.slice(end)).not.toMatch(/^[\p{M}\udc00-\udfff]/u);
            expect(foldText(text.slice(start, end)).startsWith(clause.words[0] ?? '')).toBe(true);
          }
        }
        // Excluded words are never marked.
        const excluded = parseSearch(search).filter((clause) => clause.exclude);
        if (excluded.length === parseSearch(search).length)
          expect(highlightRanges(text, search)).toEqual([]);
      }),
      { numRuns: 1500 },
    );
    expect(marked).toBeGreaterThan(50);
  });

  const reviews = [
    makeReview({ id: 'kr', title: '최고의 한국 영화', body: '한국 영화 중에서 최고입니다.' }),
    makeReview({ id: 'kr2', title: null, body: '한국영화는 처음 봤어요.' }),
    makeReview({ id: 'kr3', title: null, body: '한국 배우들이 좋아요.' }),
    makeReview({
      id: 'jp',
      title: 'ガンダム 最高',
      body: '機動戦士ガンダム最高！本当にガンダムが好き。',
    }),
    makeReview({ id: 'jp2', title: 'アニメ', body: 'ガンダム 最高です。' }),
    makeReview({ id: 'zh', title: null, body: '这是一部好电影，最高的评价。' }),
    makeReview({ id: 'la', title: 'Café', body: 'A cliché, but fine.' }),
  ];
  const dataset = makeDataset(reviews);
  const found = (search: string) =>
    shown(openSession(dataset), search).map((i) => reviews[i]?.id ?? '');

  it.each([
    ['"한국 영화"', ['kr']],
    ['한국', ['kr', 'kr2', 'kr3']],
    ['"ガンダム 最高"', ['jp', 'jp2']],
    ['ガンダム', ['jp', 'jp2']],
    ['カンタム', []],
    ['最高', ['jp', 'jp2', 'zh']],
    ['電影', []],
    ['电影', ['zh']],
    ['ガンダム最高 -アニメ', ['jp']],
    ['cafe', ['la']],
    ['CLICHE', ['la']],
  ])('%j finds %j', (search, ids) => {
    expect(found(search)).toEqual(ids);
  });

  it('marks a single Chinese or Japanese word inside a run of letters, and phrases across a space', () => {
    const body = '这是一部好电影，最高的评价。';
    expect(highlightRanges(body, '电影')).toEqual([[5, 7]]);
    expect(highlightRanges('機動戦士ガンダム最高！', '最高')).toEqual([[8, 10]]);
    expect(highlightRanges('ガンダム 最高です', '"ガンダム 最高"')).toEqual([[0, 7]]);
    expect(highlightRanges('최고의 한국 영화', '"한국 영화"')).toEqual([[4, 9]]);
    // Decomposed kana are marked whole, and a bare kana does not match its voiced form.
    expect(highlightRanges('カ\u3099ンダム', 'ガン')).toEqual([[0, 3]]);
    expect(highlightRanges('ガンダム', 'カ')).toEqual([]);
  });

  it('mentions only words reviews write, as they write them', () => {
    const session = openSession(dataset);
    const shownAll = runQuery(session, DEFAULT_VIEW).indices;
    const mentions = run(mentionsOf(session, shownAll, '')) ?? [];
    const labels = mentions.map((mention) => mention.label);
    expect(labels).not.toContain('カンタム');
    expect(labels).toContain('한국');
    for (const mention of mentions) {
      // Each label occurs in a review as written, and its count is what search then shows.
      expect(
        reviews.some((review) => `${review.title ?? ''} ${review.body}`.includes(mention.label)),
        mention.label,
      ).toBe(true);
      expect(runQuery(session, { ...DEFAULT_VIEW, search: mention.search }).indices.length).toBe(
        mention.count,
      );
      expect(foldedWords(mention.search).join(' ')).toBe(foldedWords(mention.label).join(' '));
    }
  });
});
