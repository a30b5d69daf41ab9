import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ImportError } from '../src/data/import-error';
import { readImports } from '../src/data/formats/read-any';
import { tableFormat } from '../src/data/formats/table-format';
import { TableError } from '../src/data/formats/table-source';

function fail(message: string): never {
  console.error(`parse: ${message}`);
  process.exit(1);
}

const USAGE = 'usage: npm run --silent parse -- FILE [FILE...] [--map FIELD=COLUMN]...';

// `--map text=review_content` (repeatable) overrides the proposed column of a table's field;
// `--map rating=none` leaves a field unread.
const args = process.argv.slice(2);
const choices: string[] = [];
const files: string[] = [];
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i] ?? '';
  if (arg === '--map') {
    const choice = args[i + 1];
    if (choice === undefined || !choice.includes('=')) fail('--map needs FIELD=COLUMN');
    choices.push(choice);
    i += 1;
  } else if (arg.startsWith('--map=')) {
    choices.push(arg.slice('--map='.length));
  } else if (arg.startsWith('--')) {
    fail(`unknown option "${arg}" (${USAGE})`);
  } else {
    files.push(arg);
  }
}
if (files.length === 0) fail(USAGE);

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

const [first] = inputs;
if (
  inputs.length === 1 &&
  first &&
  tableFormat.detect(first.text.slice(0, 65536), files[0] ?? null)
) {
  const file = files[0] ?? '';
  try {
    const { datasets, skipped } = tableFormat.read(first.text, file, choices);
    for (const { count, reason } of skipped)
      console.error(`parse: ${count} ${count === 1 ? 'row' : 'rows'} ${reason}, skipped`);
    // One film prints as a dataset; several as a list of datasets, one per film.
    const output = datasets.length === 1 ? datasets[0] : datasets;
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } catch (error) {
    if (error instanceof TableError) fail(`${file}: ${error.message}`);
    throw error;
  }
} else {
  if (choices.length > 0) fail(`${files.join(', ')}: --map applies to tables only`);
  try {
    const result = readImports(inputs);
    if (result.kind !== 'preview') fail(`${files[0] ?? ''}: its columns must be chosen in the app`);
    process.stdout.write(`${JSON.stringify(result.dataset, null, 2)}\n`);
  } catch (error) {
    if (error instanceof ImportError)
      fail(files.length === 1 ? `${files[0] ?? ''}: ${error.message}` : error.message);
    throw error;
  }
}
