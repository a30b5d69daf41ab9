import { describe, expect, it } from 'vitest';
import { distinctiveness, mentionsOf, type Mention } from '@/query/mentions';
import { openSession } from '@/query/loader/open-session';
import { runQuery } from '@/query/run-query';
import { DEFAULT_VIEW, SORT_KEYS } from '@/query/view-query';
import { makeDataset, makeReview } from '../testing/make-dataset';

function run(generator: Generator<void, Mention[] | null>): Mention[] | null {
  for (;;) {
    const next = generator.next();
    if (next.done) return next.value;
  }
}

const reviews = [
  makeReview({
    id: 'a',
    title: 'Pusher sequel',
    body: 'Mads Mikkelsen is brutal. Mikkelsen shines.',
  }),
  makeReview({ id: 'b', title: 'Dark', body: 'Mads Mikkelsen again, and Copenhagen at night.' }),
  makeReview({
    id: 'c',
    title: 'Bleak',
    body: 'A bleak Copenhagen story with Mikkelsens everywhere.',
  }),
  makeReview({ id: 'd', title: 'Quiet', body: 'The film is quiet and the film is long.' }),
];
const dataset = { ...makeDataset(reviews), film: { title: 'Pusher II', year: 2004 } };
const session = openSession(dataset);

describe('mentionsOf', () => {
  it('counts each word once per review, by the rules search finds it', () => {
    const shown = runQuery(session, DEFAULT_VIEW).indices;
    const mentions = run(mentionsOf(session, shown, '')) ?? [];
    for (const mention of mentions) {
      const found = runQuery(session, { ...DEFAULT_VIEW, search: mention.search }).indices.length;
      expect(found, mention.search).toBe(mention.count);
    }
    const byLabel = Object.fromEntries(mentions.map((m) => [m.label, m.count]));
    expect(byLabel.Mikkelsen).toBe(3);
    expect(byLabel['Mads Mikkelsen']).toBe(2);
    expect(byLabel.Copenhagen).toBe(2);
    // Common words, the film's title and words of one review are left out.
    for (const left of ['the', 'film', 'Pusher', 'is', 'Quiet'])
      expect(byLabel[left]).toBeUndefined();
  });

  it('follows the view and leaves out what is searched already', () => {
    const view = { ...DEFAULT_VIEW, search: 'copenhagen' };
    const shown = runQuery(session, view).indices;
    const mentions = run(mentionsOf(session, shown, view.search)) ?? [];
    expect(mentions.map((m) => m.label)).not.toContain('Copenhagen');
    for (const mention of mentions) {
      const search = `${view.search} ${mention.search}`;
      expect(runQuery(session, { ...view, search }).indices.length).toBe(mention.count);
    }
  });

  it('depends on which reviews are shown, not on their order', () => {
    // Each sort puts another of these first, and each writes the name its own way.
    const written = openSession(
      makeDataset([
        makeReview({ id: 'x', body: 'MIKKELSEN rules.', date: '2004-01-01', rating: 2 }),
        makeReview({
          id: 'y',
          body: 'Mikkelsen rules, a long review of it all.',
          date: '2010-01-01',
          rating: 9,
          helpful: { up: 9, total: 9 },
        }),
        makeReview({ id: 'z', body: 'mikkelsen Rules', date: '2007-01-01', rating: 5 }),
      ]),
    );
    const bySort = SORT_KEYS.map((sort) =>
      run(mentionsOf(written, runQuery(written, { ...DEFAULT_VIEW, sort }).indices, '')),
    );
    const mention = bySort[0]?.find((m) => m.search.toLowerCase() === 'mikkelsen');
    expect(mention?.label).toBe('MIKKELSEN');
    // Added to the search as the reviews write it, so its chip reads the same.
    expect(mention?.search).toBe('MIKKELSEN');
    for (const mentions of bySort) expect(mentions).toEqual(bySort[0]);
  });

  it("offers what this film's reviews say more than everyday English does", () => {
    // Said as often, a name is far more distinctive than a common word; `the` is not at all.
    expect(distinctiveness(10, 2000, 'bodnia')).toBeGreaterThan(distinctiveness(10, 2000, 'great'));
    expect(distinctiveness(10, 2000, 'great')).toBeGreaterThan(distinctiveness(10, 2000, 'the'));
    expect(distinctiveness(40, 2000, 'the')).toBeLessThan(0);

    const reviews = ['a', 'b', 'c', 'd'].map((id) =>
      makeReview({
        id,
        body: `Leif Sylvester plays Smeden. The gangsters and the gangster's son, ${id}.`,
      }),
    );
    const offered = run(
      mentionsOf(openSession(makeDataset(reviews)), Int32Array.from([0, 1, 2, 3]), ''),
    );
    const labels = offered?.map((m) => m.label) ?? [];
    // The name once, not its parts; the singular, which search finds the plural by.
    expect(labels).toContain('Leif Sylvester');
    expect(labels).not.toContain('Leif');
    expect(labels).not.toContain('Sylvester');
    expect(labels).toContain('gangster');
    expect(labels).not.toContain('gangsters');
    expect(labels).not.toContain('The');
  });
});
