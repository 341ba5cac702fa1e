// `npm run screenshots`: the README's pictures of the account menu, taken from the demo's themes
// page with the in-page client (`?client=memory`) in headless Chromium, of the whole-site page on
// the demo's better-auth server, signed out and signed in, and of the device list on the demo's
// account page against the same backend (three browser contexts signed in as one user: this
// computer, an iPhone and a Windows laptop). Writes docs/screenshots/menu-light.png, menu-dark.png,
// sidebar.png, site-signed-out.png, site-signed-in.png and devices.png.
import { mkdtempSync, rmSync } from 'node:fs';
/* global document, scrollX, scrollY -- in the page */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDemoServer, root } from '../server/app.mjs';
import { launchChromium } from './chromium.mjs';

const out = path.join(root, 'docs/screenshots');
/** The account of the signed-in shots. */
const ADA = { name: 'Ada Lovelace', email: 'ada@example.com', password: 'ada-password-1' };
const dataDir = mkdtempSync(path.join(tmpdir(), 'auth-elements-shots-'));
const server = await startDemoServer({ port: 0, opPort: 0, dataDir, quiet: true });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1400 }, deviceScaleFactor: 2 });
  page.on('pageerror', error => console.error(error));
  await page.goto(`${server.origin}/demo/themes.html?client=memory`);
  await page.getByRole('menu').nth(5).waitFor();
  await page.evaluate(() => document.fonts.ready);
  const shots = [
    ['menu-light.png', '#shot-light'],
    ['menu-dark.png', '#shot-dark'],
    ['sidebar.png', '#shot-sidebar'],
  ];
  for (const [file, selector] of shots) {
    // Only the pictured example's menu is open: the others would cover it in the top layer.
    await page.evaluate(shown => {
      for (const el of document.querySelectorAll('auth-user-button')) el.open = !!el.closest(shown);
    }, selector);
    await page.locator(`${selector} [role=menu]`).waitFor();
    // The example's box, grown to hold its menu (in the top layer, it may reach past the box).
    const box = await page.evaluate(shown => {
      const example = document.querySelector(shown);
      const menu = example?.querySelector('auth-user-button')?.shadowRoot?.querySelector('[part~=popover]');
      if (!example || !menu) return null;
      const [a, b] = [example.getBoundingClientRect(), menu.getBoundingClientRect()];
      const left = Math.min(a.left, b.left - 16);
      const top = Math.min(a.top, b.top - 16);
      const right = Math.max(a.right, b.right + 16);
      const bottom = Math.max(a.bottom, b.bottom + 16);
      return { x: left + scrollX, y: top + scrollY, width: right - left, height: bottom - top };
    }, selector);
    if (!box) throw new Error(`${selector} is not shown`);
    await page.screenshot({
      path: path.join(out, file),
      clip: box,
      fullPage: true,
      animations: 'disabled',
      caret: 'hide',
    });
    console.log(`wrote docs/screenshots/${file}`);
  }

  const site = await browser.newPage({ viewport: { width: 1000, height: 640 }, deviceScaleFactor: 2 });
  site.on('pageerror', error => console.error(error));
  const shoot = async file => {
    await site.evaluate(() => document.fonts.ready);
    await site.screenshot({ path: path.join(out, file), animations: 'disabled', caret: 'hide' });
    console.log(`wrote docs/screenshots/${file}`);
  };
  await site.goto(`${server.origin}/demo/site.html`);
  await site.getByRole('heading', { name: 'Your field notes, everywhere' }).waitFor();
  await shoot('site-signed-out.png');
  // Signed up on the demo's sign-in page, which comes back to the site.
  await site.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  const form = site.locator('section').filter({ has: site.getByRole('heading', { name: 'Create an account' }) });
  await form.getByLabel('Name').fill(ADA.name);
  await form.getByLabel('Email').fill(ADA.email);
  await form.getByLabel('Password').fill(ADA.password);
  await form.getByRole('button', { name: 'Create account' }).click();
  await site.getByRole('heading', { name: 'Welcome back' }).waitFor();
  await shoot('site-signed-in.png');
  // The site's session ends, so the device list shows the three devices below only.
  await site.evaluate(async () => {
    const response = await fetch('/api/auth/sign-out', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    if (!response.ok) throw new Error(`sign-out: ${response.status}`);
  });
  await devices();
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}

/**
 * The device list of the account page: Ada (signed up by the site's shots) signed in here, on an
 * iPhone and on a Windows laptop.
 */
async function devices() {
  const agents = [
    undefined,
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0',
  ];
  const pages = [];
  // The other devices first, so this one is the most recent sign-in.
  for (const userAgent of agents.reverse()) {
    const context = await browser.newContext({
      userAgent,
      viewport: { width: 760, height: 900 },
      deviceScaleFactor: 2,
    });
    const page = await context.newPage();
    page.on('pageerror', error => console.error(error));
    await page.goto(`${server.origin}/demo/sign-in.html`);
    const route = '/api/auth/sign-in/email';
    await page.evaluate(
      async ([route, body]) => {
        const response = await fetch(route, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        if (!response.ok) throw new Error(`${route}: ${response.status}`);
      },
      [route, ADA],
    );
    pages.push(page);
  }
  const page = pages.at(-1);
  await page.goto(`${server.origin}/demo/account.html`);
  await page.locator('auth-device-list').getByText('This device').waitFor();
  await page.evaluate(() => document.fonts.ready);
  const section = page.locator('#devices');
  await section.screenshot({ path: path.join(out, 'devices.png'), animations: 'disabled', caret: 'hide' });
  console.log('wrote docs/screenshots/devices.png');
}
