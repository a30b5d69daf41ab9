import { describe, expect, it } from 'vitest';
import { datasetSlug } from '@/data/dataset-index';

describe('datasetSlug', () => {
  it('makes a slug of the film and year', () => {
    expect(datasetSlug({ title: 'Pusher II', year: 2004 })).toBe('pusher-ii-2004');
  });

  it('keeps a slug short enough to name a file, however long the title', () => {
    expect(datasetSlug({ title: 'a'.repeat(1_000_000), year: 2004 })).toBe(
      `${'a'.repeat(80)}-2004`,
    );
  });
});
