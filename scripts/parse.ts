import { readFileSync } from 'node:fs';
import { ParseError, parseReviewPage } from '../src/data/parse-review-page';
import { tableFormat } from '../src/data/formats/table-format';
import { TableError } from '../src/data/formats/table-source';

function fail(message: string): never {
  console.error(`parse: ${message}`);
  process.exit(1);
}

const USAGE = 'usage: npm run --silent parse -- FILE [--map FIELD=COLUMN]...';

// `--map text=review_content` (repeatable) overrides the proposed column of a table's field;
// `--map rating=none` leaves a field unread.
const args = process.argv.slice(2);
const choices: string[] = [];
let file: string | undefined;
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
  } else if (file === undefined) {
    file = arg;
  } else {
    fail(`one file at a time (${USAGE})`);
  }
}
if (!file) fail(USAGE);

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(
    `cannot read ${file}${code === 'ENOENT' ? ': no such file' : code === 'EISDIR' ? ': it is a folder' : ''}`,
  );
}

if (tableFormat.detect(text.slice(0, 65536), file)) {
  try {
    const { datasets, skipped } = tableFormat.read(text, file, choices);
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
  if (choices.length > 0) fail(`${file} is not a table: --map applies to tables only`);
  try {
    process.stdout.write(`${JSON.stringify(parseReviewPage(text), null, 2)}\n`);
  } catch (error) {
    if (error instanceof ParseError) fail(`${file}: ${error.message}`);
    throw error;
  }
}
