// The single flight and its timeout, on Node's mock timers: the default 10 s, no deadline for
// ≤ 0 or beyond what a timer holds, failures, and a late answer ignored. (The browser tests check
// that an element's `timeout` attribute reaches the flight.)
import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_TIMEOUT, MAX_TIMEOUT, flightOf, fly, hasDeadline, reserve, toTimeout } from '../../src/auth/flight.js';
import type { AuthClient } from '../../src/auth/types.js';

/** Lets pending promise callbacks run (setImmediate is not mocked). */
const flush = () => new Promise(resolve => setImmediate(resolve));

const newClient = (): AuthClient => ({ session: null, signOut: async () => {} });

interface Outcome {
  code?: string;
  message?: string;
  value?: unknown;
}

/** Starts a flight for `call` with `timeout`; records what settle saw and the signal. */
function start(timeout: number, call: (signal: AbortSignal) => Promise<unknown>) {
  const client = newClient();
  const outcomes: Outcome[] = [];
  let signal!: AbortSignal;
  const done = fly(
    reserve(client, { scope: 'all', target: null }),
    timeout,
    s => call((signal = s)),
    (value, code, error) => void outcomes.push({ value, code, message: error?.message }),
  );
  return { client, outcomes, done, signal: () => signal };
}

describe('flight timing (mock timers)', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
  afterEach(() => mock.timers.reset());

  test('an invalid timeout attribute means the default, 10 s', () => {
    assert.equal(DEFAULT_TIMEOUT, 10_000);
    for (const value of ['soon', '', 'Infinity', ' ', '-Infinity', 'NaN', null, undefined, {}])
      assert.equal(toTimeout(value), DEFAULT_TIMEOUT, `timeout=${JSON.stringify(value)}`);
    for (const [value, ms] of [
      ['50', 50],
      [' 20 ', 20],
      ['0', 0],
      ['-1', -1],
      ['1e16', 1e16],
      [2.5, 2.5],
    ] as const)
      assert.equal(toTimeout(value), ms, `timeout=${JSON.stringify(value)}`);
  });

  test('with the default an unanswered call fails with timeout at 10 s exactly, and its signal aborts', async () => {
    const { client, outcomes, done, signal } = start(toTimeout('soon'), () => new Promise(() => {}));
    await flush();
    assert.ok(flightOf(client), 'the flight runs');
    mock.timers.tick(DEFAULT_TIMEOUT - 1);
    await flush();
    assert.deepEqual(outcomes, []);
    assert.equal(signal().aborted, false);
    mock.timers.tick(1);
    await done;
    assert.deepEqual(outcomes, [{ value: undefined, code: 'timeout', message: 'no answer within 10000 ms' }]);
    assert.equal(signal().aborted, true);
    assert.equal(flightOf(client), undefined, 'the flight is over');
  });

  test('an answer after the timeout does nothing; a late rejection is swallowed', async () => {
    let answer!: (value: string) => void;
    const { outcomes, done } = start(50, () => new Promise<string>(resolve => (answer = resolve)));
    mock.timers.tick(50);
    await done;
    answer('late');
    await flush();
    assert.deepEqual(
      outcomes.map(o => o.code),
      ['timeout'],
    );

    let reject!: (reason: unknown) => void;
    const second = start(50, () => new Promise((_, no) => (reject = no)));
    mock.timers.tick(50);
    await second.done;
    reject(new Error('late'));
    await flush();
    assert.deepEqual(
      second.outcomes.map(o => o.code),
      ['timeout'],
    );
  });

  test('≤ 0 and beyond 2^31 − 1 ms mean no deadline: nothing fires, the answer settles it', async () => {
    assert.equal(MAX_TIMEOUT, 2 ** 31 - 1);
    assert.equal(hasDeadline(MAX_TIMEOUT), true);
    for (const timeout of [0, -1, -Infinity, MAX_TIMEOUT + 1, 1e16, Number.MAX_VALUE]) {
      assert.equal(hasDeadline(timeout), false, `timeout ${timeout}`);
      let answer!: () => void;
      const { outcomes, done, signal } = start(timeout, () => new Promise<void>(resolve => (answer = resolve)));
      mock.timers.tick(MAX_TIMEOUT);
      await flush();
      assert.deepEqual(outcomes, [], `timeout ${timeout}`);
      assert.equal(signal().aborted, false);
      answer();
      await done;
      assert.deepEqual(outcomes, [{ value: undefined, code: undefined, message: undefined }]);
    }
  });

  test('the answer before the deadline wins and clears the timer', async () => {
    const { outcomes, done, signal } = start(100, async () => 'ok');
    await done;
    mock.timers.tick(1000);
    await flush();
    assert.deepEqual(outcomes, [{ value: 'ok', code: undefined, message: undefined }]);
    assert.equal(signal().aborted, false);
  });

  test('a synchronous throw and any rejection are failed, with an Error', async () => {
    const reasons: [() => Promise<unknown>, string][] = [
      [
        () => {
          throw new Error('sync');
        },
        'sync',
      ],
      [() => Promise.reject(new Error('async')), 'async'],
      [() => Promise.reject('text'), 'text'],
      [() => Promise.reject(undefined), 'undefined'],
    ];
    for (const [call, message] of reasons) {
      const { outcomes, done } = start(100, call);
      await done;
      assert.deepEqual(outcomes, [{ value: undefined, code: 'failed', message }]);
    }
  });
});

describe('reservations', () => {
  test("a reserved flight is the client's flight until cancelled, and its done resolves then", async () => {
    const client = newClient();
    const reservation = reserve(client, { scope: 'session', target: 's1' });
    const flight = flightOf(client);
    assert.deepEqual([flight?.scope, flight?.target], ['session', 's1']);
    reservation.cancel();
    assert.equal(flightOf(client), undefined);
    await flight!.done;
  });

  test('cancelling an old reservation leaves a newer flight alone', () => {
    const client = newClient();
    const old = reserve(client, { scope: 'all', target: null });
    reserve(client, { scope: 'session', target: 's2' });
    old.cancel();
    assert.equal(flightOf(client)?.target, 's2');
  });
});
