import type { AdapterHooks } from '../../src/testing/index.js';

/**
 * Holds this page's requests whose URL `matches` (a slow provider): `held` resolves when one
 * waits, `release()` lets them go on (an aborted one then fails as fetch does) and stops holding.
 */
export function holdRequests(matches: (url: string) => boolean): ReturnType<Required<AdapterHooks>['hold']> {
  const original = window.fetch;
  let held!: () => void;
  let release!: () => void;
  const waiting = new Promise<void>(resolve => (held = resolve));
  const released = new Promise<void>(resolve => (release = resolve));
  window.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (matches(url)) {
      held();
      await released;
    }
    return original(input, init);
  };
  return {
    held: waiting,
    release() {
      window.fetch = original;
      release();
    },
  };
}
