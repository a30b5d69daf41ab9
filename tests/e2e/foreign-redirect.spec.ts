import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, serve, test } from './fixtures';

/**
 * Another site, on a port of its own: it answers any request with a valid dataset that any
 * origin may read, and counts the requests it received.
 */
let foreign: Server;
let foreignOrigin = '';
let foreignHits: string[] = [];

test.beforeAll(async () => {
  foreign = createServer((request, response) => {
    foreignHits.push(request.url ?? '');
    response.writeHead(200, {
      'content-type': 'application/json',
      'access-control-allow-origin': '*',
    });
    response.end(
      JSON.stringify({
        schemaVersion: 1,
        film: { title: 'Foreign Film', year: 2020 },
        declaredReviewCount: null,
        reviews: [
          {
            id: 'x1',
            title: 'From another site',
            author: 'someone',
            date: '2020-01-01',
            spoiler: false,
            body: 'This text came from another origin.',
            rating: 9,
            helpful: { up: 1, total: 1 },
          },
        ],
      }),
    );
  });
  await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
  foreignOrigin = `http://127.0.0.1:${(foreign.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => foreign.close(() => resolve()));
});

test.beforeEach(() => {
  foreignHits = [];
});

for (const status of [301, 302, 303, 307, 308]) {
  test(`?data= at a same-site path that answers ${status} to another site opens nothing from it`, async ({
    page,
    guards,
  }) => {
    // The browser announces the hop before refusing it; the other site's count says it was not asked.
    guards.allowRefused(new RegExp(`^${foreignOrigin}/`));
    await serve(page, '/go/x.json', {
      status,
      headers: { location: `${foreignOrigin}/evil.json` },
    });
    await page.goto('/?data=/go/x.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('another site');
    await expect(alert.getByRole('button', { name: 'Open Pusher II (2004)' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /Foreign Film/ })).toHaveCount(0);
    await expect(page.getByText('This text came from another origin.')).toHaveCount(0);
    expect(foreignHits).toEqual([]);
  });
}

test('?data= at a same-site path that redirects on the same site still opens', async ({ page }) => {
  await serve(page, '/go/here.json', {
    status: 302,
    headers: { location: '/data/pusher-ii-2004.json' },
  });
  await page.goto('/?data=/go/here.json');
  await expect(page.getByRole('status')).toHaveText('Showing 25 of 25 reviews');
});
