// A clock the test moves: `Date.now()` and `setInterval` replaced until the test ends, so that a
// minute passes in one call, without waiting and without depending on the machine's speed.
import { onCleanup } from './cleanup.js';

export interface FakeClock {
  /** The intervals running now. */
  readonly intervals: number;
  /** Moves the clock on by `ms` and runs each interval whose period fits, as often as it fits. */
  tick(ms: number): void;
}

export function fakeClock(): FakeClock {
  const real = { now: Date.now, setInterval, clearInterval };
  const timers = new Map<number, [() => void, number]>();
  let now = Date.now();
  let id = 0;
  Date.now = () => now;
  window.setInterval = ((fn: () => void, period: number) => (timers.set(++id, [fn, period]), id)) as typeof setInterval;
  window.clearInterval = ((key?: number) => void timers.delete(key!)) as typeof clearInterval;
  onCleanup(() => {
    Object.assign(Date, { now: real.now });
    Object.assign(window, { setInterval: real.setInterval, clearInterval: real.clearInterval });
  });
  return {
    get intervals() {
      return timers.size;
    },
    tick(ms) {
      now += ms;
      for (const [fn, period] of [...timers.values()]) for (let n = Math.floor(ms / period); n > 0; n--) fn();
    },
  };
}
