/**
 * The film's title when a page does not name it. Kept apart from the parser, which loads with
 * the import dialog, for the code that loads with the page and must know it too.
 */
export const UNKNOWN_FILM_TITLE = 'Unknown film';
