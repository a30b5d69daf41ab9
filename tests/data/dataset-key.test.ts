import { describe, expect, it } from 'vitest';
import {
  localKey,
  parseDatasetKey,
  readDatasetParam,
  requestedData,
  writeDatasetParam,
} from '@/data/dataset-key';
import { sameOriginUrl } from '@/data/same-origin';

const base = 'https://reviews.example/app/?q=x';

describe('sameOriginUrl', () => {
  it.each([
    ['/data/x.json', 'https://reviews.example/data/x.json'],
    ['data/x.json', 'https://reviews.example/app/data/x.json'],
    ['https://reviews.example/y.json', 'https://reviews.example/y.json'],
  ])('opens %j', (value, href) => {
    expect(sameOriginUrl(value, base)?.href).toBe(href);
  });

  it.each([
    'https://evil.example/x.json',
    '//evil.example/x.json',
    'http://reviews.example/x.json',
    'data:application/json,{}',
    'blob:https://reviews.example/1234',
    'javascript:alert(1)',
    'http://[',
  ])('refuses %j', (value) => {
    expect(sameOriginUrl(value, base)).toBeNull();
  });
});

describe('requestedData', () => {
  it('keeps a path as written and refuses other origins', () => {
    expect(requestedData('?data=%2Fe2e%2Fx.json', base)).toEqual({
      kind: 'url',
      url: '/e2e/x.json',
    });
    expect(requestedData('?data=https%3A%2F%2Fevil.example%2Fx.json', base)).toEqual({
      kind: 'refused',
      value: 'https://evil.example/x.json',
    });
    expect(requestedData('?data=%20', base)).toEqual({ kind: 'none' });
  });
});

describe('dataset keys', () => {
  it('reads and writes the keys the address bar names', () => {
    expect(parseDatasetKey(localKey('abc'))).toEqual({ kind: 'local', id: 'abc' });
    expect(parseDatasetKey('pusher-ii-2004')).toEqual({ kind: 'bundled', slug: 'pusher-ii-2004' });
    expect(readDatasetParam('?dataset=local%3Aabc')).toBe('local:abc');
    expect(readDatasetParam('?dataset=%3Cscript%3E')).toBeNull();
    expect(writeDatasetParam('local:abc', '?data=%2Fx.json&q=a')).toBe('?q=a&dataset=local%3Aabc');
    expect(writeDatasetParam(null, '?dataset=x')).toBe('');
  });
});
