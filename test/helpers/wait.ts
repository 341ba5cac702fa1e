// Waiting on conditions, never on the clock.
import { waitUntil } from '@open-wc/testing';

/**
 * Resolves once the tasks queued so far have run (a macrotask turn): for "nothing happened" checks
 * right after an action whose effects, if any, are queued synchronously or as microtasks.
 */
export const nextTask = (): Promise<void> => new Promise(resolve => setTimeout(resolve));

/** Resolves after the browser rendered two frames: layout, paint and anything queued on them ran. */
export const nextFrames = (): Promise<void> =>
  new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** Waits until every element is no longer busy. */
export const idle = (...els: Element[]): Promise<void> =>
  waitUntil(() => els.every(el => !el.hasAttribute('busy')), 'the element stays busy');

/** Waits until every element is busy. */
export const busy = (...els: Element[]): Promise<void> =>
  waitUntil(() => els.every(el => el.hasAttribute('busy')), 'the element never became busy');

/**
 * Resolves once an image requested now from the test server has failed to load: image loads the
 * page started before it (from the same server) have ended by then, so whatever their `error`
 * handlers would do has happened.
 */
export function imageLoadsDone(): Promise<void> {
  return new Promise(resolve => {
    const image = new Image();
    image.addEventListener('error', () => resolve(), { once: true });
    image.src = `/__auth-elements-test__/barrier-${Math.random().toString(36).slice(2)}.png`;
  });
}

/**
 * Resolves after a round trip to the test server and two rendered frames: a navigation or load a
 * page started before it has begun (and shown in `location`, `beforeunload` or a dialog) by then.
 */
export async function pageQuiet(): Promise<void> {
  await nextTask();
  await fetch(location.href, { cache: 'no-store' }).then(response => response.arrayBuffer());
  await nextFrames();
}

/**
 * A fixed wait, kept only for the test of the real 10 s default timeout (which moves to the Node
 * unit layer with fake timers); every other test waits on a condition.
 */
export const settle = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms));
