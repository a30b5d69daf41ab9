import type { Element } from 'domhandler';
import { findAll, getOuterHTML, removeElement } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { TEMPLATE_IDS } from './gate.ts';

/**
 * The bundled film's first screen, as the app drew it in a browser at build time, made into a
 * still copy for index.html: what a reader sees before the app's code has run. It is only a
 * picture of the page: hidden from assistive technology and out of reach of the pointer and the
 * keyboard (`aria-hidden`, `inert`), it names nothing a test or a label could find (no ids, no
 * labels' targets, no accessible names), and the app's first render replaces it. One copy per
 * layout, each in a template; one script puts the right one in the page (gate.ts).
 */

/** The two layouts the page has: two columns from 70rem (dataset-view's TWO_COLUMNS), one below. */
export interface FirstScreens {
  wide: string;
  narrow: string;
}

export class FirstScreenProblem extends Error {}

/** Reviews in the picture: more than the tallest first screen shows. */
export const SHOWN_REVIEWS = 3;

const hasClass = (element: Element, name: string) =>
  (element.attribs.class ?? '').split(/\s+/).includes(name);

/** Attributes a still picture has no use for: names, targets, focus, tooltips. */
const DROPPED = new Set(['id', 'for', 'name', 'tabindex', 'title', 'autofocus', 'form']);

/** Form fields a test could fill: read-only, so that filling waits for the app's own. */
const TYPED = new Set(['text', 'search', 'email', 'url', 'tel', 'number', 'password']);

/** The `aria-*` and `data-*` attributes the style sheet selects on; the others are dropped. */
export function styledAttributes(css: string): Set<string> {
  return new Set(Array.from(css.matchAll(/\[((?:aria|data)-[a-z-]+)/g), (match) => match[1] ?? ''));
}

/** Whether a style attribute sets nothing but zeros (the list's padding when drawn whole). */
function onlyZeros(style: string): boolean {
  return style
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .every((part) => /^[a-z-]+\s*:\s*0(?:px)?$/.test(part));
}

/** One captured screen (the root's inner HTML) made still, as HTML. */
export function stillScreen(captured: string, styled: ReadonlySet<string>): string {
  const document = parseDocument(captured, { decodeEntities: true });
  const elements = findAll(() => true, document.children);
  if (!elements.some((element) => element.name === 'article'))
    throw new FirstScreenProblem('the captured screen shows no review');
  // The first few reviews fill any screen; the page lays out no more before the app's code runs.
  for (const row of elements
    .filter((element) => hasClass(element, 'review-list__row'))
    .slice(SHOWN_REVIEWS))
    removeElement(row);
  for (const element of findAll(() => true, document.children)) still(element, styled);
  return getOuterHTML(document.children, { encodeEntities: 'utf8' });
}

function still(element: Element, styled: ReadonlySet<string>): void {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(element.attribs)) {
    if (name === 'style') {
      // The page's policy refuses style attributes; a style that sets anything but zeros means
      // the still copy would not look like the app's first screen.
      if (!onlyZeros(value))
        throw new FirstScreenProblem(
          `the captured screen has a style the page would refuse: ${value}`,
        );
    } else if (name.startsWith('aria-') || name.startsWith('data-')) {
      if (styled.has(name)) kept[name] = value;
    } else if (!DROPPED.has(name)) kept[name] = value;
  }
  if ((element.name === 'input' && TYPED.has(kept.type ?? 'text')) || element.name === 'textarea')
    kept.readonly = '';
  element.attribs = kept;
}

/**
 * Both layouts, each in a template of its own: the body's script (gate.ts, placeScript) puts the
 * one the window's width calls for into the root.
 */
export function firstScreenTemplates(screens: FirstScreens, css: string): string {
  const styled = styledAttributes(css);
  const template = (layout: keyof FirstScreens) =>
    `<template id="${TEMPLATE_IDS[layout]}"><div class="first-screen" aria-hidden="true" inert>${stillScreen(screens[layout], styled)}</div></template>`;
  return template('wide') + template('narrow');
}

const EMPTY_ROOT = '<div id="root"></div>';

/** index.html with the templates and the script that places one, right after the empty root. */
export function withFirstScreen(indexHtml: string, templates: string, place: string): string {
  const at = indexHtml.indexOf(EMPTY_ROOT);
  if (at < 0 || indexHtml.indexOf(EMPTY_ROOT, at + 1) >= 0)
    throw new FirstScreenProblem('index.html has no single empty #root');
  if (place.includes('</script'))
    throw new FirstScreenProblem('the placing script would end its own element');
  const end = at + EMPTY_ROOT.length;
  return `${indexHtml.slice(0, end)}${templates}<script>${place}</script>${indexHtml.slice(end)}`;
}
