import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { FirstScreenProblem, type FirstScreens } from './markup.ts';

/**
 * Opens the built app in Chromium, as a new visitor at each layout's width, and takes the root's
 * HTML at the moment the app first shows a review: the commit a reader's first screen is. The
 * build's own files are served from a local port for it; nothing else is fetched.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

function serve(dir: string): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const LAYOUTS = [
  { layout: 'wide', width: 1440, height: 900 },
  { layout: 'narrow', width: 390, height: 844 },
] as const;

const CAPTURE_MS = 60_000;

export async function captureFirstScreens(dir: string): Promise<FirstScreens> {
  if (!existsSync(CHROMIUM_PATH))
    throw new FirstScreenProblem(`no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);
  const { chromium } = await import('@playwright/test');
  const server = await serve(dir);
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const screens: Partial<FirstScreens> = {};
    for (const { layout, width, height } of LAYOUTS) {
      const context = await browser.newContext({
        viewport: { width, height },
        serviceWorkers: 'block',
        colorScheme: 'light',
        timezoneId: 'UTC',
      });
      const page = await context.newPage();
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          const root = document.getElementById('root');
          if (root?.querySelector('article')) {
            // What React set as properties (a select's choice, a box ticked, a field's text)
            // written into attributes, which the HTML keeps.
            for (const option of root.querySelectorAll('option'))
              option.toggleAttribute('selected', option.selected);
            for (const input of root.querySelectorAll('input')) {
              if (input.type === 'checkbox' || input.type === 'radio')
                input.toggleAttribute('checked', input.checked);
              else input.setAttribute('value', input.value);
            }
            (window as unknown as { __firstScreen?: string }).__firstScreen = root.innerHTML;
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`http://127.0.0.1:${port}/`);
      const captured = await page.waitForFunction(
        () => (window as unknown as { __firstScreen?: string }).__firstScreen,
        undefined,
        { timeout: CAPTURE_MS },
      );
      const html = (await captured.jsonValue()) as string;
      // The layout the width was for: two columns only in the wide one.
      if (html.includes('layout--wide') !== (layout === 'wide'))
        throw new FirstScreenProblem(`the ${layout} capture has the other layout`);
      screens[layout] = html;
      await context.close();
    }
    return screens as FirstScreens;
  } finally {
    await browser.close();
    server.close();
  }
}
