// Helpers of the <auth-sign-out-button> tests (test/sign-out-button/).
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { type AuthSignOutButton } from '../../src/index.js';
import { recordEvents, nextTask, type FakeClient } from './index.js';
import { signOutButton } from '../harness/sign-out-button.js';
import { deepActiveElement } from './dom.js';

/** The inner shadow button, or null in slotted-control mode. */
export const inner = (el: AuthSignOutButton): HTMLButtonElement | null => signOutButton(el).button;

/** The text the inner button shows by itself (its default label). */
export const label = (el: AuthSignOutButton): string => signOutButton(el).label();

/** Waits until the flight started by the `n`th client call is over and the element is usable. */
export async function settled(el: AuthSignOutButton, client: FakeClient, n: number): Promise<void> {
  await waitUntil(() => client.calls.length == n, `expected ${n} sign-out call(s), got ${client.calls.length}`, {
    timeout: 2000,
  });
  await waitUntil(() => !el.hasAttribute('busy'), 'the sign-out never settled', { timeout: 2000 });
  await el.updateComplete;
}

/**
 * Focuses `control`, presses `key` twice, and checks that every press signed out exactly once
 * (one `auth-sign-out`, one client call) and that focus stayed on the control.
 */
export async function expectKeyActivates(el: AuthSignOutButton, client: FakeClient, control: HTMLElement, key: string) {
  const events = recordEvents(el, ['auth-sign-out']);
  control.focus();
  expect(deepActiveElement() == control, 'the control has focus').to.be.true;
  for (const n of [1, 2]) {
    await sendKeys({ press: key });
    await settled(el, client, n);
    await nextTask();
    expect(client.calls.length, `client calls after ${n} press(es) of "${key}"`).to.equal(n);
    expect(events.log.length, `auth-sign-out events after ${n} press(es) of "${key}"`).to.equal(n);
    await waitUntil(() => deepActiveElement() == control, 'focus left the control', { timeout: 2000 });
  }
  events.stop();
}

/** Presses `key` on `control` and checks nothing happened. */
export async function expectKeyIgnored(el: AuthSignOutButton, client: FakeClient, control: HTMLElement, key: string) {
  const events = recordEvents(el, ['auth-sign-out']);
  control.focus();
  await sendKeys({ press: key });
  await nextTask();
  events.stop();
  expect(events.log.length, `auth-sign-out after "${key}"`).to.equal(0);
  expect(client.calls.length, `client calls after "${key}"`).to.equal(0);
}

/** Relative luminance of a CSS colour, normalised through a canvas. */
export function luminance(color: string): number {
  const context = document.createElement('canvas').getContext('2d')!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = [...context.getImageData(0, 0, 1, 1).data].map(v => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Whether `el` matches `:state(busy)`, or null when the browser has no `:state()`. */
export function matchesBusyState(el: Element): boolean | null {
  try {
    return el.matches(':state(busy)');
  } catch {
    return null;
  }
}

/** Keeps the test page where it is should a link click not be canceled, and records that it was. */
export function guardNavigation(): { prevented: boolean[]; stop(): void } {
  const prevented: boolean[] = [];
  // Bubble phase on window: runs after the element's own handler.
  const listener = (event: Event) => {
    prevented.push(event.defaultPrevented);
    event.preventDefault();
  };
  window.addEventListener('click', listener);
  return { prevented, stop: () => window.removeEventListener('click', listener) };
}
