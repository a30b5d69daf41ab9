import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openSession } from '@/query/loader/open-session';
import { DatasetSession } from '@/query/dataset-session';
import { computeColumns } from '@/query/columns-builder';
import { highlightRanges } from '@/query/highlight';
import { markWord, vocabularyWords } from '@/query/search-index';
import { buildSearchIndex } from '@/query/search-index-builder';
import { parseSearch, searchTerms, searchWithout } from '@/query/search-syntax';
import { clauseGroups } from '@/query/session-search';
import { searchWith } from '@/query/search-with';
import { makeDataset, makeReview } from '../testing/make-dataset';
import { withSearch } from '../testing/with-search';

const clauses = (query: string) =>
  parseSearch(query).map(({ words, exclude }) =>
    exclude ? `-${words.join(' ')}` : words.join(' '),
  );

describe('searchWith', () => {
  it('adds a word as a clause of its own after an open quote or a dangling exclusion', () => {
    expect(searchWith('"mads', 'tonny')).toBe('"mads" tonny');
    expect(clauses(searchWith('"mads', 'tonny'))).toEqual(['mads', 'tonny']);
    expect(clauses(searchWith('tonny -"', 'mads'))).toEqual(['tonny', 'mads']);
    expect(clauses(searchWith('tonny -', 'mads'))).toEqual(['tonny', 'mads']);
    expect(clauses(searchWith('-"kim bodnia', '"mads mikkelsen"'))).toEqual([
      '-kim bodnia',
      'mads mikkelsen',
    ]);
    expect(searchWith('mads OR', 'tonny')).toBe('mads tonny');
    expect(searchWith('"mads OR', 'tonny')).toBe('"mads OR" tonny');
    expect(searchWith('', 'tonny')).toBe('tonny');
    expect(searchWith('  ', '"two words"')).toBe('"two words"');
  });

  it('keeps every clause the box had and adds exactly the new one, whatever the box holds', () => {
    const boxText = fc.string({
      unit: fc.constantFrom('a', 'b', 'é', ' ', '"', '-', '/', '\t'),
      maxLength: 24,
    });
    const addition = fc.oneof(
      fc.constantFrom('tonny', 'mads', 'b'),
      fc.constantFrom('"mads mikkelsen"', '"kim bodnia"'),
    );
    fc.assert(
      fc.property(boxText, addition, (box, added) => {
        const before = clauses(box);
        const expected = [...before, ...clauses(added).filter((key) => !before.includes(key))];
        expect(clauses(searchWith(box, added))).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseSearch', () => {
  it('reads words, phrases and exclusions', () => {
    expect(clauses('Mikkelsen -Tonny')).toEqual(['mikkelsen', '-tonny']);
    expect(clauses('"two words" father')).toEqual(['two words', 'father']);
    expect(clauses('-"Mads Mikkelsen" drama')).toEqual(['-mads mikkelsen', 'drama']);
  });

  it('ignores empty quotes, a lone dash and repeats', () => {
    expect(clauses('""')).toEqual([]);
    expect(clauses('" "')).toEqual([]);
    expect(clauses('-')).toEqual([]);
    expect(clauses('a - b')).toEqual(['a', 'b']);
    expect(clauses('-""')).toEqual([]);
    expect(clauses('film FILM "film"')).toEqual(['film']);
  });

  it('folds accents inside phrases and splits words at punctuation', () => {
    expect(clauses('"Nørrebro Café"')).toEqual(['norrebro cafe']);
    expect(clauses('9/10')).toEqual(['9 10']);
    expect(clauses('"unclosed phrase')).toEqual(['unclosed phrase']);
  });

  it('joins clauses with OR into one group, and reads OR anywhere else as the word', () => {
    const groups = (query: string) =>
      clauseGroups(parseSearch(query)).map((group) =>
        group.map(({ words, exclude }) => `${exclude ? '-' : ''}${words.join(' ')}`).join(' | '),
      );
    expect(groups('Mikkelsen OR Mikkelson')).toEqual(['mikkelsen | mikkelson']);
    expect(groups('"Mads Mikkelsen" OR Mads OR Mikkelson tonny')).toEqual([
      'mads mikkelsen | mads | mikkelson',
      'tonny',
    ]);
    expect(groups('OR father')).toEqual(['or', 'father']);
    expect(groups('father OR')).toEqual(['father', 'or']);
    expect(groups('a OR -b')).toEqual(['a', 'or', '-b']);
    expect(groups('a or b')).toEqual(['a', 'or', 'b']);
    expect(groups('a OR OR b')).toEqual(['a', 'or', 'b']);
    // The same group twice is one; a clause alone and in a group are two things asked.
    expect(groups('a OR b b OR a')).toEqual(['a | b', 'b | a']);
    expect(groups('a OR b a')).toEqual(['a | b', 'a']);
  });

  it('gives one chip per group, which takes its OR with it', () => {
    expect(searchTerms('"Mads Mikkelsen" OR Mikkelson tonny')).toEqual([
      { key: 'mads mikkelsen OR mikkelson', text: 'Mads Mikkelsen', alternatives: ['Mikkelson'] },
      { key: 'tonny', text: 'tonny', alternatives: [] },
    ]);
    expect(
      searchWithout('"Mads Mikkelsen" OR Mikkelson tonny', 'mads mikkelsen OR mikkelson'),
    ).toBe('tonny');
    expect(searchWithout('a OR b c', 'c')).toBe('a OR b');
  });

  it('never throws and gives folded words only, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (query) => {
        for (const clause of parseSearch(query)) {
          expect(clause.words.length).toBeGreaterThan(0);
          for (const word of clause.words) expect(word).toMatch(/^[\p{L}\p{N}]+$/u);
        }
      }),
    );
  });
});

describe('search by the rules', () => {
  const reviews = [
    makeReview({ id: 'a', title: 'The Godfather', body: 'A gangster film.' }),
    makeReview({ id: 'b', title: 'Fathers and sons', body: 'Mads Mikkelsen is Tonny.' }),
    makeReview({ id: 'c', title: null, body: 'Mads is good; Mikkelsen too. Nørrebro café.' }),
    makeReview({ id: 'd', title: 'Rated', body: 'I give it 9/10, father.' }),
  ];
  const dataset = makeDataset(reviews);
  const sessions = [
    openSession(dataset),
    withSearch(new DatasetSession(dataset, computeColumns(dataset), null)),
  ];
  const found = (session: DatasetSession, search: string) => {
    const mask = session.searchMask(search);
    return reviews.filter((_, i) => mask?.[i] === 1).map((review) => review.id);
  };

  it.each([
    ['father', ['b', 'd']],
    ['"mads mikkelsen"', ['b']],
    ['mads mikkelsen', ['b', 'c']],
    ['Mikkelsen -Tonny', ['c']],
    ['"norrebro cafe"', ['c']],
    ['"NØRREBRO CAFÉ"', ['c']],
    ['9/10', ['d']],
    ['-father', ['a', 'c']],
    ['"mads mik"', ['b']],
    ['"ma mikkelsen"', []],
    ['godfather', ['a']],
    ['godfather OR tonny', ['a', 'b']],
    ['"mads mikkelsen" OR 9/10', ['b', 'd']],
    ['mikkelsen OR father -tonny', ['c', 'd']],
    ['gangster OR godfather', ['a']],
  ])('%j finds %j, with or without the index', (search, ids) => {
    for (const session of sessions) expect(found(session, search)).toEqual(ids);
  });

  it('marks what it matches and nothing it excludes', () => {
    expect(highlightRanges('The Godfather and fathers', 'father')).toEqual([[18, 24]]);
    expect(highlightRanges('Mads Mikkelsen, Mads', '"mads mikkelsen"')).toEqual([[0, 14]]);
    expect(highlightRanges('Mads and Tonny', 'mads -tonny')).toEqual([[0, 4]]);
  });
});

describe('search index', () => {
  it('keeps its words sorted and finds every word a prefix starts', () => {
    const index = buildSearchIndex([
      ['Gangster', 'a gangsters film', null],
      [null, 'gang', 'ångström'],
      ['', '', ''],
    ]);
    const words = vocabularyWords(index);
    expect(words).toEqual([...words].sort());
    const marked = (word: string, whole = false) => {
      const mask = new Uint8Array(3);
      markWord(index, word, mask, whole);
      return [...mask];
    };
    expect(marked('gang')).toEqual([1, 1, 0]);
    expect(marked('gang', true)).toEqual([0, 1, 0]);
    expect(marked('gangsters')).toEqual([1, 0, 0]);
    expect(marked('angstrom')).toEqual([0, 1, 0]);
    expect(marked('zebra')).toEqual([0, 0, 0]);
  });
});

describe('searchWithout', () => {
  it('takes one clause out, the rest as written', () => {
    expect(searchWithout('Mads "Kim Bodnia" -Tonny', 'kim bodnia')).toBe('Mads -Tonny');
    expect(searchWithout('Mikkelsen refn MIKKELSEN', 'mikkelsen')).toBe('refn');
    expect(searchWithout('-Tonny Tonny', '-tonny')).toBe('Tonny');
    expect(searchWithout('"open phrase', 'open phrase')).toBe('');
  });

  it('leaves every other clause, for any search', () => {
    const piece = fc.constantFrom(
      'Mads',
      'mads',
      '"Kim Bodnia"',
      '-Tonny',
      'Ø',
      '"',
      '-',
      'x"y',
      '9/10',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), fc.nat(5), (pieces, pick) => {
        const query = pieces.join(' ');
        const clauses = parseSearch(query);
        const gone = clauses[pick % Math.max(clauses.length, 1)];
        if (!gone) return;
        expect(parseSearch(searchWithout(query, gone.key)).map((c) => c.key)).toEqual(
          clauses.filter((c) => c.key !== gone.key).map((c) => c.key),
        );
      }),
    );
  });
});
