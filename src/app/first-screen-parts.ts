import { chunkPart } from '@/components/chunk-part';

// Parts of the controls the first screen shows whose code is a chunk of its own (the first
// bundle stays small). They load beside the dataset (main.tsx), and the first render waits for
// them: a render without them would draw their room, then them, and move the reviews below.

export const toneFilter = chunkPart(() =>
  import('@/features/controls/tone-filter').then((module) => module.ToneFilter),
);

export const dateRange = chunkPart(() =>
  import('@/features/controls/date-range').then((module) => module.DateRange),
);

export const exportMenu = chunkPart(() =>
  import('@/features/library/export-menu').then((module) => module.ExportMenu),
);

/** Loads the parts' code; never rejects: a part that cannot load says so when rendered. */
export function loadFirstScreenParts(): Promise<unknown> {
  return Promise.allSettled([toneFilter.load(), dateRange.load(), exportMenu.load()]);
}
