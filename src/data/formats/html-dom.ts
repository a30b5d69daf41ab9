import { selectAll, selectOne } from 'css-select';
import type { AnyNode, Document, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

export type { Element };

/**
 * Parses HTML into a tree that is only read: nothing in it runs and nothing it names is loaded
 * (no DOMParser, which the import's worker lacks).
 */
export function parseHtml(html: string): Document {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
}

export const all = (selector: string, root: AnyNode | AnyNode[]): Element[] =>
  selectAll(selector, root);

export const first = (selector: string, root: AnyNode | AnyNode[]): Element | null =>
  selectOne(selector, root);

/** What a reader never sees as text. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'button']);

/** Elements that stand on lines of their own. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);

function collect(node: AnyNode, out: string[]): void {
  if (node.type === 'text') {
    out.push(node.data.replace(/[ \t\n\r\f\u00a0]+/g, ' '));
    return;
  }
  if (node.type !== 'tag' && node.type !== 'root') return;
  if (node.type === 'tag') {
    if (HIDDEN.has(node.name)) return;
    if (node.name === 'br') {
      out.push('\n');
      return;
    }
  }
  const block = node.type === 'tag' && BLOCK.has(node.name);
  if (block) out.push('\n');
  for (const child of node.children) collect(child, out);
  if (block) out.push('\n');
}

/**
 * The element's text as a reader sees it: entities decoded, runs of white space one space,
 * `<br>` and block elements line breaks, scripts, styles and buttons left out; trimmed lines,
 * with empty lines dropped.
 */
export function textLines(node: AnyNode | null): string[] {
  if (node === null) return [];
  const out: string[] = [];
  collect(node, out);
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The element's text on one line. */
export function textOf(node: AnyNode | null): string {
  return textLines(node).join(' ');
}

/** A review's text: its lines as paragraphs, one blank line apart, as the page text reads. */
export function bodyOf(node: AnyNode | null): string {
  return textLines(node).join('\n\n');
}

/** The review id in an address such as `/review/rw1234567/?ref_=tturv_perm`. */
export function reviewIdIn(href: string | undefined): string | null {
  return /\/review\/(rw\d+)/.exec(href ?? '')?.[1] ?? null;
}

export function hasClass(element: Element, name: string): boolean {
  return (element.attribs.class ?? '').split(/\s+/).includes(name);
}
