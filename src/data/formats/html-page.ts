import type { Document } from 'domhandler';
import { ImportError } from '../import-error';
import { buildDataset } from './build-dataset';
import { read2024, type PageRead } from './html-2024';
import { first, parseHtml, textOf } from './html-dom';
import { readLister, readPre2017 } from './html-legacy';
import type { FormatReader, Skipped } from './reader';

const looksLikeHtml = (head: string): boolean =>
  /^\uFEFF?\s*<(?:!doctype\s+html|html|head|body|meta|!--)/i.test(head) ||
  /<(?:html|body)[\s>]/i.test(head.slice(0, 2048));

function isImdbPage(doc: Document): boolean {
  const canonical = first('link[rel="canonical"]', doc)?.attribs.href ?? '';
  const site = first('meta[property="og:site_name"]', doc)?.attribs.content ?? '';
  return (
    /imdb\.com/i.test(canonical) ||
    /IMDb/.test(site) ||
    /\bIMDb\b/.test(textOf(first('title', doc)))
  );
}

function isFilmMainPage(doc: Document): boolean {
  const canonical = first('link[rel="canonical"]', doc)?.attribs.href ?? '';
  return (
    /\/title\/tt\d+\/?(?:\?.*)?$/.test(canonical) ||
    first('[data-testid="hero__pageTitle"]', doc) !== null ||
    /^video\./.test(first('meta[property="og:type"]', doc)?.attribs.content ?? '')
  );
}

/** Why a page with no review cards was refused, and what to do instead. */
function refusal(doc: Document, what: string): ImportError {
  if (isImdbPage(doc) && isFilmMainPage(doc)) {
    return new ImportError(
      `${what} is a film's main page on IMDb, not its reviews: open its User reviews and save that page.`,
    );
  }
  if (isImdbPage(doc)) {
    return new ImportError(
      `${what} is an IMDb page with no user reviews on it: open a film's User reviews and save that page.`,
    );
  }
  const title = textOf(first('title', doc));
  return new ImportError(
    `${what} is a web page${title ? ` ("${title.slice(0, 60)}")` : ''} with no IMDb user reviews: save a film's User reviews page from IMDb, or copy its text.`,
  );
}

/**
 * A user-reviews page saved from a browser as HTML, in any of its layouts: since 2024, 2017 to
 * 2024 (`div.lister-item`), and before 2017.
 */
export const htmlPageReader: FormatReader = {
  detect: (head, fileName) => looksLikeHtml(head) || /\.html?$/i.test(fileName ?? ''),
  read(text, fileName) {
    const what = fileName === null ? 'The pasted page' : `"${fileName}"`;
    const doc = parseHtml(text);
    const skipped: Skipped[] = [];
    const layouts: Array<[string, (doc: Document, skipped: Skipped[]) => PageRead | null]> = [
      ['IMDb page saved as HTML (2024 layout)', read2024],
      ['IMDb page saved as HTML (2017 layout)', readLister],
      ['IMDb page saved as HTML (before 2017)', readPre2017],
    ];
    for (const [format, read] of layouts) {
      const page = read(doc, skipped);
      if (page === null) continue;
      if (page.drafts.length === 0) {
        throw new ImportError(
          `${what} has review cards, but none could be read: ${skipped.map((s) => `${s.count} skipped, ${s.reason}`).join('; ')}.`,
        );
      }
      return {
        kind: 'dataset',
        format,
        dataset: buildDataset(page.film, page.count, page.drafts, skipped),
        skipped,
      };
    }
    throw refusal(doc, what);
  },
};
