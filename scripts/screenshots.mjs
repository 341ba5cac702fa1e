// `npm run screenshots`: the README's pictures of the account menu, taken from the demo's themes
// page with the in-page client (`?client=memory`) in headless Chromium, and of the whole-site page
// on the demo's better-auth server, signed out and signed in. Writes docs/screenshots/menu-light.png,
// menu-dark.png, sidebar.png, site-signed-out.png and site-signed-in.png.
import { mkdtempSync, rmSync } from 'node:fs';
/* global document, scrollX, scrollY -- in the page */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDemoServer, root } from '../server/app.mjs';
import { launchChromium } from './chromium.mjs';

const out = path.join(root, 'docs/screenshots');
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
  await form.getByLabel('Name').fill('Ada Lovelace');
  await form.getByLabel('Email').fill('ada@example.com');
  await form.getByLabel('Password').fill('ada-password-1');
  await form.getByRole('button', { name: 'Create account' }).click();
  await site.getByRole('heading', { name: 'Welcome back' }).waitFor();
  await shoot('site-signed-in.png');
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
