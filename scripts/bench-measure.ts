import type { Browser, Page } from '@playwright/test';
import { SORT_KEYS } from '../src/query/view-query';

// What `npm run bench` and `npm run bench:ab` share: their arguments, the page they measure in,
// and the measurement of one interaction, from the input to the paints that follow it.

/** Ends the run with a one-line error that names the tool. */
export function fail(tool: string, message: string): never {
  console.error(`${tool}: ${message}`);
  process.exit(1);
}

/** The value given as `--name VALUE`, or `fallback`; required when there is no fallback. */
export function textArgument(tool: string, name: string, fallback?: string): string {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : process.argv[at + 1];
  if (value === undefined) fail(tool, `--${name} is required`);
  return value;
}

/** The positive whole number given as `--name N`, or `fallback`. */
export function countArgument(tool: string, name: string, fallback: number): number {
  const value = Number(textArgument(tool, name, String(fallback)));
  if (!Number.isInteger(value) || value <= 0)
    fail(tool, `--${name} must be a positive whole number`);
  return value;
}

/** A page as the figures are taken in: 1280 x 900. */
export async function openBenchPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // tsx keeps function names with a helper that functions sent to the page must find there too.
  await page.addInitScript('window.__name = (fn) => fn;');
  return page;
}

/** How long after the list has painted the charts may still be catching up. */
export const CHARTS_WINDOW_MS = 1000;

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;

export interface Run {
  list: number;
  charts: number | null;
  followers: number | null;
}

export type Kind = 'sort' | 'rating' | 'spoilers' | 'search';

export const KINDS: readonly Kind[] = ['sort', 'rating', 'spoilers', 'search'];

// Runs in the page: starts a measurement that ends at the first paint after the review section
// changes. Input events are dispatched in the page so that no automation round trip is counted.
export async function interact(page: Page, kind: Kind, round: number): Promise<Run> {
  return page.evaluate(
    ({ kind, round, sorts, chartsWindow, followers }) =>
      new Promise<Run>((resolve, reject) => {
        const target = document.querySelector('.layout__reviews');
        const charts = document.querySelector('.layout__charts');
        if (!target || !charts) {
          reject(new Error('no review or chart section'));
          return;
        }
        const options = { subtree: true, childList: true, characterData: true, attributes: true };
        let start = 0;
        // The charts follow the list: the last paint after a change to what they draw within the
        // window is when they have all caught up. Their tables (visually hidden until Show data,
        // read by screen readers) and the helpfulness points' buttons (invisible, over the drawn
        // dots) follow the drawing a slice per frame and are timed apart.
        let chartsPainted: number | null = null;
        let followersPainted: number | null = null;
        const chartObserver = new MutationObserver((records) => {
          const drawn = records.some((record) => {
            const node =
              record.target instanceof Element ? record.target : record.target.parentElement;
            return !node?.closest(followers);
          });
          requestAnimationFrame(() =>
            setTimeout(() => {
              if (drawn) chartsPainted = performance.now() - start;
              else followersPainted = performance.now() - start;
            }),
          );
        });
        const observer = new MutationObserver(() => {
          observer.disconnect();
          requestAnimationFrame(() =>
            setTimeout(() => {
              const list = performance.now() - start;
              setTimeout(() => {
                chartObserver.disconnect();
                resolve({ list, charts: chartsPainted, followers: followersPainted });
              }, chartsWindow);
            }),
          );
        });
        observer.observe(target, options);
        chartObserver.observe(charts, options);
        setTimeout(() => {
          observer.disconnect();
          chartObserver.disconnect();
          reject(new Error(`${kind}: no change within 5 s`));
        }, 5000);
        const setValue = (element: HTMLInputElement | HTMLSelectElement, value: string) => {
          const proto =
            element instanceof HTMLSelectElement
              ? HTMLSelectElement.prototype
              : HTMLInputElement.prototype;
          Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(element, value);
        };
        start = performance.now();
        if (kind === 'sort') {
          const select = document.querySelector<HTMLSelectElement>('.controls select');
          if (!select) return;
          setValue(select, sorts[round % sorts.length] ?? 'newest');
          select.dispatchEvent(new Event('change', { bubbles: true }));
        } else if (kind === 'rating') {
          const boxes = document.querySelectorAll<HTMLInputElement>(
            '.rating-filter input[type="checkbox"]',
          );
          boxes[1]?.click();
        } else if (kind === 'spoilers') {
          document.querySelector<HTMLInputElement>('.control--check input')?.click();
        } else {
          const box = document.querySelector<HTMLInputElement>('input[type="search"]');
          if (!box) return;
          const words = [
            'gangster',
            'sequel pacing',
            'cliche',
            'naive',
            'cinematography',
            'norrebro',
          ];
          setValue(box, round % 2 === 0 ? (words[(round / 2) % words.length] ?? 'film') : '');
          box.dispatchEvent(new Event('input', { bubbles: true }));
        }
      }),
    {
      kind,
      round,
      sorts: [...SORT_KEYS.slice(1), SORT_KEYS[0]],
      chartsWindow: CHARTS_WINDOW_MS,
      followers: '.chart__data, .help-points',
    },
  );
}
