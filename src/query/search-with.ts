// Apart from search-syntax, which folds text: the mentions' buttons use this with the page.

/**
 * The search box's text with `addition` (a word or a `"quoted phrase"`) added as a clause of its
 * own, whatever the text holds: a quote left open is closed (or dropped, with its `-`, when
 * nothing follows it), and an `OR` left at its end is dropped, so the addition neither joins a
 * phrase or an `OR` nor becomes an exclusion.
 */
export function searchWith(search: string, addition: string): string {
  let base = search.trimEnd();
  if ((base.split('"').length - 1) % 2 === 1) {
    base = /"$/.test(base) ? base.replace(/-?"$/, '').trimEnd() : `${base}"`;
  }
  // An `OR` left at the end would join the addition to the clause before it.
  base = base.replace(/(^|\s)OR$/, '').trimEnd();
  return base === '' ? addition : `${base} ${addition}`;
}
