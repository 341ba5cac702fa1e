// Recording what a host page sees: events, console warnings, unhandled rejections, client calls.
import { expect } from '@open-wc/testing';
import type { SignOutOptions } from '../../src/index.js';
import type { FakeClient } from './client.js';
import { onCleanup } from './cleanup.js';

export const FLOW = ['auth-sign-out', 'auth-signed-out', 'auth-sign-out-error'];
export const SWITCH = ['auth-session-switch', 'auth-session-switched', 'auth-session-switch-error'];
export const NAVIGATE = ['auth-manage-account', 'auth-add-account'];

export type Log = { type: string; detail: unknown; target: EventTarget | null }[];

/** Records the named events dispatched to `target` (in order), with their details. */
export function recordEvents(target: EventTarget, names: string[]): { log: Log; stop(): void } {
  const log: Log = [];
  const listener = (event: Event) =>
    log.push({ type: event.type, detail: (event as CustomEvent).detail, target: event.currentTarget });
  for (const name of names) target.addEventListener(name, listener);
  return { log, stop: () => names.forEach(name => target.removeEventListener(name, listener)) };
}

/** Records the named events (default: the sign-out flow's) reaching `target`; stops after the test. */
export function record(target: EventTarget = document, names = FLOW): Log {
  const recorder = recordEvents(target, names);
  onCleanup(recorder.stop);
  return recorder.log;
}

export const types = (log: Log): string[] => log.map(entry => entry.type);

/** Records console.warn calls (restore with `.restore()`). */
export function captureWarnings(): { messages: string[]; restore(): void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/** Console warnings from now until the end of the test. */
export function warnings(): string[] {
  const capture = captureWarnings();
  onCleanup(capture.restore);
  return capture.messages;
}

/** Rejection reasons made on purpose to find out when rejections have been reported. */
export const probes = new WeakSet<object>();

/**
 * The reasons of every `unhandledrejection` on window from now until the end of the test (probes
 * only when asked for).
 */
export function unhandledRejections(withProbes = false): unknown[] {
  const reasons: unknown[] = [];
  const listener = (event: PromiseRejectionEvent) =>
    (withProbes || !probes.has(Object(event.reason))) && reasons.push(event.reason);
  window.addEventListener('unhandledrejection', listener);
  onCleanup(() => window.removeEventListener('unhandledrejection', listener));
  return reasons;
}

/** Resolves with whichever of `names` reaches `target` first. */
export function firstOf(target: EventTarget, names: string[]): Promise<CustomEvent> {
  return new Promise(resolve => {
    const listener = (event: Event) => {
      names.forEach(name => target.removeEventListener(name, listener));
      resolve(event as CustomEvent);
    };
    names.forEach(name => target.addEventListener(name, listener));
  });
}

/** What the client received, without the signal (checked to be an AbortSignal). */
export function received(client: FakeClient): Omit<SignOutOptions, 'signal'>[] {
  return client.calls.map(({ signal, ...rest }) => {
    expect(signal).to.be.instanceOf(AbortSignal);
    return rest;
  });
}

/** Records the reasons of every `unhandledrejection` on window until `stop()`. */
export function recordUnhandledRejections(): { reasons: unknown[]; stop(): void } {
  const reasons: unknown[] = [];
  const listener = (event: PromiseRejectionEvent) => reasons.push(event.reason);
  window.addEventListener('unhandledrejection', listener);
  return { reasons, stop: () => window.removeEventListener('unhandledrejection', listener) };
}
