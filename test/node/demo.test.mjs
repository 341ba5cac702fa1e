// Every demo page (index.html and demo/*.html) served by the demo server (`npm start`: vite plus
// the real better-auth and OpenID Provider backends), in real Chromium: no page errors, no console
// errors or warnings (but Lit's dev-mode notice), both tags defined and rendered, and a full-page
// screenshot of each in test-results/demo/<page>.png to look at. Two accounts are signed up
// through the sign-in page first, so the pages show real sessions. demo/plain.html loads the
// built dist/ files, so this runs after `npm run build`.
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startDemoServer } from '../../server/app.mjs';

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
  'demo/account.html': async page => {
    // Ada's session on this browser, from better-auth's listSessions (Chromium on Linux).
    const list = page.locator('auth-device-list');
    await list.getByText('This device').waitFor();
    await list.getByText('Chrome on Linux').waitFor();
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
    await page.getByRole('menu').nth(5).waitFor();
    assert.equal(await page.getByRole('menu').count(), 6, 'six examples with the menu open');
    // The Clerk-like theme choice: a radio checks without closing its menu.
    const dark = page.getByRole('menuitemradio', { name: 'Dark' }).first();
    await dark.click();
    assert.equal(await dark.getAttribute('aria-checked'), 'true');
    // Its own menu stays open; the others closed on a press outside them.
    assert.equal(await page.getByRole('menu').count(), 1, "the chosen radio's menu stays open");
    assert.equal(await dark.isVisible(), true);
  },
  'demo/sign-in.html': async page => {
    await page.getByRole('button', { name: 'Open account menu for Ada Lovelace' }).waitFor();
    // A wrong password is refused with a message; the right one signs in and goes on to `next`.
    const form = page.locator('#sign-in');
    // Ada again: she stays the current account for the pages after this one.
    await form.getByLabel('Email').fill('ada@example.com');
    await form.getByLabel('Password').fill('not-the-password');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /invalid/i })
      .waitFor();
    await form.getByLabel('Password').fill('correct-horse-battery');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/demo/user-button.html');
    await page.getByRole('button', { name: 'Open account menu for Ada Lovelace' }).first().waitFor();
    await page.goBack();
  },
  'demo/site.html': async page => {
    // Signed in as Ada: the signed-in blocks, no sign-in button, no signed-out hero.
    await page.getByRole('heading', { name: 'Welcome back' }).waitFor();
    await page.getByRole('banner').getByRole('button', { name: 'Open account menu for Ada Lovelace' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Sign in' }).count(), 0);
    assert.equal(await page.getByText('Your field notes, everywhere').isVisible(), false);
    const initials = await page
      .locator('auth-avatar')
      .evaluate(el => el.shadowRoot.querySelector('[part~=avatar]').getAttribute('data-initials'));
    assert.equal(initials, 'AL');
  },
  'demo/oidc.html': async page => {
    await page.getByRole('status').filter({ hasText: 'Signed out' }).waitFor();
    await page.getByRole('button', { name: 'Sign in' }).first().waitFor();
  },
  'demo/authjs.html': async page => {
    await page.getByRole('status').filter({ hasText: 'Signed out' }).waitFor();
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).waitFor();
  },
  // `npm start` runs no Firebase emulator (`npm run start:firebase` does): the page says so.
  'demo/firebase.html': async page => {
    await page.getByRole('status').filter({ hasText: 'npm run start:firebase' }).waitFor();
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
let dataDir;
/** One browser profile for every page, signed in to both accounts. */
let context;

/** Creates an account with better-auth's sign-up endpoint from the page; it becomes the current one. */
const signUp = (page, name, email) =>
  page.evaluate(
    async body => {
      const response = await fetch('/api/auth/sign-up/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`sign-up: ${response.status} ${await response.text()}`);
    },
    { name, email, password: 'correct-horse-battery' },
  );

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'auth-elements-demo-'));
  server = await startDemoServer({ dataDir, quiet: true });
  origin = server.origin;
  await mkdir(shots, { recursive: true });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${origin}/demo/sign-in.html`);
  // Grace first, Ada last: the last sign-in is the current account.
  await signUp(page, 'Grace Hopper', 'grace@example.com');
  await signUp(page, 'Ada Lovelace', 'ada@example.com');
  const sessions = await page.evaluate(() =>
    fetch('/api/auth/multi-session/list-device-sessions').then(response => response.json()),
  );
  assert.equal(sessions.length, 2, 'both accounts signed in on this browser');
  await page.close();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

test('every demo page has a check', () => {
  assert.deepEqual([...pages].sort(), Object.keys(checks).sort());
});

for (const path of pages) {
  test(`${path}: loads without errors, elements defined and rendered, screenshot`, async () => {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', error => problems.push(`pageerror: ${error.message}`));
    page.on('console', message => {
      if (!['error', 'warning'].includes(message.type())) return;
      if (/Lit is in dev mode/.test(message.text())) return;
      // The sign-in page's check enters a wrong password on purpose.
      if (path == 'demo/sign-in.html' && /status of 401/.test(message.text())) return;
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
        [...document.querySelectorAll('auth-sign-out-button, auth-user-button, auth-device-list')].map(el => ({
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
      await page.close();
    }
  });
}
