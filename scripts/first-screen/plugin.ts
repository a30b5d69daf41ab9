import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { captureFirstScreens } from './capture.ts';
import { firstScreenTemplates, withFirstScreen } from './markup.ts';

/**
 * Draws the bundled film's first screen into the built index.html, so that a reader sees the
 * first reviews at the first paint rather than after the app's code, the dataset and the first
 * render (see docs/performance.md, cold start). It runs once the build's files are written and
 * before the service worker's list of them is made. A build where it cannot (no Chromium, say)
 * says so and ships the page without it: the app is the same, only its first paint is later.
 */
export function firstScreen(options: { css: string; place: string }): Plugin {
  return {
    name: 'reviewscope-first-screen',
    apply: 'build',
    async writeBundle(output) {
      const dir = output.dir ?? 'dist';
      const index = join(dir, 'index.html');
      try {
        const screens = await captureFirstScreens(dir);
        const templates = firstScreenTemplates(screens, readFileSync(options.css, 'utf8'));
        writeFileSync(
          index,
          withFirstScreen(readFileSync(index, 'utf8'), templates, options.place),
        );
        this.info(
          `first screen drawn into index.html (${(templates.length / 1024).toFixed(1)} kB)`,
        );
      } catch (error) {
        this.warn(
          `index.html has no first screen drawn in: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
  };
}
