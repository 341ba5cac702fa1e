// Helpers of the <auth-user-button> accessibility tests (test/user-button/): fixtures, focus and
// the avatar colour check.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { AuthSession, AuthUserButton } from '../../src/index.js';
import {
  clearGlobalClient,
  contrast,
  deepActiveElement,
  fakeClient,
  painted,
  press,
  recordEvents,
  rgba,
  type FakeClient,
} from './index.js';
import { userButton, type ItemKey } from '../harness/user-button.js';

export const ada = (): AuthSession => ({
  id: 'ada',
  user: { id: 'u-ada', name: 'Ada Lovelace', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' },
});
export const grace = (): AuthSession => ({
  id: 'grace',
  user: { id: 'u-grace', name: 'Grace Hopper', email: 'grace@example.com' },
});

export const shadow = (el: AuthUserButton): ShadowRoot => userButton(el).shadow;
export const part = <T extends HTMLElement = HTMLElement>(el: AuthUserButton, selector: string): T =>
  userButton(el).query<T>(selector);
export const trigger = (el: AuthUserButton) => userButton(el).trigger;
export const placeholder = (el: AuthUserButton) => userButton(el).placeholder;
export const popover = (el: AuthUserButton) => userButton(el).popover;
export const menuItem = (el: AuthUserButton, key: ItemKey) => userButton(el).item(key);
export const account = (el: AuthUserButton, id: string) => userButton(el).account(id)!;
export const expanded = (el: AuthUserButton) => userButton(el).expanded();
export const isOpen = (el: AuthUserButton) => userButton(el).popoverOpen();

export const describeNode = (node: Element | null | undefined): string =>
  node ? node.outerHTML.slice(0, 90).replace(/\s+/g, ' ') : String(node);

/**
 * Waits for focus on `node`; a function is read again on every check (the menu renders its items
 * when it first opens, so an item may not exist before the step that opens it).
 */
export async function expectFocus(node: Element | (() => Element | null | undefined), step: string): Promise<void> {
  const target = () => (typeof node == 'function' ? node() : node);
  await waitUntil(
    () => !!target() && deepActiveElement() === target(),
    `${step}: focus should be on ${describeNode(target())}, is on ${describeNode(deepActiveElement())}`,
    { timeout: 2000 },
  );
}

/** The initials an avatar shows, whether as text or as generated content. */
export function initialsOf(avatar: Element): string {
  if (avatar.textContent) return avatar.textContent;
  for (const pseudo of ['::before', '::after']) {
    const content = getComputedStyle(avatar, pseudo).content;
    const attr = /^attr\(([\w-]+)\)$/.exec(content);
    if (attr) return avatar.getAttribute(attr[1]!) ?? '';
    if (/^".*"$/.test(content)) return JSON.parse(content) as string;
  }
  return '';
}

/** FNV-1a (32 bit) of `id`, mod 360: the avatar hue docs/contract.md prescribes, computed independently. */
export function specHue(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % 360;
}

/** Checks every visible avatar of `el`: initials in the colour of their user, at ≥ 4.5:1. */
export function expectReadableAvatars(el: AuthUserButton, current: AuthSession, sessions: AuthSession[]): void {
  const avatars = [...shadow(el).querySelectorAll<HTMLElement>('[part~=avatar]')].filter(painted);
  expect(avatars.length, 'visible avatars').to.be.greaterThan(0);
  for (const avatar of avatars) {
    const id = avatar.closest('[data-session]')?.getAttribute('data-session');
    const user = id ? sessions.find(s => s.id == id)!.user : current.user;
    const style = getComputedStyle(avatar);
    const text = initialsOf(avatar);
    expect(text, `initials of ${user.id}`).to.not.equal('');
    const ratio = contrast(style.color, style.backgroundColor);
    expect(ratio, `contrast of "${text}" (${style.color} on ${style.backgroundColor})`).to.be.at.least(4.5);
    const want = rgba(`hsl(${specHue(user.id)} 40% 30%)`);
    const got = rgba(style.backgroundColor);
    got.forEach((v, i) => expect(Math.abs(v - want[i]!), `colour of ${user.id}: ${got} vs ${want}`).to.be.at.most(1));
  }
}

/** A signed-in element with a profile and a sign-in URL (so every built-in item shows) and two accounts. */
export async function menuFixture(
  options: { items?: TemplateResult; sessions?: AuthSession[]; client?: FakeClient } = {},
) {
  const client =
    options.client ??
    fakeClient({
      sessions: options.sessions ?? [ada(), grace()],
      navigate: true,
      extra: { userProfileUrl: '/profile', signInUrl: '/sign-in' },
    });
  const page = await fixture<HTMLElement>(html`
    <div style="padding: 16px">
      <button id="before">Before</button>
      <auth-user-button .auth=${client}>${options.items ?? ''}</auth-user-button>
      <button id="after">After</button>
    </div>
  `);
  const el = page.querySelector('auth-user-button')!;
  await el.updateComplete;
  const events = recordEvents(el, ['auth-menu-opened', 'auth-menu-closed']);
  const types = () => events.log.map(entry => entry.type);
  return { page, el, client, events, types };
}

export const customItems = html`<a slot="menu-item" href="#x">Help</a><button slot="menu-item">Settings</button>`;

/** The menu's items in the order docs/contract.md prescribes, for `menuFixture` with `customItems`. */
export function expectedOrder(el: AuthUserButton): Element[] {
  return [
    menuItem(el, 'manage'),
    el.querySelector('a[slot=menu-item]')!,
    el.querySelector('button[slot=menu-item]')!,
    account(el, 'grace'),
    menuItem(el, 'add'),
    menuItem(el, 'out'),
    menuItem(el, 'all'),
  ];
}

/** Opens the menu from the keyboard and waits for focus on its first item. */
export async function openWithKeyboard(
  el: AuthUserButton,
  first: Element | (() => Element | null | undefined),
): Promise<void> {
  trigger(el).focus();
  await press('ArrowDown');
  await expectFocus(first, 'ArrowDown on the trigger');
}

/** Hooks of an accessibility test file: no global client before or after a test, the mouse reset. */
export function useA11yHooks(): void {
  beforeEach(() => clearGlobalClient());
  afterEach(async () => {
    await resetMouse();
    clearGlobalClient();
  });
}
