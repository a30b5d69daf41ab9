import { ImportError } from './import-error';
import { readImports, type ImportPreview } from './formats/read-any';

export { ImportError, MAX_IMPORT_BYTES } from './import-error';
export type { ImportPreview } from './formats/read-any';

/** Reads one pasted text or file in any format the import knows, to a preview of its dataset. */
export function readImport(text: string, fileName: string | null = null): ImportPreview {
  const result = readImports([{ text, fileName }]);
  if (result.kind !== 'preview') {
    throw new ImportError(`"${fileName ?? 'The text'}" has columns to choose first.`);
  }
  return result;
}
