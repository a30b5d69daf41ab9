import { describe, expect, it } from 'vitest';
import { requestedData } from '@/app/dataset-source';
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
