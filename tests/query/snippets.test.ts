import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { marker } from '@/query/session-search';
import { bodySnippets, SNIPPET_LENGTH, sentenceSpans } from '@/query/snippets';

const sentences = (text: string) => sentenceSpans(text).map(([a, b]) => text.slice(a, b));

/** The snippets of `body` for `search`, as the cards get them. */
function snippetsFor(body: string, search: string) {
  const marks = marker(search);
  if (marks === null) throw new Error(`"${search}" asks for nothing`);
  return marks.snippets(body);
}

/** A snippet's text with its marks in brackets: `The [father] left.` */
const bracketed = ({ text, marks }: { text: string; marks: ReadonlyArray<readonly number[]> }) => {
  let out = '';
  let at = 0;
  for (const [start = 0, end = 0] of marks) {
    out += `${text.slice(at, start)}[${text.slice(start, end)}]`;
    at = end;
  }
  return out + text.slice(at);
};

describe('sentenceSpans', () => {
  it('ends a sentence at . ! or ? before a space or line break, and at every line break', () => {
    expect(sentences('One. Two! Three? Four')).toEqual(['One.', 'Two!', 'Three?', 'Four']);
    expect(sentences('First line\nsecond line.\n\nNew paragraph.')).toEqual([
      'First line',
      'second line.',
      'New paragraph.',
    ]);
    expect(sentences('Closing quotes stay. "Really?!" she said.')).toEqual([
      'Closing quotes stay.',
      '"Really?!"',
      'she said.',
    ]);
  });

  it('does not end a sentence inside a number, a name or an ellipsis run into a word', () => {
    expect(sentences('It costs 3.50 at www.example.com and...no more')).toEqual([
      'It costs 3.50 at www.example.com and...no more',
    ]);
    expect(sentences('Rated 9/10. A 2.5 hour film.')).toEqual(['Rated 9/10.', 'A 2.5 hour film.']);
  });

  it('gives nothing for blank text, and drops the spaces around sentences', () => {
    expect(sentences('')).toEqual([]);
    expect(sentences(' \n\n  \r\n ')).toEqual([]);
    expect(sentences('  Padded.   \n\n  Also padded!  ')).toEqual(['Padded.', 'Also padded!']);
  });

  it('covers the text in order: spans increase, never overlap, and only spaces lie between', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'b', ' ', '.', '!', '?', '\n', '"', ')'),
          maxLength: 80,
        }),
        (text) => {
          const spans = sentenceSpans(text);
          let at = 0;
          for (const [start, end] of spans) {
            expect(start).toBeGreaterThanOrEqual(at);
            expect(end).toBeGreaterThan(start);
            expect(text.slice(at, start).trim()).toBe('');
            expect(text.slice(start, end)).toBe(text.slice(start, end).trim());
            // A sentence holds no line break.
            expect(text.slice(start, end)).not.toMatch(/\n/);
            at = end;
          }
          expect(text.slice(at).trim()).toBe('');
        },
      ),
    );
  });

  it('splits a long review quickly', () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `Sentence number ${i} is here.`).join(
      ' ',
    );
    const started = performance.now();
    expect(sentenceSpans(body)).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('bodySnippets', () => {
  const body =
    'The first Pusher was raw. Nothing here about him.\n\n' +
    'Tonny wants his father to see him. His father, the Duke, does not.\n\n' +
    'The ending is bleak! Fathers and sons, again.';

  it('gives the first two matching sentences with their matches marked, and counts the rest', () => {
    const found = snippetsFor(body, 'father');
    expect(found.shown.map(bracketed)).toEqual([
      'Tonny wants his [father] to see him.',
      'His [father], the Duke, does not.',
    ]);
    expect(found.sentences).toBe(3);
    expect(found.matches).toBe(3);
  });

  it('follows the search: word starts, phrases, several words, and never an excluded word', () => {
    // Word starts: "fathers" is found (its start marked), "godfather" is not.
    expect(snippetsFor('The godfather left. Fathers stay.', 'father').shown.map(bracketed)).toEqual(
      ['[Father]s stay.'],
    );
    // A phrase marks its words together; its words apart do not match.
    expect(snippetsFor(body, '"his father"').shown.map(bracketed)).toEqual([
      'Tonny wants [his father] to see him.',
      '[His father], the Duke, does not.',
    ]);
    expect(snippetsFor(body, '"duke father"').sentences).toBe(0);
    // Case and accents are ignored, as by search.
    expect(snippetsFor('Très BIEN. Tres bien.', 'tres').shown.map(bracketed)).toEqual([
      '[Très] BIEN.',
      '[Tres] bien.',
    ]);
    // Every wanted word marks; excluded words never make a snippet.
    const mixed = snippetsFor(body, 'pusher -duke ending');
    expect(mixed.shown.map(bracketed)).toEqual([
      'The first [Pusher] was raw.',
      'The [ending] is bleak!',
    ]);
    expect(mixed.shown.some(({ text }) => text.includes('Duke'))).toBe(false);
    expect(marker('-father')).toBeNull();
  });

  it('gives nothing when the body does not match (a match in the title or author is shown there)', () => {
    expect(snippetsFor(body, 'mikkelsen')).toEqual({ shown: [], sentences: 0, matches: 0 });
  });

  it('joins the sentences a phrase runs across', () => {
    expect(snippetsFor('It ends. Then it starts.', '"ends then"').shown.map(bracketed)).toEqual([
      'It [ends. Then] it starts.',
    ]);
  });

  it('shortens a long sentence around its first match, at spaces, with an ellipsis', () => {
    const before = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const after = Array.from({ length: 60 }, (_, i) => `more${i}`).join(' ');
    const long = `${before} the father ${after}.`;
    const [snippet] = snippetsFor(`Short one. ${long} Last.`, 'father').shown;
    expect(snippet).toBeDefined();
    const text = snippet?.text ?? '';
    expect(text.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
    expect(text.startsWith('…word')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toMatch(/^…word\d+ .* more\d+…$/);
    expect(bracketed(snippet ?? { text: '', marks: [] })).toContain('the [father] more0');
    // A match at the very end of a long sentence keeps the sentence's end.
    const [late] = snippetsFor(`${before} ${after} father.`, 'father').shown;
    expect(late?.text.endsWith(' father.')).toBe(true);
    expect(late?.text.startsWith('…')).toBe(true);
  });

  it('cuts a sentence with no spaces between characters, keeping the match and characters whole', () => {
    const halfPair = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const lead of ['', 'a']) {
      const [snippet] = snippetsFor(
        `${lead}${'😀'.repeat(300)}father${'😀'.repeat(300)}`,
        'father',
      ).shown;
      const text = snippet?.text ?? '';
      expect(text).toMatch(/^…😀+father😀+…$/u);
      expect(text).not.toMatch(halfPair);
      expect(bracketed(snippet ?? { text: '', marks: [] })).toContain('[father]');
    }
  });

  it('memoises per body for one search', () => {
    const marks = marker('father');
    expect(marks?.snippets(body)).toBe(marks?.snippets(body));
    expect(marker('father')?.snippets(body)).not.toBe(marks?.snippets(body));
  });

  it('every snippet is a piece of the body, around its ellipses, and each mark is a match', () => {
    const word = fc.constantFrom(
      'father',
      'Father',
      'fathers',
      'godfather',
      'son',
      'the',
      'Duke',
      'é',
    );
    const gap = fc.constantFrom(' ', '. ', '! ', '? ', ', ', '\n\n', '\n', '. "', ' - ');
    const text = fc
      .array(fc.tuple(word, gap), { maxLength: 120 })
      .map((parts) => parts.map(([w, g]) => w + g).join(''));
    const search = fc.constantFrom(
      'father',
      'son',
      '"father son"',
      'the -duke',
      'fa',
      'duke father',
    );
    fc.assert(
      fc.property(text, search, fc.integer({ min: 20, max: 300 }), (body, query, length) => {
        const marks = marker(query);
        if (marks === null) return;
        const ranges = marks(body);
        const found = bodySnippets(body, ranges, 2, length);
        expect(found.matches).toBe(ranges.length);
        expect(found.shown.length).toBe(Math.min(2, found.sentences));
        expect(found.sentences).toBeLessThanOrEqual(ranges.length);
        const matched = new Set(ranges.map(([a, b]) => body.slice(a, b)));
        for (const snippet of found.shown) {
          const inner = snippet.text.replace(/^…/, '').replace(/…$/, '');
          expect(body).toContain(inner);
          // The first match is whole, whatever was cut around it.
          const [first] = snippet.marks;
          expect(first).toBeDefined();
          expect(matched.has(snippet.text.slice(first?.[0], first?.[1]))).toBe(true);
          for (const [a, b] of snippet.marks) {
            expect(a).toBeLessThan(b);
            // A mark is a match, or a match's part where a long sentence was cut.
            const piece = snippet.text.slice(a, b);
            expect([...matched].some((m) => m.includes(piece))).toBe(true);
          }
          // What the marker finds in the snippet on its own is what the snippet marks, save at
          // a cut (a word cut in two may start a word there).
          if (!snippet.text.includes('…')) {
            expect(snippet.marks).toEqual(marks(snippet.text));
          }
        }
      }),
    );
  });
});
