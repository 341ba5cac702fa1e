// Every demo page (index.html and demo/*.html) served by a vite dev server, in real Chromium:
// no page errors, no console errors or warnings (but Lit's dev-mode notice), both tags defined
// and rendered, and a full-page screenshot of each in test-results/demo/<page>.png to look at.
// demo/plain.html loads the built dist/ files, so this runs after `npm run build`.
import { mkdir, readdir } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../scripts/chromium.mjs';
import { createServer } from 'vite';

const root = new URL('../..', import.meta.url).pathname;
const shots = new URL('../../test-results/demo/', import.meta.url).pathname;
const pages = [
  'index.html',
  ...(await readdir(new URL('../../demo/', import.meta.url)))
    .filter(name => name.endsWith('.html'))
    .sort()
    .map(name => `demo/${name}`),
];

/** What each page must show beyond the common checks. */
const checks = {
  'index.html': async page => {
    await page.getByRole('button', { name: 'Sign out', exact: true }).first().waitFor();
    await page.getByRole('link', { name: 'Plain HTML' }).waitFor();
  },
  'demo/user-button.html': async page => {
    await page.getByRole('button', { name: 'Open account menu for Ada Lovelace' }).first().waitFor();
  },
  'demo/plain.html': async page => {
    assert.equal(await page.evaluate(() => typeof window.AuthElements?.mountUserButton), 'function');
    assert.equal(await page.evaluate(() => !!globalThis.litIssuedWarnings), false, 'the production bundle');
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
    await page.getByRole('button', { name: 'Open account menu for Ada Lovelace' }).waitFor();
  },
  'demo/mount.html': async page => {
    const trigger = page.locator('#account').getByRole('button', { name: 'Open account menu for Ada Lovelace' });
    await trigger.waitFor();
    await trigger.click();
    await page.getByRole('menuitem', { name: 'Billing' }).waitFor();
    await page.getByRole('menuitem', { name: 'Help' }).click();
    await page.getByText('Help chosen (onClick)').waitFor();
    await page.getByRole('button', { name: 'Unmount' }).first().click();
    assert.equal(await page.locator('#account auth-user-button').count(), 0);
    await page.getByRole('button', { name: 'Mount again' }).first().click();
    await trigger.waitFor();
  },
  'demo/events.html': async page => {
    await page.getByRole('button', { name: 'Assign window.Auth again' }).click();
    await page.getByRole('button', { name: 'Open account menu for Ada Lovelace' }).click();
    await page.getByRole('menuitem', { name: 'Manage account' }).click();
    for (const type of ['auth-client-change', 'auth-menu-opened', 'auth-manage-account', 'auth-menu-closed']) {
      await page.locator('#log li', { hasText: type }).first().waitFor();
    }
  },
  'demo/themes.html': async page => {
    await page.getByRole('menu').nth(2).waitFor();
    assert.equal(await page.getByRole('menu').count(), 3, 'three examples with the menu open');
  },
  'demo/languages.html': async page => {
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
    await page.getByRole('button', { name: 'تسجيل الخروج' }).waitFor();
    await page.getByRole('button', { name: 'Kontomenü für Ada Lovelace öffnen' }).waitFor();
    assert.equal(await page.locator('auth-sign-out-button').count(), 11);
    assert.equal(await page.locator('auth-user-button').count(), 11);
    const dir = await page
      .locator('[lang="ar"] auth-user-button')
      .getByRole('button')
      .evaluate(el => getComputedStyle(el).direction);
    assert.equal(dir, 'rtl');
  },
};

let server;
let origin;
let browser;

before(async () => {
  server = await createServer({
    root,
    logLevel: 'warn',
    clearScreen: false,
    server: { port: 0, host: '127.0.0.1', hmr: false },
  });
  await server.listen();
  origin = `http://127.0.0.1:${server.httpServer.address().port}`;
  await mkdir(shots, { recursive: true });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('every demo page has a check', () => {
  assert.deepEqual([...pages].sort(), Object.keys(checks).sort());
});

for (const path of pages) {
  test(`${path}: loads without errors, elements defined and rendered, screenshot`, async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', error => problems.push(`pageerror: ${error.message}`));
    page.on('console', message => {
      if (!['error', 'warning'].includes(message.type())) return;
      if (/Lit is in dev mode/.test(message.text())) return;
      problems.push(`${message.type()}: ${message.text()}`);
    });
    try {
      const response = await page.goto(`${origin}/${path}`, { waitUntil: 'networkidle' });
      assert.equal(response?.status(), 200);
      await page.waitForFunction(
        () => customElements.get('auth-sign-out-button') && customElements.get('auth-user-button'),
      );
      // Every element on the page upgraded and rendered its shadow root.
      const elements = await page.evaluate(() =>
        [...document.querySelectorAll('auth-sign-out-button, auth-user-button')].map(el => ({
          tag: el.localName,
          upgraded: el instanceof customElements.get(el.localName),
          rendered: !!el.shadowRoot?.childElementCount,
        })),
      );
      assert.ok(elements.length > 0, 'the page has elements');
      for (const el of elements) assert.deepEqual(el, { tag: el.tag, upgraded: true, rendered: true });
      await checks[path](page);

      // Grow the viewport to the whole page so the top-layer menus are placed where they show.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: 1000, height: Math.max(800, height) });
      await page.waitForTimeout(100);
      const name = path.replace(/^demo\//, '').replace(/\.html$/, '');
      await page.screenshot({ path: `${shots}${name}.png`, fullPage: true });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}
