import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
const PORT = 4301;
const server = await preview({ preview: { port: PORT, host: '127.0.0.1', strictPort: true } });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const base = `http://127.0.0.1:${PORT}/`;
for (const [w, h] of [[1024, 768], [390, 844], [1440, 900]] as const) {
  const page = await browser.newPage({ viewport: { width: w, height: h }, hasTouch: w < 500, isMobile: w < 500 });
  await page.goto(base);
  const first = page.getByRole('article').first();
  await first.waitFor();
  const text = await first.evaluate((el) => {
    const body = el.querySelector('.review-body, p');
    const r = (body ?? el).getBoundingClientRect();
    return { top: Math.round(r.top), cls: body?.className };
  });
  const title = await first.getByRole('heading').first().boundingBox();
  const buttons = await first.getByRole('button').evaluateAll((els) =>
    els.map((e) => `${(e as HTMLElement).innerText.trim().slice(0, 20)}:${Math.round(e.getBoundingClientRect().height)}x${Math.round(e.getBoundingClientRect().width)}`),
  );
  console.log(w, h, 'title top', title?.y, 'text', text, buttons.join(' | '));
  await page.keyboard.press('Tab');
  console.log(' first tab:', await page.evaluate(() => `${document.activeElement?.tagName} ${(document.activeElement as HTMLElement)?.innerText?.slice(0, 30)}`));
  if (w === 1440) {
    const side = await page.evaluate(() => [...document.querySelectorAll('aside, [class*=side]')].map((e) => `${e.tagName}.${e.className}`).join(','));
    console.log(' side', side);
    await page.mouse.wheel(0, 3000); await page.waitForTimeout(500);
    const vis = await page.evaluate(() => [...document.querySelectorAll('aside, [class*=side]')].map((e) => { const r = e.getBoundingClientRect(); return `${Math.round(r.top)}..${Math.round(r.bottom)}`; }).join(','));
    console.log(' after scroll side rects', vis);
  }
  await page.screenshot({ path: `/tmp/probe-${w}.png` });
  await page.close();
}
await browser.close();
await server.close();
