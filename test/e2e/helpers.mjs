// Shared by the end-to-end tests: the demo backend (better-auth on SQLite and the OpenID Provider,
// pages through vite) in a fresh data folder on free ports, Debian's Chromium, a record of the
// elements' events in each page, and the sign-up and sign-in forms of demo/sign-in.html.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { startDemoServer } from '../../server/app.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';

export { launchChromium };

/** The better-auth accounts the tests sign up, and the demo page with the account menu. */
export const ada = { name: 'Ada Lovelace', email: 'ada@example.com', password: 'ada-password-1' };
export const grace = { name: 'Grace Hopper', email: 'grace@example.com', password: 'grace-password-1' };
export const MENU_PAGE = '/demo/user-button.html';

/** A test file's server and browser; `tearDown` stops both (each may be missing after a failed start). */
export async function setUp() {
  const server = await startServer();
  return { server, browser: await launchChromium() };
}

export async function tearDown({ server, browser } = {}) {
  await browser?.close();
  await server?.close();
}

/** Generous: two shared cores under load; every wait is on a condition, never a fixed sleep. */
export const TIMEOUT = 30_000;

/** The events every page records (in sessionStorage, so they survive a round trip through the OpenID Provider). */
const EVENTS = [
  'auth-sign-out',
  'auth-signed-out',
  'auth-sign-out-error',
  'auth-session-switch',
  'auth-session-switched',
  'auth-session-switch-error',
];

/**
 * Starts the demo backend with its test routes in a new temporary data folder. `stop()` and
 * `start()` take it down and bring it back on the same ports and data (the browser's cookies stay
 * valid); `close()` stops it and deletes the folder.
 */
export async function startServer() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'auth-elements-e2e-'));
  const options = { dataDir, testHooks: true, quiet: true };
  let server;
  try {
    server = await startDemoServer({ ...options, port: 0, opPort: 0 });
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const { origin, issuer } = server;
  const ports = { port: Number(new URL(origin).port), opPort: Number(new URL(issuer).port) };
  let running = true;

  const get = async route => {
    const response = await fetch(origin + route);
    assert.equal(response.status, 200, `GET ${route}`);
    return response.json();
  };

  return {
    origin,
    issuer,
    /** The session rows (`id`, `userId`, `token`) with their user's `email`, and the users. */
    async db() {
      const { sessions, users } = await get('/__test/db');
      const email = new Map(users.map(user => [user.id, user.email]));
      return { sessions: sessions.map(row => ({ ...row, email: email.get(row.userId) })), users };
    },
    /** The OpenID Provider's stored sessions, grants and tokens: model → `[{ id, accountId }]`. */
    provider: () => get('/__test/provider'),
    /** Answers every /api/auth request with `status` until called without one. */
    async fault(status) {
      const response = await fetch(`${origin}/__test/fault${status ? `?status=${status}` : ''}`, { method: 'POST' });
      assert.equal(response.status, 200, 'POST /__test/fault');
    },
    /** Answers every request to the OpenID Provider with `status` until called without one. */
    async providerFault(status) {
      const response = await fetch(`${issuer}/__test/fault${status ? `?status=${status}` : ''}`, { method: 'POST' });
      assert.equal(response.status, 200, 'POST /__test/fault to the provider');
    },
    async stop() {
      running = false;
      await server.close();
    },
    async start() {
      server = await startDemoServer({ ...options, ...ports });
      running = true;
    },
    async close() {
      if (running) await server.close();
      running = false;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A browser context (a device of its own: its own cookies and storage) whose pages record the
 * elements' events and collect page errors (uncaught exceptions, unhandled rejections). `options`
 * go to `browser.newContext` (a `userAgent`, say).
 */
export async function newDevice(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, ...options });
  context.setDefaultTimeout(TIMEOUT);
  context.setDefaultNavigationTimeout(TIMEOUT);
  // The dev server's client reloads the page when its socket drops and the server comes back;
  // a test that restarts the server must keep its page. The socket is answered here and stays quiet.
  await context.routeWebSocket(/./, () => {});
  await context.addInitScript(types => {
    const key = 'e2e-events';
    for (const type of types) {
      addEventListener(type, event => {
        const { error, ...detail } = event.detail ?? {};
        const record = { type, detail, error: error?.message, page: location.pathname, at: Date.now() };
        sessionStorage.setItem(key, JSON.stringify([...JSON.parse(sessionStorage.getItem(key) ?? '[]'), record]));
      });
    }
  }, EVENTS);
  const errors = [];
  context.on('page', page => page.on('pageerror', error => errors.push(`${page.url()}: ${error.message}`)));
  return { context, errors, newPage: () => context.newPage() };
}

/** The events recorded so far in this page (this tab, across its navigations on this origin). */
export const events = page => page.evaluate(() => JSON.parse(sessionStorage.getItem('e2e-events') ?? '[]'));

/** Waits until the page recorded an event of `type` after the first `after` events, and returns it. */
export async function waitForEvent(page, type, after = 0) {
  await page.waitForFunction(
    ([type, after]) =>
      JSON.parse(sessionStorage.getItem('e2e-events') ?? '[]').some((e, i) => i >= after && e.type == type),
    [type, after],
    { timeout: TIMEOUT },
  );
  return (await events(page)).slice(after).find(e => e.type == type);
}

/** The types of the events recorded after the first `after`. */
export const eventTypes = async (page, after = 0) => (await events(page)).slice(after).map(e => e.type);

/** The demo's sign-in page, going back to `next` afterwards. */
const signInPage = (origin, next) => `${origin}/demo/sign-in.html?next=${encodeURIComponent(next)}`;

/** Fills one of the forms of demo/sign-in.html (the page must be open) and waits for the way back to `next`. */
async function submit(page, heading, fields, button, next) {
  const form = page.locator('section').filter({ has: page.getByRole('heading', { name: heading }) });
  for (const [label, value] of Object.entries(fields)) await form.getByLabel(label).fill(value);
  await form.getByRole('button', { name: button }).click();
  // Either the page goes on to `next`, or it says why not (then fail with its words, not a timeout).
  const refused = page.getByRole('alert').filter({ hasText: /\S/ });
  await Promise.race([
    page.waitForURL(url => url.pathname + url.search == next),
    refused.waitFor().then(async () => assert.fail(`${heading}: ${await refused.textContent()}`)),
  ]);
}

/** Creates the account on the open sign-in page (which signs it in) and waits for `next`. */
const signUpHere = (page, { name, email, password }, next) =>
  submit(page, 'Create an account', { Name: name, Email: email, Password: password }, 'Create account', next);

/** Signs the account in on the open sign-in page and waits for `next`. */
const signInHere = (page, { email, password }, next) =>
  submit(page, 'Sign in', { Email: email, Password: password }, 'Sign in', next);

/** Opens the sign-in page and creates the account, then waits for `next`. */
export async function signUp(page, origin, user, next) {
  await page.goto(signInPage(origin, next));
  await signUpHere(page, user, next);
}

/** Opens the sign-in page and signs the account in, then waits for `next`. */
export async function signIn(page, origin, user, next) {
  await page.goto(signInPage(origin, next));
  await signInHere(page, user, next);
}

/** What the server says about this browser's cookies: the current session's user email, or null. */
export const currentEmail = page =>
  page.evaluate(async () => {
    const response = await fetch('/api/auth/get-session');
    return (await response.json())?.user?.email ?? null;
  });

export const OIDC_PAGE = '/demo/oidc.html';

/** What the OpenID Provider stores for `account`: model → count (models without any are left out). */
export async function providerHolds(server, account) {
  const counts = {};
  for (const [model, entries] of Object.entries(await server.provider())) {
    const mine = entries.filter(entry => entry.accountId == account).length;
    if (mine) counts[model] = mine;
  }
  return counts;
}

/** On the OIDC demo page: clicks "Sign in" and waits for the provider's login form. */
export async function startOpenIdSignIn(page, server) {
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(url => url.origin == server.issuer && url.pathname.startsWith('/interaction/'));
  await page.getByLabel('Login').waitFor();
}

/** Fills the provider's login form and waits to be back on the OIDC demo page, signed in as `name`. */
export async function openIdLogIn(page, server, { login, password, name }) {
  await page.getByLabel('Login').fill(login);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(url => url.origin == server.origin && url.pathname == OIDC_PAGE);
  await page
    .getByRole('status')
    .filter({ hasText: `Signed in as ${name}` })
    .waitFor();
}

/**
 * Resolves with the main frame's navigations (URLs) once, since the call, it went to a URL
 * starting with `through` and later to the page `back` (origin and path); rejects after TIMEOUT.
 * Start it before the click that leaves.
 */
export function roundTrip(page, through, back) {
  const urls = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      page.off('framenavigated', check);
      reject(new Error(`no round trip through ${through}; navigations: ${urls.join(' → ') || 'none'}`));
    }, TIMEOUT);
    function check(frame) {
      if (frame != page.mainFrame()) return;
      urls.push(frame.url());
      const out = urls.findIndex(url => url.startsWith(through));
      if (out < 0 || !urls.slice(out + 1).some(url => url.split(/[?#]/)[0] == back)) return;
      clearTimeout(timer);
      page.off('framenavigated', check);
      resolve(urls);
    }
    page.on('framenavigated', check);
  });
}
