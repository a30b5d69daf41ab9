import { readFileSync } from 'node:fs';
import { ParseError, parseReviewPage } from '../src/data/parse-review-page';

function fail(message: string): never {
  console.error(`parse: ${message}`);
  process.exit(1);
}

const file = process.argv[2];
if (!file) fail('usage: npm run --silent parse -- FILE');

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(
    `cannot read ${file}${code === 'ENOENT' ? ': no such file' : code === 'EISDIR' ? ': it is a folder' : ''}`,
  );
}

try {
  process.stdout.write(`${JSON.stringify(parseReviewPage(text), null, 2)}\n`);
} catch (error) {
  if (error instanceof ParseError) fail(`${file}: ${error.message}`);
  throw error;
}
