import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ImportError } from '../src/data/import-error';
import { readImports } from '../src/data/formats/read-any';

function fail(message: string): never {
  console.error(`parse: ${message}`);
  process.exit(1);
}

const files = process.argv.slice(2);
if (files.length === 0) fail('usage: npm run --silent parse -- FILE [FILE...]');

const inputs = files.map((file) => {
  try {
    return { text: readFileSync(file, 'utf8'), fileName: basename(file) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(
      `cannot read ${file}${code === 'ENOENT' ? ': no such file' : code === 'EISDIR' ? ': it is a folder' : ''}`,
    );
  }
});

try {
  const result = readImports(inputs);
  if (result.kind !== 'preview') fail(`${files[0] ?? ''}: its columns must be chosen in the app`);
  process.stdout.write(`${JSON.stringify(result.dataset, null, 2)}\n`);
} catch (error) {
  if (error instanceof ImportError)
    fail(files.length === 1 ? `${files[0] ?? ''}: ${error.message}` : error.message);
  throw error;
}
