import { describe, expect, it } from 'vitest';
import { failedModuleUrl } from '@/app/charts-loader';

const origin = 'http://127.0.0.1:4173';

describe('failedModuleUrl', () => {
  it('reads the module a failed dynamic import names, on this origin only', () => {
    expect(
      failedModuleUrl(
        new TypeError(
          'Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/charts-panel-C3KZn4T9.js',
        ),
        origin,
      ),
    ).toBe('http://127.0.0.1:4173/assets/charts-panel-C3KZn4T9.js');
    expect(
      failedModuleUrl(
        new TypeError(
          'error loading dynamically imported module: http://127.0.0.1:4173/assets/charts-panel-C3KZn4T9.js',
        ),
        origin,
      ),
    ).toBe('http://127.0.0.1:4173/assets/charts-panel-C3KZn4T9.js');
    expect(
      failedModuleUrl(
        new TypeError('Failed to fetch dynamically imported module: https://example.com/x.js'),
        origin,
      ),
    ).toBeNull();
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'), origin)).toBeNull();
    expect(failedModuleUrl('not an error', origin)).toBeNull();
  });
});
