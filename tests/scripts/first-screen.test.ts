import { readFileSync } from 'node:fs';
import { parseDocument } from 'htmlparser2';
import { findAll, textContent } from 'domutils';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_INDEX } from '@/data/bundled-index';
import { STORAGE_KEYS } from '@/store/persisted';
import { appGateNames, gateScript } from '../../scripts/first-screen/gate';
import {
  FirstScreenProblem,
  firstScreenMarkup,
  stillScreen,
  styledAttributes,
  withFirstScreen,
} from '../../scripts/first-screen/markup';

const CSS = readFileSync('src/app/theme.css', 'utf8');
const STYLED = styledAttributes(CSS);

/** A captured root as the browser serialises it: labels, ids, names, a search field, a review. */
const CAPTURED = [
  '<header class="page-header"><h1 tabindex="-1" data-dataset-key="/data/x.json"><bdi>Film</bdi> (2004)</h1></header>',
  '<section class="controls" aria-label="Sort and filter">',
  '<label for="_r_1_">Search</label><input id="_r_1_" type="search" title="How to search" value="" placeholder="Words">',
  '<button type="button" aria-expanded="false" aria-controls="_r_3_">Filters</button>',
  '<div id="_r_3_" class="filter-fold__panel"><label><input type="radio" name="_r_5_" checked=""> All</label></div>',
  '</section>',
  '<div class="review-list" style="padding-top: 0px; padding-bottom: 0px;">',
  '<article class="review" aria-labelledby="t1" data-review-id="r1"><h3 id="t1">A title</h3>',
  '<p class="review__body">&lt;img src=x onerror="alert(1)"&gt; &amp; more</p>',
  '<button type="button" aria-pressed="false">Helpful</button></article>',
  '</div>',
].join('');

const elementsOf = (html: string) => findAll(() => true, parseDocument(html).children);

describe('the still first screen', () => {
  it('keeps what the page looks like and drops what names, labels or focuses', () => {
    const still = stillScreen(CAPTURED, STYLED);
    const elements = elementsOf(still);
    const names = new Set(elements.flatMap((element) => Object.keys(element.attribs)));
    for (const dropped of [
      'id',
      'for',
      'name',
      'tabindex',
      'title',
      'aria-label',
      'aria-labelledby',
      'aria-controls',
      'style',
      'data-dataset-key',
      'data-review-id',
    ])
      expect(names.has(dropped), dropped).toBe(false);
    // The style sheet selects on these, so the picture keeps them.
    expect(still).toContain('aria-expanded="false"');
    expect(still).toContain('aria-pressed="false"');
    expect(still).toContain('class="filter-fold__panel"');
    expect(still).toContain('placeholder="Words"');
    expect(still).toContain('<input type="radio" checked>');
    // A test filling the search waits for the app's own field.
    const search = elements.find((element) => element.attribs.type === 'search');
    expect(search?.attribs.readonly).toBe('');
    expect(elements.find((element) => element.attribs.type === 'radio')?.attribs.readonly).toBe(
      undefined,
    );
  });

  it("keeps a review's text as text", () => {
    const still = stillScreen(CAPTURED, STYLED);
    const elements = elementsOf(still);
    expect(elements.some((element) => element.name === 'img')).toBe(false);
    const body = elements.find((element) => element.attribs.class === 'review__body');
    expect(body && textContent(body)).toBe('<img src=x onerror="alert(1)"> & more');
  });

  it('keeps any text as text, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        const captured = `<article><p>${escaped}</p></article>`;
        const still = stillScreen(captured, STYLED);
        const paragraph = (html: string) =>
          elementsOf(html).find((element) => element.name === 'p');
        const before = paragraph(captured);
        const after = paragraph(still);
        expect(after && textContent(after)).toBe(before && textContent(before));
        expect(elementsOf(still).map((element) => element.name)).toEqual(['article', 'p']);
      }),
    );
  });

  it('refuses a capture with no review, or a style the page would refuse', () => {
    expect(() => stillScreen('<div class="skeleton"></div>', STYLED)).toThrow(FirstScreenProblem);
    expect(() =>
      stillScreen('<article><div style="padding-top: 12px">x</div></article>', STYLED),
    ).toThrow(/style/);
  });

  it('shows each layout at its own widths, hidden from assistive technology and the pointer', () => {
    const markup = firstScreenMarkup(
      { wide: '<article>wide</article>', narrow: '<article>narrow</article>' },
      CSS,
    );
    const wrappers = parseDocument(markup).children.filter(
      (node): node is typeof node & { attribs: Record<string, string> } => 'attribs' in node,
    );
    expect(wrappers.map((wrapper) => wrapper.attribs.class)).toEqual([
      'first-screen first-screen--wide',
      'first-screen first-screen--narrow',
    ]);
    for (const wrapper of wrappers) {
      expect(wrapper.attribs['aria-hidden']).toBe('true');
      expect(wrapper.attribs.inert).toBe('');
    }
    expect(CSS).toMatch(
      /@media \(min-width: 70rem\) \{\s*\.first-screen--narrow \{\s*display: none/,
    );
    expect(CSS).toMatch(
      /@media not all and \(min-width: 70rem\) \{\s*\.first-screen--wide \{\s*display: none/,
    );
    // The same width the app's two columns start at.
    expect(readFileSync('src/app/dataset-view.tsx', 'utf8')).toContain(
      "const TWO_COLUMNS = '(min-width: 70rem)'",
    );
  });

  it("goes into index.html's empty root, and only there", () => {
    const page = '<body><div id="root"></div><script type="module" src="/a.js"></script></body>';
    expect(withFirstScreen(page, '<p>still</p>')).toBe(
      '<body><div id="root"><p>still</p></div><script type="module" src="/a.js"></script></body>',
    );
    expect(() => withFirstScreen('<body><div id="app"></div></body>', 'x')).toThrow(
      FirstScreenProblem,
    );
  });
});

describe("the head's script", () => {
  const names = appGateNames(readFileSync('public/data/index.json', 'utf8'));
  const html = document.documentElement;
  const run = (search = '') => {
    window.history.replaceState(null, '', `/${search}`);
    html.removeAttribute('data-theme');
    html.removeAttribute('data-first-screen');
    new Function(gateScript(names))();
    return {
      theme: html.getAttribute('data-theme'),
      shown: html.getAttribute('data-first-screen') !== 'off',
    };
  };
  afterEach(() => {
    localStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it("reads the app's own names", () => {
    expect(names.slug).toBe(BUNDLED_INDEX[0]?.slug);
    expect(names.themeKey).toBe(STORAGE_KEYS.theme);
    expect(names.voteKey).toBe(STORAGE_KEYS.vote);
    expect(names.revealedKey).toBe(STORAGE_KEYS.revealed);
    expect(names.olderKeys).toEqual([STORAGE_KEYS.votesV1, STORAGE_KEYS.revealedV1]);
  });

  it('shows the still screen at the bare address, in the stored theme', () => {
    expect(run()).toEqual({ theme: 'light', shown: true });
    localStorage.setItem(STORAGE_KEYS.theme, JSON.stringify('dark'));
    expect(run()).toEqual({ theme: 'dark', shown: true });
    localStorage.setItem(STORAGE_KEYS.theme, '{not json');
    expect(run()).toEqual({ theme: 'light', shown: true });
  });

  it('hides it for any address with a query', () => {
    for (const search of ['?data=/x.json', '?dataset=local:abc', '?review=rw1', '?sort=newest'])
      expect(run(search).shown, search).toBe(false);
  });

  it("hides it when the reader voted on or showed a spoiler of the film's reviews", () => {
    localStorage.setItem(`${STORAGE_KEYS.vote}["other-film","rw1"]`, '"up"');
    expect(run().shown).toBe(true);
    localStorage.setItem(`${STORAGE_KEYS.revealed}${JSON.stringify([names.slug, 'rw9'])}`, 'true');
    expect(run().shown).toBe(false);
    localStorage.clear();
    localStorage.setItem(`${STORAGE_KEYS.vote}${JSON.stringify([names.slug, 'rw2'])}`, '"up"');
    expect(run().shown).toBe(false);
    localStorage.clear();
    localStorage.setItem(STORAGE_KEYS.votesV1, '{}');
    expect(run().shown).toBe(false);
  });
});
