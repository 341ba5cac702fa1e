// Server rendering (`auth-elements/ssr` with @lit-labs/ssr) and hydration, end to end: the npm
// build renders both elements in Node, with no `window` and no DOM shim, to declarative shadow
// DOM; a page with that HTML loads the npm build through an import map (Lit's hydrate support
// first) in real Chromium. Before and after the elements upgrade, and after the session arrives,
// it checks: the same shadow DOM (no mismatch, nothing duplicated), the same boxes, zero layout
// shift (PerformanceObserver 'layout-shift'), no console error or warning; then that the
// hydrated elements work. Runs after `npm run build`.
/* global window, document, customElements, requestAnimationFrame, Node, getComputedStyle */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../scripts/chromium.mjs';

const root = new URL('../..', import.meta.url).pathname;

// Before anything is imported: the test process has no DOM, and rendering must not need one.
const noDom = () => ['window', 'document', 'HTMLElement', 'Node'].filter(name => name in globalThis);
assert.deepEqual(noDom(), [], 'the Node test starts without DOM globals');

const { html } = await import('lit');
const { render, LitElementRenderer } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
// The package by its own name: the `exports` map resolves to the npm build in dist/npm.
await import('auth-elements/define');
await import('auth-elements/locales/ar');
const { AuthElementsRenderer } = await import('auth-elements/ssr');
const { setStrings } = await import('auth-elements');

const { app, AppShell } = await import('./fixtures/ssr-app.js');
customElements.define('app-shell', AppShell);

const renderToString = value =>
  collectResult(render(value, { elementRenderers: [AuthElementsRenderer, LitElementRenderer] }));

/** Every element of the page and the neighbours after them (`nested` is in `<app-shell>`'s shadow root). */
const ELEMENTS = ['user', 'inline', 'out', 'label', 'rtl', 'disabled', 'nested'];
const IDS = [...ELEMENTS, 'after-user', 'after-inline', 'after-out', 'after-nested'];

let server;
let origin;
let browser;
let markup;

/** Development builds throughout: Lit's private names differ between its dev and prod builds. */
const dev = name => `/node_modules/${name}/development/`;
const importMap = {
  imports: {
    '@lit/reactive-element': dev('@lit/reactive-element') + 'reactive-element.js',
    '@lit/reactive-element/': dev('@lit/reactive-element'),
    'lit-html': dev('lit-html') + 'lit-html.js',
    'lit-html/': dev('lit-html'),
    'lit-element': dev('lit-element') + 'index.js',
    'lit-element/': dev('lit-element'),
    lit: dev('lit') + 'index.js',
    'lit/': dev('lit'),
    '@lit-labs/ssr-client': dev('@lit-labs/ssr-client') + 'index.js',
    'auth-elements': '/dist/npm/index.js',
    'auth-elements/define': '/dist/npm/define.js',
    'auth-elements/locales/ar': '/dist/npm/locales/ar.js',
  },
};

const page = markup => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>SSR</title>
    <link rel="icon" href="data:," />
    <script type="importmap">${JSON.stringify(importMap)}</script>
    <script type="module" src="${dev('@lit-labs/ssr-client')}lit-element-hydrate-support.js"></script>
  </head>
  <body style="margin: 16px"><div id="app">${markup}</div></body>
</html>`;

before(async () => {
  markup = await renderToString(app(undefined));
  server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (path == '/') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(markup));
    const file = join(root, path);
    if (!/^\/(dist|node_modules|test\/node\/fixtures)\//.test(path) || !file.startsWith(root)) {
      return res.writeHead(403).end();
    }
    try {
      const type = { '.js': 'text/javascript', '.map': 'application/json' }[extname(file)];
      res.writeHead(200, { 'content-type': type ?? 'application/octet-stream' }).end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise(resolve => server?.close(resolve));
});

/** Rendered markup without Lit's hydration comments and with white space runs as one space. */
const plain = markup =>
  markup
    .replace(/<!--[^]*?-->/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+>/g, '>');

test('renders both elements to declarative shadow DOM in Node, with no window', async () => {
  const out = plain(
    await renderToString(
      html`<auth-user-button open show-name manage-account></auth-user-button
        ><auth-sign-out-button lang="ar" disabled></auth-sign-out-button>`,
    ),
  );
  assert.deepEqual(noDom(), [], 'rendering added no DOM globals');
  const roots = out.match(/<template shadowroot="open" shadowrootmode="open">/g) ?? [];
  assert.equal(roots.length, 2, 'one declarative shadow root per element');
  assert.equal(out.match(/<style>/g)?.length, 2, 'each with its styles');
  // `open` waits for a session: kept on the host, while the trigger says the menu is closed.
  assert.match(out, /<auth-user-button open show-name manage-account>/, '`open` kept: it waits for a session');
  assert.match(out, /aria-expanded="false"/, 'the menu is not shown before a session');
  assert.match(out, /<span part="placeholder" role="img" aria-label="Loading account"><\/span>/);
  assert.match(out, /<button part="trigger"[^>]* hidden>/, 'the trigger waits for a session');
  // The menu's content is rendered when it first opens (with a session): the popover is empty.
  assert.match(out, /<div part="popover" popover="manual" dir="ltr" hidden><\/div>/, 'an empty popover');
  assert.doesNotMatch(out, /role="menuitem"|part="header"/, 'no menu before it opens');
  assert.match(out, /<auth-sign-out-button lang="ar" disabled>/);
  assert.match(out, /<button part="button" type="button" dir="rtl" disabled> <slot>تسجيل الخروج<\/slot> <\/button>/);
  assert.match(out, /:host\(\[hidden\]\)/, 'the theme styles');
  assert.match(out, /\[part~='placeholder'\]/, "the user button's styles");
});

test('renders the companions in their loading state in Node, with no window', async () => {
  const out = plain(
    await renderToString(
      html`<auth-show when="loading"><p>wait</p></auth-show><auth-show when="signed-in"><p>hi</p></auth-show
        ><auth-sign-in-button lang="ar"></auth-sign-in-button><auth-avatar label="{name}"></auth-avatar>`,
    ),
  );
  assert.deepEqual(noDom(), [], 'rendering added no DOM globals');
  assert.equal(out.match(/<template shadowroot="open" shadowrootmode="open">/g)?.length, 4);
  assert.match(
    out,
    /<auth-show when="loading"><template [^>]*><style>[^<]*<\/style><slot><\/slot><\/template><p>wait<\/p>/,
  );
  assert.match(
    out,
    /<auth-show when="signed-in"><template [^>]*><style>[^<]*<\/style><slot hidden><\/slot><\/template><p>hi<\/p>/,
    'the slot hidden',
  );
  assert.match(out, /<button part="button" type="button" dir="rtl"> <slot>تسجيل الدخول<\/slot> <\/button>/);
  assert.match(
    out,
    /<span role="img" aria-label="Loading account"><span part="avatar" aria-hidden="true"><\/span><\/span>/,
  );
});

test('strings and attributes are escaped: they render as text', async () => {
  setStrings('x-test', { signOut: '<img src=x onerror=alert(1)>&"' });
  const out = plain(
    await renderToString(
      html`<auth-sign-out-button lang="x-test" title=${'"><script>alert(1)</script>'}></auth-sign-out-button>`,
    ),
  );
  assert.doesNotMatch(out, /<img|<script/);
  assert.match(out, /<slot>&lt;img src=x onerror=alert\(1\)&gt;&amp;&quot;<\/slot>/);
  assert.match(out, /title="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
});

test('importing auth-elements/ssr needs no DOM and defines nothing', () => {
  const probe = `
    const before = ['window', 'document', 'HTMLElement'].filter(name => name in globalThis);
    const { AuthElementsRenderer } = await import('auth-elements/ssr');
    console.log(JSON.stringify({
      before,
      after: ['window', 'document'].filter(name => name in globalThis),
      renderer: typeof AuthElementsRenderer.matchesClass,
      defined: ['auth-user-button', 'auth-sign-out-button'].filter(tag => globalThis.customElements?.get(tag)),
    }));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: root, encoding: 'utf8' });
  assert.equal(child.status, 0, child.stderr);
  assert.deepEqual(JSON.parse(child.stdout.trim().split('\n').at(-1)), {
    before: [],
    after: [],
    renderer: 'function',
    defined: [],
  });
});

test("the README's example runs and renders both elements", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.split('\n## Server-side rendering\n')[1]?.split('\n## ')[0] ?? '';
  const example = section.match(/```js\n([^]*?)```/)?.[1];
  assert.ok(example, 'a js example under "## Server-side rendering"');
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', example + 'console.log(markup);'], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(child.status, 0, child.stderr);
  assert.equal(child.stdout.match(/<template shadowroot="open" shadowrootmode="open"><style>/g)?.length, 2);
  assert.match(child.stdout, /<auth-user-button><template[^]*part="placeholder"[^]*<\/auth-user-button>/);
  assert.match(
    plain(child.stdout),
    /<auth-sign-out-button><template[^]*<slot>Sign out<\/slot>[^]*<\/auth-sign-out-button>/,
  );
});

/**
 * In the page: each element's host attributes (but lit's `defer-hydration`) and shadow DOM,
 * serialized with sorted attributes and without `<style>`.
 */
function snapshot(ids) {
  const find = id => document.getElementById(id) ?? document.getElementById('shell').shadowRoot.getElementById(id);
  const attributes = node =>
    [...node.attributes]
      .filter(a => a.name != 'defer-hydration')
      .map(a => ` ${a.name}="${a.value}"`)
      .sort()
      .join('');
  const serialize = node => {
    if (node.nodeType == Node.TEXT_NODE) return node.data;
    if (node.nodeType != Node.ELEMENT_NODE || node.localName == 'style') return '';
    const inner = [...node.childNodes].map(serialize).join('');
    return `<${node.localName}${attributes(node)}>${inner}</${node.localName}>`;
  };
  return Object.fromEntries(
    ids.map(id => [id, `<host${attributes(find(id))}>${[...find(id).shadowRoot.childNodes].map(serialize).join('')}`]),
  );
}

/** In the page: the boxes of the elements and of their neighbours. */
function boxes(ids) {
  const find = id => document.getElementById(id) ?? document.getElementById('shell').shadowRoot.getElementById(id);
  return Object.fromEntries(
    ids.map(id => {
      const { x, y, width, height } = find(id).getBoundingClientRect();
      return [id, { x, y, width, height }];
    }),
  );
}

const frames = () => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));

test('hydrates in Chromium: same DOM and boxes, zero layout shift, no console error, elements work', async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  const tab = await context.newPage();
  const problems = [];
  tab.on('pageerror', error => problems.push(`pageerror: ${error.message}`));
  tab.on('console', message => {
    if (!['error', 'warning'].includes(message.type())) return;
    if (/Lit is in dev mode/.test(message.text())) return;
    problems.push(`${message.type()}: ${message.text()}`);
  });
  try {
    assert.equal((await tab.goto(origin)).status(), 200);
    await tab.waitForFunction(() => 'litElementHydrateSupport' in window);
    await tab.evaluate(() => {
      window.shifts = [];
      // From here on, before any tag is defined: what the upgrade, the hydration and the session
      // move. Not buffered: a paint while the browser was still parsing the page (a first frame
      // with half the markup, seen on a cold fresh clone) is the parser's, before any script ran.
      new PerformanceObserver(list => window.shifts.push(...list.getEntries())).observe({ type: 'layout-shift' });
    });
    await tab.evaluate(frames);

    // Server-rendered, nothing defined yet: the declarative shadow roots are attached and styled.
    const defined = await tab.evaluate(() => ['auth-user-button', 'app-shell'].filter(t => customElements.get(t)));
    assert.deepEqual(defined, [], 'nothing is defined before the modules load');
    const server = await tab.evaluate(snapshot, ELEMENTS);
    const before = await tab.evaluate(boxes, IDS);
    assert.deepEqual(before.user, { ...before.user, width: 32, height: 32 }, 'an avatar-sized (2rem) placeholder');
    assert.equal(
      await tab.evaluate(() =>
        document.getElementById('shell').shadowRoot.getElementById('nested').hasAttribute('defer-hydration'),
      ),
      true,
    );

    // Upgrade and hydrate: the npm build defines the tags, then Lit hydrates the page's template
    // and the <app-shell> LitElement. No client yet: still loading.
    await tab.evaluate(async ids => {
      const find = id => document.getElementById(id) ?? document.getElementById('shell').shadowRoot.getElementById(id);
      await import('auth-elements/locales/ar');
      await import('auth-elements/define');
      const { app, AppShell } = await import('/test/node/fixtures/ssr-app.js');
      const { hydrate } = await import('@lit-labs/ssr-client');
      customElements.define('app-shell', AppShell);
      hydrate(app(undefined), document.getElementById('app'));
      await document.getElementById('shell').updateComplete;
      await Promise.all(ids.map(id => find(id).updateComplete));
    }, ELEMENTS);
    await tab.evaluate(frames);
    const hydrated = await tab.evaluate(snapshot, ELEMENTS);
    // With children, the browser's label is empty where the server's (fallback) one is hidden.
    assert.deepEqual(
      hydrated,
      { ...server, label: server.label.replace('Sign out', '') },
      'the DOM the server rendered',
    );
    assert.deepEqual(await tab.evaluate(boxes, IDS), before, 'no box moved or resized on upgrade');
    const structure = await tab.evaluate(() => {
      const names = root => [...root.children].map(n => n.localName).filter(name => name != 'style');
      const user = document.getElementById('user').shadowRoot;
      const out = document.getElementById('out').shadowRoot;
      const nested = document.getElementById('shell').shadowRoot.getElementById('nested');
      return {
        user: names(user),
        styled: getComputedStyle(user.querySelector('[part=placeholder]')).borderRadius,
        out: names(out),
        outButton: names(out.querySelector('button')),
        label: out.querySelector('slot').textContent,
        deferred: nested.hasAttribute('defer-hydration'),
      };
    });
    assert.deepEqual(structure, {
      user: ['span', 'slot', 'button', 'div'],
      styled: '50%',
      out: ['button'],
      outButton: ['slot'],
      label: 'Sign out',
      deferred: false,
    });

    // The session arrives through the template's `.auth` bindings (and <app-shell>'s `.client`).
    await tab.evaluate(async ids => {
      const find = id => document.getElementById(id) ?? document.getElementById('shell').shadowRoot.getElementById(id);
      const { app } = await import('/test/node/fixtures/ssr-app.js');
      const { render } = await import('lit');
      window.signOuts = 0;
      const client = {
        session: { id: 's1', user: { id: 'u1', name: 'Ada Lovelace', email: 'ada@example.com' } },
        async signOut() {
          window.signOuts++;
        },
      };
      render(app(client), document.getElementById('app'));
      await document.getElementById('shell').updateComplete;
      await Promise.all(ids.map(id => find(id).updateComplete));
    }, ELEMENTS);
    await tab.evaluate(frames);
    for (const id of ['user', 'inline']) {
      await tab.locator(`#${id}`).getByRole('button', { name: 'Open account menu for Ada Lovelace' }).waitFor();
    }
    await tab.locator('#shell #nested').getByRole('button', { name: 'Open account menu for Ada Lovelace' }).waitFor();
    assert.deepEqual(await tab.evaluate(boxes, IDS), before, 'no box moved or resized when the session arrived');
    // On failure, say what moved: each shift's value and its sources (node, box before and after).
    const shifts = await tab.evaluate(() =>
      window.shifts.map(({ value, sources }) => ({
        value,
        sources: sources.map(({ node, previousRect: a, currentRect: b }) => ({
          node: node
            ? `${node.nodeName}${node.id ? `#${node.id}` : ''} in ${node.getRootNode().host?.id ?? 'document'}`
            : null,
          from: [a.x, a.y, a.width, a.height],
          to: [b.x, b.y, b.width, b.height],
        })),
      })),
    );
    assert.deepEqual(shifts, [], `no layout shift: ${JSON.stringify(shifts)}`);

    // The observer does see shifts: a name beside the avatar (show-name) widens the trigger and
    // moves the text after it. (A loading state cannot know how wide the name will be.)
    await tab.evaluate(async () => {
      const inline = document.getElementById('inline');
      inline.showName = true;
      await inline.updateComplete;
    });
    await tab.evaluate(frames);
    assert.ok((await tab.evaluate(() => window.shifts.length)) > 0, 'a real shift is reported');

    // The hydrated elements work.
    await tab.locator('#user').getByRole('button', { name: 'Open account menu for Ada Lovelace' }).click();
    await tab.locator('#user').getByRole('menuitem', { name: 'Add account' }).waitFor();
    assert.equal(await tab.locator('#user').getAttribute('open'), '');
    await tab.keyboard.press('Escape');
    await tab.locator('#out').getByRole('button', { name: 'Sign out' }).click();
    await tab.waitForFunction(() => window.signOuts == 1);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
