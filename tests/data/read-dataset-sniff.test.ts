import { describe, expect, it } from 'vitest';
import { startsAsDataset } from '@/data/read-dataset';

describe('what ?data= streams as a dataset', () => {
  it.each([
    ['{"schemaVersion":1,"film":{}}', true],
    ['  {"film":{"title":"x"},"reviews":[]}', true],
    ['{"data":{"title":{"reviews":{}}}}', false],
    ['{"props":{"pageProps":{}}}', false],
    ['{"data":{}, "schemaVersion": 1}', true],
    ['<!doctype html><html>', false],
    ['Night Ferry\\nUser reviews', false],
    ['[{"title":"a"}]', false],
  ])('%j -> %s', (head, expected) => {
    expect(startsAsDataset(head)).toBe(expected);
  });
});
