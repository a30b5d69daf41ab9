// Letters that Unicode decomposition leaves alone but a reader types without the accent.
const SPECIAL: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
  ς: 'σ',
};
const SPECIAL_PATTERN = /[øæœßđðłþıς]/g;
const MARKS = /\p{M}+/gu;

/** Case- and accent-insensitive form of text: `Clichéd Nørrebro` -> `cliched norrebro`. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SPECIAL_PATTERN, (letter) => SPECIAL[letter] ?? letter);
}

/** The words of a search, folded; every one must occur for a review to match. */
export function searchTerms(query: string): string[] {
  const terms = foldText(query)
    .split(/\s+/)
    .filter((term) => term !== '');
  return [...new Set(terms)];
}

/**
 * What search looks through for one review, folded. A newline between fields keeps a title's last
 * word from joining the body's first.
 */
export function searchableText(title: string | null, body: string, author: string | null): string {
  return foldText(`${title ?? ''}\n${body}\n${author ?? ''}`);
}
