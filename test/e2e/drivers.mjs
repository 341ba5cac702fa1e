// One small page API over the three browsers, so an end-to-end test runs as is in each: Chromium
// (over CDP) and Firefox ESR (over WebDriver BiDi) through puppeteer-core, WebKitGTK's MiniBrowser
// through webdriverio over WebDriver classic. Clicks and typing are the drivers' own input (trusted
// events), never `el.click()` from page script. Targets are found as a user finds them: by role and
// exact accessible name as the browser itself computes them, through shadow roots, among what is
// laid out. Page errors: uncaught exceptions and unhandled rejections of every page in Chromium and
// Firefox; WebKit over WebDriver classic has no events and no script run before the page's own, so
// there the listeners go in at each call of this API and see what happens after it (an error while
// a page first runs its modules goes unseen).
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { firefoxPath } from '../../scripts/browser-paths.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { startWebKitDriver, stopChildren, webKitCapabilities } from '../../scripts/webkit-driver.mjs';
import { TIMEOUT } from './helpers.mjs';

export const BROWSERS = ['chromium', 'firefox', 'webkit'];

const VIEWPORT = { width: 1000, height: 800 };
const FIELDS = 'input, select, textarea';

/**
 * Where something is: `{ role, name, within }` (a button, a menu item, a heading; `name` exact;
 * without it any name), or `{ label, within }` (a form field by its label). `within` is a CSS
 * selector of the light DOM around it.
 */
const named = ({ role, name, label, within }) =>
  `${label ? `field "${label}"` : `${role}${name ? ` "${name}"` : ''}`}${within ? ` in ${within}` : ''}`;

/** Calls `check` until it gives something truthy (a call that throws, mid-navigation say, counts as no). */
export async function until(check, what) {
  const end = Date.now() + TIMEOUT;
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? ` (${last.message})` : ''}`);
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

/** The page API over `find` (a target → its elements now) and the driver's own primitives. */
function device({ find, click, fill, evaluate, ...rest }) {
  const one = async target => {
    const found = await until(async () => {
      const all = await find(target);
      return all.length && all;
    }, named(target));
    if (found.length > 1) throw new Error(`${found.length} elements are ${named(target)}`);
    return found[0];
  };
  return {
    ...rest,
    evaluate,
    /** The page's own location: a driver's record of it may lag behind a navigation the page already made. */
    url: () => evaluate(() => location.href),
    count: async target => (await find(target)).length,
    /** Waits until `what` (a page function of `arg`, or a target) is there; gives the function's value. */
    waitFor: (what, arg) =>
      typeof what == 'function' ? until(() => evaluate(what, arg), `${what}`) : one(what).then(() => true),
    click: async target => click(await one(target)),
    fill: async (target, text) => fill(await one(target), text),
  };
}

/** Puppeteer's ARIA query, through every shadow root under `within`, kept to laid-out elements. */
async function puppeteerFind(page, { role, name, label, within = ':root' }) {
  const query = label
    ? `[name=${JSON.stringify(label)}]`
    : `[role=${JSON.stringify(role)}]${name ? `[name=${JSON.stringify(name)}]` : ''}`;
  const handles = await page.$$(`${within} >>> ::-p-aria(${query})`);
  const keep = await Promise.all(
    handles.map(h =>
      h.evaluate((el, fields) => el.checkVisibility() && (!fields || el.matches(fields)), label && FIELDS),
    ),
  );
  return handles.filter((_, i) => keep[i]);
}

async function launchPuppeteer(name) {
  const browser =
    name == 'firefox'
      ? await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), defaultViewport: VIEWPORT })
      : await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, defaultViewport: VIEWPORT });
  return {
    async newDevice() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT);
      page.setDefaultNavigationTimeout(TIMEOUT);
      const errors = [];
      page.on('pageerror', error => errors.push(`${page.url()}: ${error.message}`));
      return device({
        goto: url => page.goto(url),
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        find: target => puppeteerFind(page, target),
        click: handle => handle.click(),
        fill: (handle, text) => handle.type(text),
        errors: async () => errors,
        close: () => context.close(),
      });
    },
    close: () => browser.close(),
  };
}

/** In the page: the elements that may be targets under `within`, through open shadow roots, laid out. */
function candidates(within, selector) {
  const found = [];
  const walk = root => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches(selector) && el.checkVisibility()) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  for (const root of within ? document.querySelectorAll(within) : [document]) walk(root);
  return found;
}

/** In the page: listens for errors (once per document) and hands over those noted since the last call. */
function takeErrors() {
  const key = 'e2e-errors';
  const note = message =>
    sessionStorage.setItem(
      key,
      JSON.stringify([...JSON.parse(sessionStorage.getItem(key) ?? '[]'), `${location.href}: ${message}`]),
    );
  if (!window.e2eErrors) {
    window.e2eErrors = true;
    addEventListener('error', event => note(event.message));
    addEventListener('unhandledrejection', event => note(event.reason?.message ?? String(event.reason)));
  }
  const noted = JSON.parse(sessionStorage.getItem(key) ?? '[]');
  sessionStorage.removeItem(key);
  return noted;
}

async function launchWebKit() {
  const children = [];
  const sessions = new Set();
  let port;
  try {
    port = await startWebKitDriver(children);
  } catch (error) {
    stopChildren(children);
    throw error;
  }
  return {
    async newDevice() {
      // A WebDriver session is a MiniBrowser of its own (its own cookies and storage), and the
      // driver runs one at a time: close a device before opening the next.
      // An element gone mid-search (the page navigated) is an answer, not something to retry or log.
      const browser = await remote({
        hostname: '127.0.0.1',
        port,
        path: '/',
        logLevel: 'silent',
        connectionRetryCount: 0,
        capabilities: webKitCapabilities(),
      });
      sessions.add(browser);
      await browser.setTimeout({ pageLoad: TIMEOUT, script: TIMEOUT });
      const errors = [];
      const watch = async () => errors.push(...(await browser.execute(takeErrors).catch(() => [])));
      const find = async ({ role, name, label, within }) => {
        await watch();
        const refs = await browser.execute(
          candidates,
          within ?? null,
          label ? FIELDS : `${FIELDS}, a[href], button, summary, h1, h2, h3, h4, h5, h6, [role]`,
        );
        const found = [];
        for (const ref of refs) {
          const el = await browser.$(ref);
          if (
            label
              ? (await el.getComputedLabel()) == label
              : (await el.getComputedRole()) == role && (!name || (await el.getComputedLabel()) == name)
          )
            found.push(el);
        }
        return found;
      };
      return device({
        goto: async url => {
          await browser.url(url);
          await watch();
        },
        evaluate: async (fn, arg) => {
          await watch();
          return browser.execute(fn, arg);
        },
        find,
        click: el => el.click(),
        fill: (el, text) => el.setValue(text),
        errors: async () => (await watch(), errors),
        close: async () => {
          sessions.delete(browser);
          await browser.deleteSession();
        },
      });
    },
    async close() {
      await Promise.allSettled([...sessions].map(session => session.deleteSession()));
      stopChildren(children);
    },
  };
}

/**
 * Starts `name` (chromium, firefox or webkit) once; `newDevice()` opens a device of its own (its
 * own cookies and storage: a browser context, or a WebDriver session): `goto(url)`, `url()`,
 * `evaluate(fn, arg)`, `waitFor(fn, arg)` or `waitFor(target)`, `count(target)`, `click(target)`,
 * `fill(target, text)`, `errors()`, `close()`.
 */
export const launchBrowser = name => (name == 'webkit' ? launchWebKit() : launchPuppeteer(name));
