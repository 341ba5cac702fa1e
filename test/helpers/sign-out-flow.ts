// Helpers of the sign-out flow tests (test/sign-out-flow.test.ts and test/sign-out-flow/).
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import type { AuthSignOutButton } from '../../src/index.js';
import { signOutButton } from '../harness/sign-out-button.js';
import { onCleanup } from './cleanup.js';
import { deferred, fakeClient, type Deferred, type FakeClient, type FakeOptions } from './client.js';
import { FLOW, probes, received, record, unhandledRejections } from './events.js';
import { nextTask } from './wait.js';

export const ALL_EVENTS = [
  ...FLOW,
  'auth-session-switch',
  'auth-session-switched',
  'auth-session-switch-error',
  'auth-manage-account',
  'auth-add-account',
  'auth-menu-opened',
  'auth-menu-closed',
  'auth-client-change',
];
export const BYE = () => location.origin + '/bye';

export type Answer = void | { redirectTo?: string };

/**
 * Resolves once every unhandled rejection of the code run so far has been reported: a probe
 * rejection made now is reported after them, so the wait ends when the probe shows up.
 */
export async function rejectionsReported(): Promise<void> {
  const reasons = unhandledRejections(true);
  const marker = new Error('rejections-reported probe');
  probes.add(marker);
  const probe = Promise.reject(marker);
  // The runner logs an unhandled rejection through the promise's `catch`: keep the probe out of it.
  Object.defineProperty(probe, 'catch', { value: () => probe });
  await waitUntil(() => reasons.includes(marker), 'the probe rejection was never reported');
  probe.then(undefined, () => {});
}

/**
 * Resolves once a flight with `timeout` ms on an element of its own (whose events stop there)
 * has timed out: a point in time after which a flight of the same timeout would have ended.
 */
export async function anotherFlightTimedOut(timeout: number): Promise<void> {
  const { client } = pendingClient();
  const el = await fixture<AuthSignOutButton>(
    html`<auth-sign-out-button .auth=${client} timeout=${timeout}></auth-sign-out-button>`,
  );
  const stop = (event: Event) => event.stopPropagation();
  for (const name of FLOW) el.addEventListener(name, stop);
  const error = new Promise(resolve => el.addEventListener('auth-sign-out-error', resolve, { once: true }));
  button(el).click();
  await error;
}

/** A recording client whose `signOut` calls stay pending until the test answers them. */
export function pendingClient(options: FakeOptions = {}): { client: FakeClient; answers: Deferred<Answer>[] } {
  const answers: Deferred<Answer>[] = [];
  const client = fakeClient({
    navigate: true,
    ...options,
    signOut: () => {
      const answer = deferred<Answer>();
      answers.push(answer);
      return answer.promise;
    },
  });
  // Nothing may stay pending into the next test.
  onCleanup(() => answers.forEach(answer => answer.resolve()));
  return { client, answers };
}

export const button = (el: AuthSignOutButton): HTMLButtonElement => signOutButton(el).button!;

/** A user's click on the rendered button. */
export const click = (el: AuthSignOutButton): void => signOutButton(el).click();

/** Clicks and resolves with the first `name` event that reaches `target` (default: the element). */
export const clickFor = <K extends keyof GlobalEventHandlersEventMap>(
  el: AuthSignOutButton,
  name: K,
  target: EventTarget = el,
): Promise<GlobalEventHandlersEventMap[K]> => signOutButton(el).clickFor(name, target);

/** Clicks `template`'s element and waits until the client's answer was handled. */
export async function signOutWith(template: TemplateResult): Promise<AuthSignOutButton> {
  const el = await fixture<AuthSignOutButton>(template);
  await clickFor(el, 'auth-signed-out');
  return el;
}

/**
 * Clicks `el` and checks that the sign-out (scope all) completed without a navigation: both flow
 * events carry `redirectUrl: null` and the client navigated nowhere.
 */
export async function expectSignedOutInPlace(el: AuthSignOutButton, client: FakeClient): Promise<void> {
  const log = record(el);
  await clickFor(el, 'auth-signed-out');
  await nextTask();
  expect(log.map(entry => (entry.detail as { redirectUrl: unknown }).redirectUrl)).to.deep.equal([null, null]);
  expect(received(client)).to.deep.equal([{ scope: 'all' }]);
  expect(client.navigations).to.deep.equal([]);
}
