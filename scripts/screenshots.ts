import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

// Renders the built app (run `npm run build` first) in light, dark and phone width, for the README
// and for looking at what a reader sees.
const OUT = process.argv[2] ?? 'docs/screenshots';
const server = await preview({ preview: { port: 4174, host: '127.0.0.1', strictPort: true } });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS],
});
try {
  mkdirSync(OUT, { recursive: true });
  const shots = [
    { name: 'light', width: 1280, height: 900, scheme: 'light' as const, path: '/' },
    { name: 'dark', width: 1280, height: 900, scheme: 'dark' as const, path: '/?q=Mikkelsen' },
    { name: 'phone', width: 375, height: 800, scheme: 'light' as const, path: '/?sort=newest' },
  ];
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.scheme,
    });
    await page.goto(`http://127.0.0.1:4174${shot.path}`);
    await page.getByRole('article').first().waitFor();
    // The charts follow the first reviews one per frame.
    await page.getByRole('figure', { name: 'Helpfulness' }).waitFor();
    await page.screenshot({ path: `${OUT}/${shot.name}.png` });
    await page.close();
  }
  // The charts column alone, light and dark, and on a 320 px phone.
  const charts = [
    { name: 'charts-light', width: 1280, scheme: 'light' as const },
    { name: 'charts-dark', width: 1280, scheme: 'dark' as const },
    { name: 'charts-320', width: 320, scheme: 'light' as const },
  ];
  for (const shot of charts) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: 1800 },
      colorScheme: shot.scheme,
    });
    await page.goto('http://127.0.0.1:4174/');
    await page.getByRole('figure', { name: 'Helpfulness' }).waitFor();
    await page.locator('.charts').screenshot({ path: `${OUT}/${shot.name}.png` });
    await page.close();
  }
  console.log(`screenshots: wrote ${shots.length + charts.length} PNGs to ${OUT}/`);
} finally {
  await browser.close();
  server.httpServer.close();
}
