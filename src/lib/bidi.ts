const PDF = '\u202c';
const PDI = '\u2069';

/**
 * Reader-supplied text with every direction embedding, override or isolate it opens closed at
 * its end, for places that hold plain text only (a `<select>`'s options, an accessible name):
 * an unclosed right-to-left override in a title then cannot reorder the app's words after it.
 * Text that opens nothing comes back unchanged.
 */
export function closeBidi(text: string): string {
  // What is open, innermost last: PDF closes an embedding or override, PDI an isolate.
  const open: string[] = [];
  for (const char of text) {
    switch (char) {
      case '\u202a': // LRE
      case '\u202b': // RLE
      case '\u202d': // LRO
      case '\u202e': // RLO
        open.push(PDF);
        break;
      case '\u2066': // LRI
      case '\u2067': // RLI
      case '\u2068': // FSI
        open.push(PDI);
        break;
      case PDF:
        if (open.at(-1) === PDF) open.pop();
        break;
      case PDI: {
        // A PDI also closes the embeddings opened inside its isolate.
        const at = open.lastIndexOf(PDI);
        if (at !== -1) open.length = at;
        break;
      }
      default:
        break;
    }
  }
  return open.length === 0 ? text : text + open.reverse().join('');
}
