import { readFileSync } from 'node:fs';
import { readAny } from '@/data/formats/read-any';
import type { DatasetRead } from '@/data/formats/reader';

export const fixture = (name: string): string =>
  readFileSync(`tests/fixtures/imdb/${name}`, 'utf8');

/** Reads a text that must become a dataset. */
export function readDataset(text: string, fileName: string | null = null): DatasetRead {
  const result = readAny(text, fileName);
  if (result.kind !== 'dataset') throw new Error(`expected a dataset, got ${result.kind}`);
  return result;
}

export const paragraphs = (body: string): number => (body === '' ? 0 : body.split('\n\n').length);
