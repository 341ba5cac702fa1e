// The elements in server-rendered frameworks: the apps under test/frameworks/ssr/ (one
// package.json and lock for all, installed with `npm ci` when its node_modules is missing or
// older than the lock) get this repository's npm build copied into their node_modules as
// `auth-elements`, are built for production two at a time, served by each framework's own
// production server on a free port, and driven in Chromium. Each page sets `window.harness`
// (test/frameworks/ssr/common/harness.js): `{ name, client, events }`.
//
// For each route of each app: the server's HTML holds both tags and no `[object Object]`; the
// console shows no error and no warning (hydration mismatches included) but Lit's dev-mode
// notice; the client reaches the elements (as their `auth` property, or as `window.Auth`); the
// menu opens with Enter and closes with Escape; "Manage account", "Add account", an account
// switch, a failed switch, a failed sign-out and a sign-out each deliver their events to the
// framework's own handler, all ten `auth-*` events in all. Routes that render declarative shadow
// DOM on the server, or size the undefined tags with CSS, keep each element's box from before
// its tag is defined to the signed-in state. The README shows each app's snippets in its
// section. `FRAMEWORK_APPS=next,astro` runs only those apps.
import { createServer } from 'node:net';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../scripts/chromium.mjs';
import { codeBlocks, env, install, readme, run, section, snippets } from '../frameworks/common/apps.mjs';
import { installPackage } from '../frameworks/ssr/install-package.mjs';

const root = fileURLToPath(new URL('../frameworks/ssr/', import.meta.url));

/**
 * The apps: their README section, and per route how the client reaches the elements
 * (`property`: each element's `auth`; `global`: `window.Auth`), which tags must keep their box
 * through definition and sign-in (`steady`), and whether the server rendered their shadow roots
 * (`declarative`).
 */
const apps = {
  next: {
    // The sizing recipe is in the introduction of all server-rendered frameworks.
    section: ['Next.js', 'Server-rendered frameworks'],
    routes: [
      { path: '/', via: 'property' },
      { path: '/server-component', via: 'global', steady: ['auth-user-button'] },
    ],
    plainJsx: '/plain-jsx',
  },
  'react-router': { section: 'React Router', routes: [{ path: '/', via: 'property' }] },
  nuxt: { section: 'Nuxt', routes: [{ path: '/', via: 'property' }] },
  sveltekit: { section: 'SvelteKit', routes: [{ path: '/', via: 'property' }] },
  astro: {
    section: 'Astro',
    routes: [
      { path: '/', via: 'global', declarative: true },
      { path: '/island', via: 'property' },
    ],
  },
};
const only = process.env.FRAMEWORK_APPS?.split(',');
const chosen = Object.keys(apps).filter(name => !only || only.includes(name));

const EVENTS = [
  'auth-menu-opened',
  'auth-menu-closed',
  'auth-manage-account',
  'auth-add-account',
  'auth-session-switch',
  'auth-session-switched',
  'auth-session-switch-error',
  'auth-sign-out',
  'auth-signed-out',
  'auth-sign-out-error',
];

/** Each app's build: seconds taken, or the error. Builds run two at a time (two cores). */
const builds = {};
let installed = 0;

/**
 * Starts `npm run start:<app>` on a port that was free a moment ago (each server takes its port
 * from PORT); resolves with its origin and a stop function once it answers.
 */
async function start(app) {
  const port = await new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
  const child = spawn('npm', ['run', `start:${app}`], {
    cwd: root,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', NITRO_HOST: '127.0.0.1', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const origin = `http://127.0.0.1:${port}`;
  await new Promise((resolve, reject) => {
    const exited = code => reject(new Error(`${app}'s server exited with ${code}:\n${out}`));
    child.on('exit', exited);
    const poll = async () => {
      try {
        await fetch(origin);
        child.off('exit', exited);
        resolve();
      } catch {
        if (child.exitCode == null) setTimeout(poll, 100);
      }
    };
    child.stdout.on('data', d => (out += d));
    child.stderr.on('data', d => (out += d));
    poll();
  });
  return { origin, stop };
}

// Runs in the page before its scripts: the box of every `auth-` element, and whether it has a
// shadow root, as the page last showed them before the first `auth-` tag was defined. (Defining
// the first tag may change the others' boxes within that same task, which nobody sees.)
function watchDefinitions() {
  const define = CustomElementRegistry.prototype.define;
  const before = {};
  Object.defineProperty(window, 'beforeDefinition', { value: before });
  CustomElementRegistry.prototype.define = function (name, ...rest) {
    if (name.startsWith('auth-') && !Object.keys(before).length) {
      for (const tag of ['auth-user-button', 'auth-sign-out-button']) {
        before[tag] = [...document.querySelectorAll(tag)].map(el => {
          const { x, y, width, height } = el.getBoundingClientRect();
          return { shadow: !!el.shadowRoot, box: { x, y, width, height } };
        });
      }
    }
    return define.call(this, name, ...rest);
  };
}

let browser;

before(async () => {
  installed = await install(root);
  installPackage();
  const queue = [...chosen];
  const worker = async () => {
    for (let app; (app = queue.shift()); ) {
      builds[app] = await run(root, 'npm', ['run', `build:${app}`]).catch(error => error);
    }
  };
  await Promise.all([worker(), worker()]);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

/** The texts of an app's README sections. */
const sections = app => [apps[app].section].flat().map(title => section(title) ?? '');

test('every app has a README section', () => {
  for (const [app, { section: title }] of Object.entries(apps)) {
    for (const text of [title].flat()) assert.ok(section(text) != null, `${app}: README has no "${text}" section`);
  }
});

// The README's React snippets (```jsx and ```tsx), compiled by tsc with the package's React JSX
// types (`auth-elements/jsx/react`) against the package as installed for the apps. Their local
// imports (`./auth-client`, `./auth-events`) are stubs with the types the apps' modules have.
// The negative controls: the React 19 snippet with `show-name=""` (a string where the types want
// a boolean), and a wrapper with `showName="yes"`, must fail, and only they.
test("every React snippet of the README type-checks with the package's JSX types", () => {
  const dir = join(root, 'node_modules/.readme');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'app'), { recursive: true });
  const client = [
    "import type { AuthClient } from 'auth-elements';",
    'export declare const client: AuthClient | undefined;',
    'export declare function onAuthEvent(event: Event): void;',
  ].join('\n');
  const files = {
    'tsconfig.json': JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        module: 'ESNext',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        strict: true,
        // The ```jsx snippets are JavaScript, whose parameters have no types.
        noImplicitAny: false,
        allowJs: true,
        checkJs: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      include: ['**/*'],
    }),
    'jsx.d.ts': "import type {} from 'auth-elements/jsx/react';",
    'auth-client.ts': client,
    'app/auth-client.ts': client,
    'app/auth-events.tsx': [
      "import type { ReactNode } from 'react';",
      'export declare function AuthEvents(props: { children: ReactNode }): ReactNode;',
    ].join('\n'),
  };
  const blocks = codeBlocks(readme).filter(({ lang }) => lang == 'jsx' || lang == 'tsx');
  assert.ok(blocks.length >= 7, `React snippets in the README: ${blocks.length}`);
  blocks.forEach(({ lang, body }, i) => (files[`app/snippet-${i}.${lang}`] = body));
  const react19 = blocks.find(({ body }) => body.includes('<auth-user-button auth={client} show-name />'));
  assert.ok(react19, 'the React 19 snippet sets show-name as a boolean');
  files['app/control.jsx'] = react19.body.replace('show-name />', 'show-name="" />');
  // And a wrapper's prop of the wrong type, so that the wrappers' types cannot be `any`.
  files['app/wrapper-control.tsx'] = [
    "import { UserButton } from 'auth-elements/react';",
    'export const Control = () => <UserButton showName="yes" />;',
  ].join('\n');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text + '\n');

  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const { stdout, stderr } = spawnSync(process.execPath, [tsc, '-p', dir, '--pretty', 'false'], { encoding: 'utf8' });
  const errors = `${stdout}${stderr}`.split('\n').filter(line => / error TS\d+:/.test(line));
  assert.deepEqual(
    errors.filter(line => !/app\/(wrapper-)?control\.[jt]sx/.test(line)),
    [],
    'the README snippets compile',
  );
  assert.ok(
    errors.some(
      line => line.includes('app/wrapper-control.tsx') && line.includes("'string' is not assignable to type 'boolean"),
    ),
    `the control (showName="yes") fails: ${errors.join('\n') || 'no error at all'}`,
  );
  assert.ok(
    errors.some(
      line => line.includes('app/control.jsx') && line.includes('"show-name": string; }\' is not assignable'),
    ),
    `the control (show-name="") fails: ${errors.join('\n') || 'no error at all'}`,
  );
  rmSync(dir, { recursive: true, force: true });
});

for (const app of chosen) {
  const { routes } = apps[app];

  test(app, { timeout: 10 * 60_000 }, async t => {
    await t.test('README shows its snippets in its section', () => {
      const found = snippets(join(root, app));
      assert.ok(found.length, `${app}: no readme:start … readme:end region in its sources`);
      for (const { file, text: snippet } of found) {
        assert.ok(
          sections(app).some(text => text.includes(snippet)),
          `README "${apps[app].section}" lacks the snippet of ${file}:\n${snippet}`,
        );
      }
    });

    await t.test('builds for production', s => {
      if (builds[app] instanceof Error) throw builds[app];
      s.diagnostic(`npm ci ${installed ? `${installed.toFixed(1)} s (shared)` : 'skipped'}, build ${builds[app]} s`);
    });
    if (builds[app] instanceof Error) return;

    const server = await start(app);
    t.after(server.stop);

    for (const route of routes) {
      await t.test(`${route.path}`, async s => {
        await checkRoute(s, app, server.origin, route);
      });
    }
    if (apps[app].plainJsx) {
      await t.test(`${apps[app].plainJsx}: plain React 19 JSX after hydration (react#35446)`, async () => {
        await checkPlainJsx(server.origin + apps[app].plainJsx);
      });
    }
  });
}

/** A page in a fresh context, with the console's errors and warnings (but Lit's dev-mode notice). */
async function openPage(initScript) {
  const context = await browser.newContext();
  if (initScript) await context.addInitScript(initScript);
  // Chromium asks for it by itself: no icon, and no 404 in the console.
  await context.route('**/favicon.ico', route => route.fulfill({ status: 204 }));
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', error => problems.push(`pageerror: ${error.message}`));
  page.on('console', message => {
    if (['error', 'warning'].includes(message.type()) && !/^Lit is in dev mode/.test(message.text()))
      problems.push(`${message.type()}: ${message.text()}`);
  });
  return { context, page, problems };
}

// React 19 neither sets custom-element properties nor adds `on…` listeners when it hydrates
// server markup (https://github.com/facebook/react/issues/35446). This checks that behaviour,
// as the README describes it, so that it fails once React changes it: then the README can
// recommend plain JSX in server-rendered React too.
async function checkPlainJsx(url) {
  assert.ok(!(await (await fetch(url)).text()).includes('[object Object]'), 'no "[object Object]" in the server HTML');
  const { context, page, problems } = await openPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.harness?.hydrated);
    const found = await page.evaluate(() => {
      const user = document.querySelector('auth-user-button');
      const signOut = document.querySelector('auth-sign-out-button');
      user.dispatchEvent(new CustomEvent('auth-menu-opened', { bubbles: true, composed: true }));
      signOut.dispatchEvent(new CustomEvent('auth-signed-out', { bubbles: true, composed: true, detail: {} }));
      return {
        upgraded: user instanceof customElements.get('auth-user-button'),
        auth: [user.auth === window.harness.client, signOut.auth === window.harness.client],
        heard: window.harness.events.splice(0),
      };
    });
    assert.ok(found.upgraded, 'the tags were defined before hydration');
    const fixed =
      'React now does it: recommend plain JSX for server-rendered React 19 in the README, and update this test';
    assert.deepEqual(found.auth, [false, false], `after hydration the elements have their auth property. ${fixed}`);
    assert.deepEqual(found.heard, [], `after hydration the onauth-… listeners hear their events. ${fixed}`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
}

async function checkRoute(t, app, origin, { path, via, steady = [], declarative = false }) {
  const html = await (await fetch(origin + path)).text();
  assert.match(html, /<auth-user-button[\s>]/, 'the server rendered <auth-user-button>');
  assert.match(html, /<auth-sign-out-button[\s>]/, 'the server rendered <auth-sign-out-button>');
  assert.ok(!html.includes('[object Object]'), 'no attribute of the server HTML is "[object Object]"');

  const { context, page, problems } = await openPage(watchDefinitions);
  t.after(() => context.close());

  const user = page.locator('auth-user-button');
  const signOut = page.locator('auth-sign-out-button').getByRole('button', { name: 'Sign out' });
  const seen = new Set();
  const events = async () => {
    const taken = await page.evaluate(() => window.harness.events.splice(0));
    taken.forEach(type => seen.add(type));
    return taken;
  };
  /** The events the step's action delivers, in order, once the last expected one came. */
  const expectEvents = async (action, expected) => {
    await events();
    await action();
    await page.waitForFunction(last => window.harness.events.includes(last), expected.at(-1)).catch(() => {});
    assert.deepEqual(await events(), expected);
  };
  const openWithKeyboard = async () => {
    await user.locator('[part~="trigger"]').focus();
    await page.keyboard.press('Enter');
    await user.getByRole('menu').waitFor();
  };

  await t.test('the client reaches the elements; the user shows', async () => {
    assert.equal((await page.goto(origin + path))?.status(), 200);
    await page.waitForFunction(() => window.harness);
    assert.equal(await page.evaluate(() => window.harness.name), app);
    await user.getByRole('button', { name: /Ada Lovelace/ }).waitFor();
    const reached = await page.evaluate(() =>
      [...document.querySelectorAll('auth-user-button, auth-sign-out-button')].map(el => ({
        tag: el.localName,
        upgraded: el instanceof customElements.get(el.localName),
        property: el.auth === window.harness.client,
        global: window.Auth === window.harness.client,
      })),
    );
    assert.equal(reached.length, 2, JSON.stringify(reached));
    for (const el of reached) {
      assert.ok(el.upgraded, `${el.tag} is upgraded`);
      assert.ok(el[via], `${el.tag} gets the client as ${via == 'property' ? 'its auth property' : 'window.Auth'}`);
    }
  });

  if (steady.length || declarative) {
    await t.test(
      `${declarative ? 'declarative shadow roots from the server; ' : ''}no layout shift from definition to sign-in`,
      async () => {
        const { before, after } = await page.evaluate(() => ({
          before: window.beforeDefinition,
          after: Object.fromEntries(
            ['auth-user-button', 'auth-sign-out-button'].map(tag => [
              tag,
              [...document.querySelectorAll(tag)].map(el => {
                const { x, y, width, height } = el.getBoundingClientRect();
                return { box: { x, y, width, height } };
              }),
            ]),
          ),
        }));
        for (const tag of declarative ? ['auth-user-button', 'auth-sign-out-button'] : []) {
          assert.deepEqual(
            before[tag]?.map(el => el.shadow),
            after[tag].map(() => true),
            `${tag}: a shadow root from the server before definition`,
          );
        }
        // With declarative shadow DOM nothing moves; sized by CSS, a tag keeps its own size.
        const measure = declarative ? box => box : ({ width, height }) => ({ width, height });
        for (const tag of declarative ? ['auth-user-button', 'auth-sign-out-button'] : steady) {
          assert.equal(before[tag]?.length, after[tag].length, `${tag}: in the page before its definition`);
          assert.deepEqual(
            after[tag].map(el => measure(el.box)),
            before[tag].map(el => measure(el.box)),
            `${tag}: the same box before definition and signed in`,
          );
        }
      },
    );
  }

  await t.test('the keyboard opens the menu (Enter) and closes it (Escape)', async () => {
    await expectEvents(openWithKeyboard, ['auth-menu-opened']);
    const focused = () => user.evaluate(el => el.shadowRoot.activeElement?.getAttribute('part'));
    assert.equal(await focused(), 'menu-item manage-account', 'focus on the first item');
    await expectEvents(() => page.keyboard.press('Escape'), ['auth-menu-closed']);
    assert.equal(await focused(), 'trigger', 'focus back on the button');
  });

  await t.test('"Manage account" and "Add account" reach the handler and the client', async () => {
    for (const [name, event, url] of [
      ['Manage account', 'auth-manage-account', '/account'],
      ['Add account', 'auth-add-account', '/sign-in'],
    ]) {
      await expectEvents(async () => {
        await openWithKeyboard();
        await user.getByRole('menuitem', { name }).click();
      }, ['auth-menu-opened', event, 'auth-menu-closed']);
      const navigations = await page.evaluate(() => window.harness.client.navigations.splice(0));
      assert.deepEqual(
        navigations.map(href => new URL(href, origin).pathname),
        [url],
      );
    }
  });

  await t.test('switching accounts, and a failed switch', async () => {
    await expectEvents(async () => {
      await openWithKeyboard();
      await user.getByRole('menuitem', { name: /Grace Hopper/ }).click();
    }, ['auth-menu-opened', 'auth-session-switch', 'auth-session-switched', 'auth-menu-closed']);
    await user.getByRole('button', { name: /Grace Hopper/ }).waitFor();
    await page.evaluate(() => window.harness.client.failNext('setActive'));
    await expectEvents(async () => {
      await openWithKeyboard();
      await user.getByRole('menuitem', { name: /Ada Lovelace/ }).click();
    }, ['auth-menu-opened', 'auth-session-switch', 'auth-session-switch-error', 'auth-menu-closed']);
    assert.equal(await page.evaluate(() => window.harness.client.session.user.name), 'Grace Hopper');
  });

  await t.test('a failed sign-out, then a sign-out', async () => {
    await page.evaluate(() => window.harness.client.failNext('signOut'));
    await expectEvents(() => signOut.click(), ['auth-sign-out', 'auth-sign-out-error']);
    await expectEvents(() => signOut.click(), ['auth-sign-out', 'auth-signed-out']);
    assert.equal(await page.evaluate(() => window.harness.client.session), null);
    await user.getByRole('button').waitFor({ state: 'hidden' });
  });

  await t.test('all ten auth-* events reached the handler', () => {
    assert.deepEqual([...seen].sort(), [...EVENTS].sort());
  });

  await t.test('no console error, no warning, no hydration mismatch', () => {
    assert.deepEqual(problems, []);
  });
}
