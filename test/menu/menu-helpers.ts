// Small helpers for the menu's tests: a signed-in element, its parts, focus and real input.
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { AuthSession, AuthUserButton } from '../../src/index.js';
import { fakeClient, type FakeClient } from '../helpers.js';

export const person = (id: string, name: string): AuthSession => ({
  id,
  user: { id: `u-${id}`, name, email: `${id}@example.com` },
});

/** Two signed-in accounts, with profile and sign-in URLs: every built-in item has something to do. */
export const fullClient = (): FakeClient =>
  fakeClient({
    sessions: [person('ada', 'Ada Lovelace'), person('grace', 'Grace Hopper')],
    extra: { userProfileUrl: '/profile', signInUrl: '/sign-in' },
  });

export async function mountMenu(
  template: TemplateResult,
  client: FakeClient = fullClient(),
): Promise<{ el: AuthUserButton; client: FakeClient }> {
  const el = await fixture<AuthUserButton>(template);
  el.auth = client;
  await el.updateComplete;
  return { el, client };
}

export function part<T extends Element = HTMLElement>(el: AuthUserButton, selector: string): T {
  const node = el.shadowRoot?.querySelector<T>(selector);
  if (!node) throw new Error(`no ${selector} in the shadow root`);
  return node;
}

export const trigger = (el: AuthUserButton) => part<HTMLButtonElement>(el, '[part~=trigger]');
export const popover = (el: AuthUserButton) => part(el, '[part~=popover]');
export const isOpen = (el: AuthUserButton) => popover(el).matches(':popover-open');

/** Whether `node` has a box. */
export const shown = (node: Element): boolean => {
  const { width, height } = node.getBoundingClientRect();
  return width > 0 && height > 0;
};

/** The menu's shown items, in order, by what identifies them: key, account id or text. */
export function shownItems(el: AuthUserButton): string[] {
  const menu = part(el, '[role=menu]');
  const found: string[] = [];
  const visit = (node: Element) => {
    if (node instanceof HTMLSlotElement) return node.assignedElements().forEach(visit);
    const role = node.getAttribute('role') ?? '';
    if (role.startsWith('menuitem') && shown(node)) {
      found.push(
        (node as HTMLElement).dataset.item ?? (node as HTMLElement).dataset.session ?? node.textContent?.trim() ?? '',
      );
    } else if (role == 'separator' && shown(node)) found.push('|');
    else for (const child of node.children) visit(child);
  };
  for (const child of menu.children) visit(child);
  return found;
}

/** The element that has focus, looking into open shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export const label = (node: Element | null): string =>
  node instanceof HTMLElement
    ? (node.dataset.item ?? node.dataset.session ?? node.textContent?.trim() ?? '')
    : String(node);

export async function expectFocus(expected: string, step: string): Promise<void> {
  await waitUntil(() => label(focused()) == expected, `${step}: focus on ${expected}, is on ${label(focused())}`, {
    timeout: 2000,
  });
}

export const press = (key: string) => sendKeys({ press: key });

/** Clicks with the real mouse at the middle of `node`. */
export async function clickCenter(node: Element): Promise<void> {
  const { left, top, width, height } = node.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(left + width / 2), Math.round(top + height / 2)] });
}

/** Opens the menu from the keyboard (focus on the trigger, ArrowDown) and waits for the first item. */
export async function openByKeyboard(el: AuthUserButton): Promise<void> {
  const opened = oneEvent(el, 'auth-menu-opened');
  trigger(el).focus();
  await press('ArrowDown');
  await opened;
  expect(isOpen(el), 'the menu is open').to.be.true;
}
