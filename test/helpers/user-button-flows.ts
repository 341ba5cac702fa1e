// Helpers of the <auth-user-button> flow tests (test/user-button/): clients that switch, focus
// checks, and the recovery check after a failure.
import { expect } from '@open-wc/testing';
import type { AuthSession, AuthUserButton, SetActiveOptions } from '../../src/index.js';
import { nameOf, userButton } from '../harness/user-button.js';
import { onCleanup } from './cleanup.js';
import { deferred, fakeClient, session, type FakeClient, type FakeOptions } from './client.js';
import { deepActiveElement, visible } from './dom.js';
import { FLOW, NAVIGATE, SWITCH, firstOf } from './events.js';
import { idle } from './wait.js';

/** Every event of the package except the menu's own open/close events. */
export const ACTIONS = [...FLOW, ...SWITCH, ...NAVIGATE];

export const at = (path: string): string => location.origin + path;
export const two = (): AuthSession[] => [session('s1'), session('s2')];
export const three = (): AuthSession[] => [session('s1'), session('s2'), session('s3')];

/** A client with `setActive` (recorded); the default answer makes the session current and notifies. */
export function switchingClient(
  options: FakeOptions = {},
  answer?: (options: SetActiveOptions, client: FakeClient, call: number) => Promise<void>,
): { client: FakeClient; switches: SetActiveOptions[] } {
  const client = fakeClient({ navigate: true, sessions: three(), ...options });
  const switches: SetActiveOptions[] = [];
  client.setActive = setActiveOptions => {
    switches.push(setActiveOptions);
    return answer ? answer(setActiveOptions, client, switches.length) : activate(client, setActiveOptions.sessionId);
  };
  return { client, switches };
}

/** What a provider does on a successful switch: another session becomes current, listeners hear it. */
export async function activate(client: FakeClient, sessionId: string): Promise<void> {
  client.session = client.sessions.find(candidate => candidate.id == sessionId)!;
  client.emitChange();
}

/** A promise that stays pending until the test ends. */
export function pending(): Promise<void> {
  const answer = deferred();
  onCleanup(() => answer.resolve());
  return answer.promise;
}

/** A click on a menu item (or account row) the user can see. */
export function choose(node: HTMLElement | null): void {
  expect(node, 'the item exists').to.exist;
  expect(visible(node), `"${nameOf(node)}" is shown`).to.equal(true);
  node!.click();
}

/** Chooses `node` and resolves with the first of `names` that reaches `target`. */
export function chooseFor(node: HTMLElement | null, names: string[], target: EventTarget): Promise<CustomEvent> {
  const event = firstOf(target, names);
  choose(node);
  return event;
}

/** A short description of a node for assertion messages (a DOM diff of whole elements is huge). */
export function where(node: Element | null): string {
  if (!node) return 'nothing';
  if (node == document.body) return 'body';
  if (node.matches('[part~="trigger"]')) return 'the trigger';
  return `${nameOf(node)} <${node.localName}>`;
}

/** Checks that `node` has focus. */
export function expectFocus(node: Element | null, what: string): void {
  expect(where(deepActiveElement()), what).to.equal(where(node));
  expect(deepActiveElement() == node, `${what}: the very node`).to.equal(true);
}

/** The initials an avatar shows (painted from `data-initials`, or as text), or null with an image. */
export function initialsOf(avatar: HTMLElement): string | null {
  if (avatar.querySelector('img')) return null;
  return avatar.getAttribute('data-initials') ?? avatar.textContent;
}

/**
 * After a failure: not busy, focus still with the element, the trigger opens the menu and no item
 * is disabled.
 */
export async function expectUsable(el: AuthUserButton, what: string): Promise<void> {
  const ub = userButton(el);
  await idle(el);
  await el.updateComplete;
  expect(el.hasAttribute('aria-busy'), `${what}: aria-busy`).to.equal(false);
  expect(ub.hasFocus(), `${what}: focus stays with the element (it is on ${nameOf(ub.focused())})`).to.equal(true);
  if (!ub.isOpen()) await ub.open();
  const items = ub.items();
  expect(items.length, `${what}: items on screen`).to.be.greaterThan(0);
  for (const node of items) {
    expect(node.hasAttribute('aria-disabled'), `${what}: "${nameOf(node)}" aria-disabled`).to.equal(false);
  }
}

/** Sets the element's client's current session (and the list) the way a provider reports it. */
export async function change(
  el: AuthUserButton,
  client: FakeClient,
  current: AuthSession | null,
  list?: AuthSession[],
) {
  if (list) client.sessions = list;
  client.session = current;
  client.emitChange();
  await el.updateComplete;
}
