import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

// Renders the built app (run `npm run build` first) at the sizes readers use (1440, 1024 and 390 px
// wide, light and dark), for the README and for looking at what a reader sees. SCREENSHOTS_PORT
// lets it run beside another preview server.
const OUT = process.argv[2] ?? 'docs/screenshots';
const PORT = Number(process.env.SCREENSHOTS_PORT ?? 4174);
const BASE = `http://127.0.0.1:${PORT}`;
const server = await preview({ preview: { port: PORT, host: '127.0.0.1', strictPort: true } });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS],
});
try {
  mkdirSync(OUT, { recursive: true });
  const sizes = [
    { size: 'desktop', width: 1440, height: 900 },
    { size: 'laptop', width: 1024, height: 768 },
    { size: 'phone', width: 390, height: 844 },
  ];
  const schemes = ['light', 'dark'] as const;
  let written = 0;
  // The first screen of the bundled film: the first review must show on each.
  for (const { size, width, height } of sizes) {
    for (const scheme of schemes) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
      await page.goto(`${BASE}/`);
      await page.getByRole('article').first().waitFor();
      // The page as the reader finds it a moment later: what the reviews mention counted.
      await page.locator('[aria-label="Reviews mention"][aria-busy="false"]').waitFor();
      // On wide screens the charts follow the first reviews one per frame.
      if (width >= 1120) await page.getByRole('figure', { name: 'Reviews over time' }).waitFor();
      await page.screenshot({ path: `${OUT}/${size}-${scheme}.png` });
      written += 1;
      await page.close();
    }
  }
  // The charts, every one opened, light and dark, and on a phone.
  for (const { name, width, scheme } of [
    { name: 'charts-light', width: 1440, scheme: 'light' as const },
    { name: 'charts-dark', width: 1440, scheme: 'dark' as const },
    { name: 'charts-phone', width: 390, scheme: 'light' as const },
  ]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    await page.goto(`${BASE}/`);
    await page.getByRole('article').first().waitFor();
    if (width < 1120) await page.getByRole('button', { name: 'Show charts' }).click();
    await page.getByRole('button', { name: 'Helpfulness' }).click();
    await page.getByRole('figure', { name: 'Helpfulness' }).waitFor();
    await page.locator('[data-point]').first().waitFor();
    await page.locator('.charts').screenshot({ path: `${OUT}/${name}.png` });
    written += 1;
    await page.close();
  }
  // A search that matches nothing, and a dataset address that answers 404.
  for (const { name, path } of [
    { name: 'empty', path: '/?q=zebra&rating=9' },
    { name: 'not-found', path: '/?data=/data/missing.json' },
  ]) {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.route(
      (url) => url.pathname === '/data/missing.json',
      (route) => route.fulfill({ status: 404, body: 'Not found' }),
    );
    await page.goto(`${BASE}${path}`);
    await page
      .getByRole(name === 'empty' ? 'button' : 'alert')
      .first()
      .waitFor();
    await page.screenshot({ path: `${OUT}/${name}.png` });
    written += 1;
    await page.close();
  }
  // What reviewers say about a name: its sentences as quotes, and on the cards.
  for (const { name, width, scheme, view } of [
    { name: 'quotes-light', width: 1440, scheme: 'light' as const, view: 'quotes' },
    { name: 'quotes-dark-phone', width: 390, scheme: 'dark' as const, view: 'quotes' },
    { name: 'matches-laptop', width: 1024, scheme: 'light' as const, view: 'reviews' },
  ]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    await page.goto(`${BASE}/?q=Mikkelsen&view=${view}`);
    await page
      .locator(view === 'quotes' ? '.quote' : 'article mark')
      .first()
      .waitFor();
    await page.screenshot({ path: `${OUT}/${name}.png` });
    written += 1;
    await page.close();
  }
  // A shared review on a page of its own.
  for (const { name, width, scheme } of [
    { name: 'review-page-light', width: 1440, scheme: 'light' as const },
    { name: 'review-page-dark-phone', width: 390, scheme: 'dark' as const },
  ]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    await page.goto(`${BASE}/`);
    const id = await page.getByRole('article').first().getAttribute('data-review-id');
    await page.goto(`${BASE}/?review=${id ?? ''}`);
    await page.getByRole('link', { name: /^See all/ }).waitFor();
    await page.screenshot({ path: `${OUT}/${name}.png` });
    written += 1;
    await page.close();
  }
  console.log(`screenshots: wrote ${written} PNGs to ${OUT}/`);
} finally {
  await browser.close();
  server.httpServer.close();
}
