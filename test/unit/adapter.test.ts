// The adapters' common base without a provider: a first read that fails leaves the page signed
// out (never loading forever, also when reads overlap), and a later read that succeeds sets the
// real state.
import { mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { AuthAdapter, listedUrl, type AdapterState } from '../../src/adapters/core/adapter.js';
import type { AuthSession } from '../../src/auth/types.js';

class Flaky extends AuthAdapter {
  readonly supportsScope = ['session'] as const;
  answers: (() => AdapterState)[] = [];
  protected async read(): Promise<AdapterState> {
    return this.answers.shift()!();
  }
  async signOut(): Promise<void> {}
}

const ada: AuthSession = { id: 's1', user: { id: 'u1', name: 'Ada' } };

test('a failed first read: ready rejects, the state is signed out and listeners hear it; a later read recovers', async () => {
  const warned = mock.method(console, 'warn', () => {});
  const adapter = new Flaky();
  adapter.answers.push(() => {
    throw new Error('network down');
  });
  let heard = 0;
  adapter.addListener(() => heard++);
  await assert.rejects(adapter.ready, /network down/);
  await new Promise(resolve => setImmediate(resolve));
  assert.deepEqual([adapter.session, adapter.sessions, heard], [null, [], 1]);
  assert.match(String(warned.mock.calls[0]?.arguments[0]), /could not read the session/);

  adapter.answers.push(() => ({ session: ada, sessions: [ada] }));
  await adapter.refresh();
  assert.deepEqual([adapter.session, heard], [ada, 2]);
  mock.restoreAll();
});

test('a read that fails after a good one leaves the known state alone', async () => {
  const adapter = new Flaky();
  adapter.answers.push(() => ({ session: ada, sessions: [ada] }));
  await adapter.ready;
  adapter.answers.push(() => {
    throw new Error('blip');
  });
  await assert.rejects(adapter.refresh(), /blip/);
  assert.equal(adapter.session, ada);
});

test('a first read that fails while a newer read is under way leaves the state to the newer one', async () => {
  mock.method(console, 'warn', () => {});
  const adapter = new Flaky();
  let answer!: (state: AdapterState) => void;
  adapter.answers.push(
    () => {
      throw new Error('first');
    },
    () => new Promise<AdapterState>(resolve => (answer = resolve)) as unknown as AdapterState,
  );
  await null; // the first read starts
  const newer = adapter.refresh();
  await assert.rejects(adapter.ready);
  await new Promise(resolve => setImmediate(resolve));
  assert.equal(adapter.session, undefined, 'no signed-out flash while the newer read runs');
  answer({ session: ada, sessions: [ada] });
  await newer;
  assert.equal(adapter.session, ada);
  mock.restoreAll();
});

test('overlapping reads that all fail before any answer: signed out, never loading forever', async () => {
  mock.method(console, 'warn', () => {});
  const adapter = new Flaky();
  let fail!: () => void;
  adapter.answers.push(
    () => {
      throw new Error('first');
    },
    () =>
      new Promise<AdapterState>((_, reject) => (fail = () => reject(new Error('second')))) as unknown as AdapterState,
  );
  await null; // the first read starts
  const newer = adapter.refresh();
  await assert.rejects(adapter.ready);
  fail();
  await assert.rejects(newer, /second/);
  assert.deepEqual([adapter.session, adapter.sessions], [null, []]);
  mock.restoreAll();
});

test('a first read that succeeds overtaken by one that fails: signed out, not loading forever', async () => {
  mock.method(console, 'warn', () => {});
  const adapter = new Flaky();
  let answer!: (state: AdapterState) => void;
  adapter.answers.push(
    () => new Promise<AdapterState>(resolve => (answer = resolve)) as unknown as AdapterState,
    () => {
      throw new Error('second');
    },
  );
  await null; // the first read starts
  await assert.rejects(adapter.refresh(), /second/);
  answer({ session: ada, sessions: [ada] });
  // The overtaken first read settles as the newest did.
  await assert.rejects(adapter.ready, /second/);
  assert.deepEqual([adapter.session, adapter.sessions], [null, []], 'the newest read decides');
  mock.restoreAll();
});

test('a listener that throws: the read still resolves, every other listener hears it, the error is logged', async () => {
  const logged = mock.method(console, 'error', () => {});
  const adapter = new Flaky();
  adapter.answers.push(() => ({ session: ada, sessions: [ada] }));
  await adapter.ready;
  const heard: string[] = [];
  adapter.addListener(() => heard.push('first'));
  adapter.addListener(() => {
    // an app's render that reads auth.session.user.name: throws once signed out
    throw new TypeError("Cannot read properties of null (reading 'user')");
  });
  adapter.addListener(() => heard.push('last'));
  adapter.answers.push(() => ({ session: null, sessions: [] }));
  await adapter.refresh(); // what a sign-out awaits after the provider ended the session
  assert.equal(adapter.session, null);
  assert.deepEqual(heard, ['first', 'last']);
  assert.equal(logged.mock.callCount(), 1);
  assert.match(String(logged.mock.calls[0]!.arguments.join(' ')), /listener.*Cannot read properties/s);
  mock.restoreAll();
});

test('listedUrl finds a URL among registered ones as a URL, and answers it as listed', () => {
  const list = ['https://app.example', 'https://app.example/bye?x=1', 'not a url'];
  assert.equal(listedUrl(list, 'https://app.example/'), 'https://app.example');
  assert.equal(listedUrl(list, 'https://APP.example:443'), 'https://app.example');
  assert.equal(listedUrl(list, 'https://app.example/bye?x=1'), 'https://app.example/bye?x=1');
  for (const url of [
    'https://app.example/bye',
    'https://app.example/bye?x=2',
    'http://app.example/',
    'not a url',
    '',
    undefined,
  ])
    assert.equal(listedUrl(list, url), undefined, String(url));
});
