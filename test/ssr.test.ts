// Server rendering (src/ssr.ts) in every browser, without Lit's hydration support (see
// test/node/ssr.test.mjs for hydration): the markup comes from `@lit-labs/ssr` in Node (the test
// runner's server, scripts/wtr-ssr-plugin.mjs), so it is what a server sends. It shows what the
// element renders itself while loading, and an element upgrading over that declarative shadow
// root replaces it in place: the same DOM with nothing twice, the same box, and the same box
// again once signed in.
//
// The tags are defined when this file loads, so the server's markup is parsed under the names
// of subclasses (`ssr-user-button`, `ssr-sign-out-button`, `ssr-device-list`) that are defined
// only after the page has laid it out, as a server-rendered page is before its scripts run.
import type { LitElement } from 'lit';
import { expect } from '@open-wc/testing';
import '../src/define.js';
import '../src/locales/ar.js';
import '../src/locales/de.js';
import { AuthDeviceList, AuthSignOutButton, AuthUserButton } from '../src/index.js';
import { fakeClient, session } from './helpers/index.js';

interface Case {
  tag: 'auth-user-button' | 'auth-sign-out-button' | 'auth-device-list';
  attributes?: Record<string, string>;
  children?: string;
}

const CASES: Case[] = [
  { tag: 'auth-user-button' },
  { tag: 'auth-user-button', attributes: { 'sign-in-url': '/sign-in', 'manage-account': '' } },
  { tag: 'auth-user-button', attributes: { 'user-profile-url': '/account', open: '' } },
  { tag: 'auth-user-button', attributes: { lang: 'de' } },
  { tag: 'auth-user-button', attributes: { lang: 'ar' } },
  { tag: 'auth-user-button', attributes: { dir: 'rtl', style: '--auth-avatar-size: 40px' } },
  { tag: 'auth-user-button', attributes: { 'show-name': '' } },
  { tag: 'auth-user-button', children: '<a slot="signed-out" href="/sign-in">Sign in</a>' },
  { tag: 'auth-sign-out-button' },
  { tag: 'auth-sign-out-button', attributes: { disabled: '' } },
  { tag: 'auth-sign-out-button', attributes: { lang: 'ar' } },
  { tag: 'auth-sign-out-button', attributes: { lang: 'de', dir: 'rtl' } },
  { tag: 'auth-sign-out-button', children: 'Log out' },
  { tag: 'auth-device-list' },
  { tag: 'auth-device-list', attributes: { lang: 'de' } },
  { tag: 'auth-device-list', attributes: { lang: 'ar' } },
  // Last: the only case whose box changes on upgrade (it would move the cases after it).
  { tag: 'auth-sign-out-button', children: '<a href="/logout">Log out</a>' },
];

/** The element's start tag. */
const start = (c: Case): string =>
  `<${c.tag}${Object.entries(c.attributes ?? {})
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('')}>`;

/** The case in assertion messages. */
const label = (c: Case): string => start(c) + (c.children ?? '');

/** A sign-out button with a text label, which hides the server's label (the slot's fallback). */
const withChildren = (c: Case): boolean => !!c.children && c.tag == 'auth-sign-out-button';

/** A slotted control (`<a href>` as the only child) is a case the server cannot know about. */
const controlled = (c: Case): boolean => !!c.children?.startsWith('<a href');

/** The page around each element: text before and after it, in a line box of its own. */
function page(host: string, c: Case): string {
  return `<div style="font: 16px/1.5 sans-serif">Before ${host}${c.children ?? ''}</${c.tag}> <span>after</span></div>`;
}

/** What the server sends for each case, in its page, with the element renamed `ssr-…`. */
async function serverHtml(cases: Case[]): Promise<string[]> {
  const response = await fetch('/__ssr', {
    method: 'POST',
    body: JSON.stringify(cases.map(c => `${start(c)}${c.children ?? ''}</${c.tag}>`)),
  });
  expect(response.status, 'the server renderer answers').to.equal(200);
  const markups = (await response.json()) as string[];
  return markups.map((markup, i) => {
    const c = cases[i]!;
    const name = c.tag.replace('auth-', 'ssr-');
    expect(markup, 'one declarative shadow root').to.contain('<template shadowroot="open" shadowrootmode="open">');
    const host = markup.replace(`<${c.tag}`, `<${name}`).replace(`</${c.tag}>`, `</${name}>`);
    return `<div style="font: 16px/1.5 sans-serif">Before ${host} <span>after</span></div>`;
  });
}

/** The element's host attributes and shadow DOM, with sorted attributes and without `<style>`. */
function snapshot(host: Element): string {
  const attributes = (element: Element) =>
    [...element.attributes]
      .map(a => ` ${a.name}="${a.value}"`)
      .sort()
      .join('');
  const serialize = (node: Node): string => {
    if (node instanceof Text) return node.data;
    if (!(node instanceof Element) || node.localName == 'style') return '';
    const inner = [...node.childNodes].map(serialize).join('');
    return `<${node.localName}${attributes(node)}>${inner}</${node.localName}>`;
  };
  return `<host${attributes(host)}>${[...host.shadowRoot!.childNodes].map(serialize).join('')}`;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The element's box and that of the text after it. */
function boxes(host: Element): [Box, Box] {
  const box = (element: Element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x, y, width, height };
  };
  return [box(host), box(host.parentElement!.querySelector('span')!)];
}

type Hydrating = AuthUserButton | AuthSignOutButton | AuthDeviceList;

describe('server rendering (src/ssr.ts) in this browser', () => {
  const server = document.createElement('div');
  const client = document.createElement('div');
  /** Each server-rendered element before it upgrades. */
  const rendered: { dom: string; boxes: [Box, Box] }[] = [];
  let hosts: Hydrating[];

  before(async () => {
    document.body.append(server, client);
    // The server's HTML, laid out before any script upgrades it.
    server.setHTMLUnsafe((await serverHtml(CASES)).join(''));
    hosts = [...server.querySelectorAll<Hydrating>('ssr-user-button, ssr-sign-out-button, ssr-device-list')];
    for (const host of hosts) rendered.push({ dom: snapshot(host), boxes: boxes(host) });
    // The same elements rendered by the browser alone.
    client.setHTMLUnsafe(CASES.map(c => page(start(c), c)).join(''));
    await Promise.all([...client.querySelectorAll<Hydrating>('*')].map(element => element.updateComplete));
  });

  after(() => {
    server.remove();
    client.remove();
  });

  it('parses the declarative shadow roots, styled, before anything upgrades', () => {
    expect(hosts).to.have.length(CASES.length);
    hosts.forEach((host, i) => {
      expect(host.matches(':defined'), label(CASES[i]!)).to.equal(false);
      expect(host.shadowRoot?.querySelector('style')?.textContent, label(CASES[i]!)).to.contain(':host');
      expect(rendered[i]!.boxes[0].width, label(CASES[i]!)).to.be.greaterThan(0);
    });
  });

  it('renders the loading state each element builds itself, in the same box', () => {
    const own = [...client.querySelectorAll<Hydrating>('auth-user-button, auth-sign-out-button, auth-device-list')];
    CASES.forEach((c, i) => {
      const element = own[i]!;
      if (controlled(c)) return;
      const expected = snapshot(element);
      // With a text label the server still writes its fallback text, which the children hide.
      const sent = withChildren(c)
        ? rendered[i]!.dom.replace('<slot>Sign out</slot>', '<slot></slot>')
        : rendered[i]!.dom;
      expect(sent, label(c)).to.equal(expected);
      const [serverBox] = rendered[i]!.boxes;
      const [ownBox] = boxes(element);
      // Elsewhere on the page: Firefox may snap the height to its 1/60 px units differently.
      expect(serverBox.width, label(c)).to.be.closeTo(ownBox.width, 0.05);
      expect(serverBox.height, label(c)).to.be.closeTo(ownBox.height, 0.05);
    });
  });

  it('upgrades over it: the same DOM, nothing twice, nothing moved; the session arriving moves nothing', async () => {
    customElements.define('ssr-user-button', class extends AuthUserButton {});
    customElements.define('ssr-sign-out-button', class extends AuthSignOutButton {});
    customElements.define('ssr-device-list', class extends AuthDeviceList {});
    await Promise.all(hosts.map(host => host.updateComplete));
    const own = [...client.querySelectorAll<Hydrating>('auth-user-button, auth-sign-out-button, auth-device-list')];
    for (const [i, c] of CASES.entries()) {
      const host = hosts[i]!;
      const after = snapshot(host);
      if (controlled(c)) {
        // Rendered inside the default button until the upgrade; then only the slot, as always.
        expect(after, label(c)).to.equal(snapshot(own[i]!));
        continue;
      }
      expect(after, label(c)).to.equal(withChildren(c) ? rendered[i]!.dom.replace('Sign out', '') : rendered[i]!.dom);
      expect(host.shadowRoot!.querySelectorAll('style'), label(c)).to.have.length(0);
      // Each of the element's stylesheets adopted once, none as a <style> element.
      const sheets = (host.constructor as typeof LitElement).elementStyles.length;
      expect(host.shadowRoot!.adoptedStyleSheets, label(c)).to.have.length(sheets);
      expect(boxes(host), label(c)).to.deep.equal(rendered[i]!.boxes);
    }
    await expect(hosts[0]).to.be.accessible();
    await expect(hosts[CASES.findIndex(c => c.tag == 'auth-sign-out-button')]).to.be.accessible();

    const auth = fakeClient({ sessions: [session('s1', 'Ada Lovelace')] });
    for (const host of hosts) host.auth = auth;
    await Promise.all(hosts.map(host => host.updateComplete));
    for (const [i, c] of CASES.entries()) {
      const host = hosts[i]!;
      if (c.tag == 'auth-user-button') {
        const trigger = host.shadowRoot!.querySelector<HTMLElement>('[part~="trigger"]')!;
        expect(trigger.hidden, label(c)).to.equal(false);
        // With show-name the name appears beside the avatar: no placeholder can know its width.
        if (c.attributes?.['show-name'] != null) continue;
      }
      // The device list then shows what the client lists (here: that it lists no devices).
      if (c.tag == 'auth-device-list') continue;
      if (!controlled(c)) expect(boxes(host), `${label(c)} signed in`).to.deep.equal(rendered[i]!.boxes);
    }
  });
});
