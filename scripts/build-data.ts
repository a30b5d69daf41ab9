import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParseError } from '../src/data/parse-review-page';
import { buildDataFiles, OUT_DIR } from './data-files';

try {
  const files = buildDataFiles();
  mkdirSync(OUT_DIR, { recursive: true });
  for (const stale of readdirSync(OUT_DIR)) {
    if (stale.endsWith('.json') && !files.has(stale)) rmSync(join(OUT_DIR, stale));
  }
  for (const [name, content] of files) writeFileSync(join(OUT_DIR, name), content);
  console.log(`data: wrote ${files.size - 1} dataset(s) and index.json to ${OUT_DIR}/`);
} catch (error) {
  const reason =
    error instanceof ParseError || error instanceof Error ? error.message : String(error);
  console.error(`data: ${reason}`);
  process.exitCode = 1;
}
