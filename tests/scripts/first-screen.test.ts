import { readFileSync } from 'node:fs';
import { parseDocument } from 'htmlparser2';
import { findAll, textContent } from 'domutils';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_INDEX } from '@/data/bundled-index';
import { STORAGE_KEYS } from '@/store/persisted';
import {
  appGateNames,
  placeScript,
  TEMPLATE_IDS,
  themeScript,
} from '../../scripts/first-screen/gate';
import {
  FirstScreenProblem,
  firstScreenTemplates,
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

  it('keeps each layout in a template, hidden from assistive technology and the pointer', () => {
    const templates = firstScreenTemplates(
      { wide: '<article>wide</article>', narrow: '<article>narrow</article>' },
      CSS,
    );
    const nodes = parseDocument(templates).children.filter(
      (node): node is typeof node & { attribs: Record<string, string>; children: unknown[] } =>
        'attribs' in node,
    );
    expect(nodes.map((node) => node.attribs.id)).toEqual([TEMPLATE_IDS.wide, TEMPLATE_IDS.narrow]);
    for (const wrapper of findAll((element) => element.attribs.class === 'first-screen', nodes)) {
      expect(wrapper.attribs['aria-hidden']).toBe('true');
      expect(wrapper.attribs.inert).toBe('');
    }
    expect(templates).toContain('>wide</article>');
    expect(templates).toContain('>narrow</article>');
  });

  it("goes right after index.html's empty root, with the script that places it", () => {
    const page = '<body><div id="root"></div><script type="module" src="/a.js"></script></body>';
    expect(withFirstScreen(page, '<template>t</template>', 'place()')).toBe(
      '<body><div id="root"></div><template>t</template><script>place()</script><script type="module" src="/a.js"></script></body>',
    );
    expect(() => withFirstScreen('<body><div id="app"></div></body>', 'x', 'y')).toThrow(
      FirstScreenProblem,
    );
    expect(() => withFirstScreen(page, 'x', '"</script>"')).toThrow(FirstScreenProblem);
  });
});

describe("the page's inline scripts", () => {
  const names = appGateNames(readFileSync('public/data/index.json', 'utf8'));
  const html = document.documentElement;
  const theme = () => {
    html.removeAttribute('data-theme');
    new Function(themeScript(names))();
    return html.getAttribute('data-theme');
  };
  /** The body as index.html has it; the placing script run; what the root holds. */
  const placed = (search = '', twoColumns = true) => {
    window.history.replaceState(null, '', `/${search}`);
    window.matchMedia = ((query: string) => ({
      matches: query === names.twoColumns ? twoColumns : false,
    })) as unknown as typeof window.matchMedia;
    document.body.innerHTML = `<div id="root"></div><template id="${TEMPLATE_IDS.wide}"><p>wide</p></template><template id="${TEMPLATE_IDS.narrow}"><p>narrow</p></template>`;
    new Function(placeScript(names))();
    expect(document.querySelectorAll('template')).toHaveLength(0);
    return document.getElementById('root')?.textContent;
  };
  afterEach(() => {
    localStorage.clear();
    window.history.replaceState(null, '', '/');
    document.body.innerHTML = '';
  });

  it("reads the app's own names", () => {
    expect(names.slug).toBe(BUNDLED_INDEX[0]?.slug);
    expect(names.themeKey).toBe(STORAGE_KEYS.theme);
    expect(names.voteKey).toBe(STORAGE_KEYS.vote);
    expect(names.revealedKey).toBe(STORAGE_KEYS.revealed);
    expect(names.olderKeys).toEqual([STORAGE_KEYS.votesV1, STORAGE_KEYS.revealedV1]);
    expect(readFileSync('src/app/dataset-view.tsx', 'utf8')).toContain(
      `const TWO_COLUMNS = '${names.twoColumns}'`,
    );
  });

  it('puts the stored theme, else the light one, on the page', () => {
    expect(theme()).toBe('light');
    localStorage.setItem(STORAGE_KEYS.theme, JSON.stringify('dark'));
    expect(theme()).toBe('dark');
    localStorage.setItem(STORAGE_KEYS.theme, '{not json');
    expect(theme()).toBe('light');
  });

  it('places the layout the width calls for at the bare address, and only one', () => {
    expect(placed('', true)).toBe('wide');
    expect(placed('', false)).toBe('narrow');
  });

  it('places none for any address with a query', () => {
    for (const search of ['?data=/x.json', '?dataset=local:abc', '?review=rw1', '?sort=newest'])
      expect(placed(search), search).toBe('');
  });

  it("places none when the reader voted on or showed a spoiler of the film's reviews", () => {
    localStorage.setItem(`${STORAGE_KEYS.vote}["other-film","rw1"]`, '"up"');
    expect(placed()).toBe('wide');
    localStorage.setItem(`${STORAGE_KEYS.revealed}${JSON.stringify([names.slug, 'rw9'])}`, 'true');
    expect(placed()).toBe('');
    localStorage.clear();
    localStorage.setItem(`${STORAGE_KEYS.vote}${JSON.stringify([names.slug, 'rw2'])}`, '"up"');
    expect(placed()).toBe('');
    localStorage.clear();
    localStorage.setItem(STORAGE_KEYS.votesV1, '{}');
    expect(placed()).toBe('');
  });
});
