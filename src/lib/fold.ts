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
const ASCII = /^[\0-\x7f]*$/;

/** Case- and accent-insensitive form of text: `Clichéd Nørrebro` -> `cliched norrebro`. */
export function foldText(text: string): string {
  // Most text is plain ASCII, which lower case alone folds.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SPECIAL_PATTERN, (letter) => SPECIAL[letter] ?? letter);
}
