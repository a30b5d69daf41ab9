import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filmsBackground, type FilmWords } from '@/query/film-words';
import { distinctiveness, mentionsOf, oneEditApart, type Mention } from '@/query/mentions';
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

  it("weighs words against the library's other films: what every film's reviews say is dropped", () => {
    const bodies = Array.from(
      { length: 12 },
      (_, i) =>
        `Leif Sylvester is frightening here. A gangster drama with brutal violence, review ${i}.`,
    );
    const crime = openSession({
      ...makeDataset(bodies.map((body, i) => makeReview({ id: `g${i}`, title: null, body }))),
      film: { title: 'Pusher II', year: 2004 },
    });
    const all = runQuery(crime, DEFAULT_VIEW).indices;
    const alone = (run(mentionsOf(crime, all, '')) ?? []).map((m) => m.label);
    expect(alone).toEqual(expect.arrayContaining(['gangster', 'brutal', 'violence']));

    // This film's counts are given to be kept, once all its reviews are shown.
    let kept: FilmWords | null = null;
    run(
      mentionsOf(crime, all, '', {
        background: null,
        keep: (words) => (kept = words),
        id: 'bundled:pusher-ii',
      }),
    );
    const mine = kept as FilmWords | null;
    if (mine === null) throw new Error("the film's word counts were not given to be kept");
    expect(mine.id).toBe('bundled:pusher-ii');
    expect(mine.film).toEqual({ title: 'Pusher II', year: 2004 });
    const words = mine.words.split(' ');
    expect(mine.counts[words.indexOf('gangster')]).toBe(12);
    expect(mine.counts[words.indexOf('sylvester')]).toBe(12);
    // Not when only some reviews are shown: the counts would not be the film's.
    let partly = false;
    run(
      mentionsOf(crime, all.subarray(0, 3), '', {
        background: null,
        keep: () => (partly = true),
        id: 'x',
      }),
    );
    expect(partly).toBe(false);

    // Two other crime films whose reviews say gangster, brutal and violence as often.
    const other = (id: string, title: string): FilmWords => ({
      id,
      film: { title, year: 2000 },
      total: 3000,
      words: 'gangster brutal violence drama',
      counts: Int32Array.of(200, 150, 150, 100),
    });
    const library = [other('one', 'Bleeder'), other('two', 'Fear X'), { ...mine, id: 'copy' }];
    const background = filmsBackground(library, 'bundled:pusher-ii', crime.dataset.film);
    // The second copy of this film is not weighed against: it is the same film.
    expect(background?.films).toBe(2);
    const weighed = (
      run(mentionsOf(crime, all, '', { background, keep: null, id: 'bundled:pusher-ii' })) ?? []
    ).map((m) => m.label);
    expect(weighed).toContain('Leif Sylvester');
    for (const word of ['gangster', 'brutal', 'violence']) expect(weighed).not.toContain(word);
    // Too few of the other films' words to tell: everyday English alone.
    expect(filmsBackground([other('one', 'Bleeder')], null, crime.dataset.film)).toBeNull();
  });

  it('offers a name once, with its parts and their close spellings, counted as search finds it', () => {
    const bodies = [
      'Mads Mikkelsen is superb as Tonny, and the characters around him too.',
      'Mads Mikkelsen again, in scene after scene.',
      'Mads Mikkelsen carries it; Nicolas Winding Refn directs.',
      'Mikkelsen alone would be worth it. Nicolas Winding Refn knows the streets.',
      'Mikkelson (sic) is the reason to watch. Winding Refn again.',
      'Mads is great. Nicolas Winding Refn, of course, and the actors.',
      'Nothing about him here, only the character and the scenes and the actors.',
    ];
    const named = openSession(
      makeDataset(bodies.map((body, i) => makeReview({ id: `n${i}`, title: null, body }))),
    );
    const shown = runQuery(named, DEFAULT_VIEW).indices;
    const mentions = run(mentionsOf(named, shown, '')) ?? [];
    const labels = mentions.map((m) => m.label);
    const him = mentions.find((m) => m.label === 'Mads Mikkelsen');
    // Every review that names him: as Mads Mikkelsen, Mads, Mikkelsen or Mikkelson.
    expect(him?.count).toBe(6);
    expect(him?.search).toBe('"Mads Mikkelsen" OR Mads OR Mikkelsen OR Mikkelson');
    expect(runQuery(named, { ...DEFAULT_VIEW, search: him?.search ?? '' }).indices.length).toBe(6);
    for (const part of ['Mads', 'Mikkelsen', 'Mikkelson']) expect(labels).not.toContain(part);
    // Two names that share a part are one person.
    const director = mentions.find((m) => m.label === 'Nicolas Winding Refn');
    expect(director?.count).toBe(4);
    for (const part of ['Nicolas Winding', 'Winding Refn', 'Refn', 'Nicolas'])
      expect(labels).not.toContain(part);
    // Words the reviews of any film use are no news about this one.
    for (const generic of ['character', 'characters', 'scene', 'scenes', 'actors'])
      expect(labels).not.toContain(generic);
    for (const mention of mentions) {
      const found = runQuery(named, { ...DEFAULT_VIEW, search: mention.search }).indices.length;
      expect(found, mention.search).toBe(mention.count);
    }
  });

  it('takes two words for spellings of each other exactly when one edit makes one the other', () => {
    // Optimal string alignment distance, the plain way.
    const distance = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i += 1)
        for (let j = 1; j <= b.length; j += 1) {
          const row = d[i] as number[];
          const up = d[i - 1] as number[];
          row[j] = Math.min(
            (up[j] ?? 0) + 1,
            (row[j - 1] ?? 0) + 1,
            (up[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
            row[j] = Math.min(row[j] ?? 0, ((d[i - 2] as number[])[j - 2] ?? 0) + 1);
        }
      return (d[a.length] as number[])[b.length] ?? 0;
    };
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'e', 'k'), maxLength: 7 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(oneEditApart(a, b)).toBe(distance(a, b) === 1);
      }),
      { numRuns: 3000 },
    );
    expect(oneEditApart('mikkelsen', 'mikkelson')).toBe(true);
    expect(oneEditApart('mikkelsen', 'mikkelsne')).toBe(true);
  });
});
