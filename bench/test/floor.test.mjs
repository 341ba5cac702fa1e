// The floor of the render benchmark renders what our <auth-user-button> renders: in Chromium, on
// the benchmark's own page, the floor's shadow DOM is compared with the element's (elements,
// attributes and text; template comments aside), with their stylesheets and the boxes of their
// visible parts; then, after a click on the trigger, the popover's content (header and menu), which
// both render when the menu first opens. Needs dist/auth-elements.js (`npm run build:cdn`); not the peers.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/chromium.mjs';
import { renderedStructure, userButtonStyles } from '../lib/measure.mjs';
import { startServer } from '../lib/server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server;
let browser;

before(async () => {
  if (!existsSync(`${root}/dist/auth-elements.js`)) {
    throw new Error('dist/auth-elements.js is missing: run `npm run build:cdn` first');
  }
  // The page loads the floor from /build/floor-user-button/entry.js, as the benchmark serves its
  // build; here it is the source file itself (the minifier changes no DOM).
  const floor = await readFile(new URL('../entries/floor-user-button.js', import.meta.url), 'utf8');
  const builds = new Map([['floor-user-button', new Map([['entry.js', floor]])]]);
  server = await startServer(root, builds);
  browser = await launchChromium();
  builds.set('floor', new Map([['styles.json', JSON.stringify(await userButtonStyles(browser, server.url))]]));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const render = (variant, attributes, options) => renderedStructure(browser, server.url, variant, attributes, options);

/** Every element of a structure, depth first. */
const elements = nodes => nodes.flatMap(node => (typeof node == 'string' ? [] : [node, ...elements(node.children)]));
const attribute = (node, name) => node.attributes.find(([key]) => key == name)?.[1];

for (const [label, attributes] of [
  ['as benchmarked (no attributes)', {}],
  ['with show-name', { 'show-name': '' }],
]) {
  test(`the floor renders the signed-in user button's shadow DOM, ${label}`, async () => {
    const ours = await render('user-button', attributes);
    const floor = await render('user-button-floor', attributes);

    // What is compared is the signed-in button: a trigger with the avatar's initials and colour,
    // the accessible name, the menu's items; not an empty or a loading state.
    const all = elements(ours.shadow);
    const trigger = all.find(node => attribute(node, 'part') == 'trigger');
    assert.equal(attribute(trigger, 'aria-label'), 'Open account menu for Ada Lovelace');
    const avatar = all.find(node => attribute(node, 'part') == 'avatar');
    assert.equal(attribute(avatar, 'data-initials'), 'AL');
    assert.match(attribute(avatar, 'style'), /^background: ?(rgb|hsl)\(/);
    // The menu's content is rendered when it first opens: none before.
    assert.equal(all.filter(node => attribute(node, 'role') == 'menuitem').length, 0);
    assert.ok(ours.styles.length > 0 && ours.styles.join('').length > 1000, 'the element adopts its stylesheets');
    assert.ok(ours.boxes.some(([part]) => part == 'trigger'));

    assert.deepEqual(floor.shadow, ours.shadow);
    assert.deepEqual(floor.host, ours.host);
    assert.deepEqual(floor.styles, ours.styles);
    assert.deepEqual(floor.boxes, ours.boxes);
  });

  test(`the floor renders the menu the user button shows on its first opening, ${label}`, async () => {
    const ours = await render('user-button', attributes, { open: true });
    const floor = await render('user-button-floor', attributes, { open: true });
    const items = elements(ours.menu).filter(node => attribute(node, 'role') == 'menuitem');
    assert.ok(items.length >= 4, 'the menu has its items');
    assert.ok(elements(ours.menu).some(node => attribute(node, 'part') == 'header'));
    assert.deepEqual(floor.menu, ours.menu);
  });
}

test('the comparison sees a difference of one attribute', async () => {
  const plain = await render('user-button-floor', {});
  const named = await render('user-button-floor', { 'show-name': '' });
  assert.notDeepEqual(named.shadow, plain.shadow);
  assert.notDeepEqual(named.boxes, plain.boxes, 'the shown name widens the trigger');
});
