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
