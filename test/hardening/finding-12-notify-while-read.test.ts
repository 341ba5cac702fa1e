// Hardening finding 12: a client that notified its listeners whenever its `session` was read
// made every render schedule the next one, forever. A change reported while an update is pending
// or running is dropped: LitElement renders before it marks the update done, and Lit ignores
// requestUpdate() while an update is pending (the hand-built update() read the client after).
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/define.js';
import type { AuthClient, AuthSession, AuthSignOutButton, AuthUserButton } from '../../src/index.js';
import { session } from '../helpers.js';

/** A client that calls its listeners from inside the `session` getter, and counts the reads. */
function chattyClient(current: AuthSession | null) {
  const listeners = new Set<() => void>();
  let state = current;
  const client = {
    reads: 0,
    get session() {
      client.reads++;
      for (const listener of [...listeners]) listener();
      return state;
    },
    set(next: AuthSession | null) {
      state = next;
      for (const listener of [...listeners]) listener();
    },
    addListener(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    signOut: async () => {},
  } satisfies AuthClient & Record<string, unknown>;
  return client;
}

async function frames(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await nextFrame();
}

describe('finding 12: a client that notifies while its session is read', () => {
  it('renders each element a bounded number of times, and still follows real changes', async () => {
    const client = chattyClient(session('s1', 'Ada Lovelace'));
    const page = await fixture<HTMLElement>(
      html`<div>
        <auth-user-button .auth=${client}></auth-user-button>
        <auth-sign-out-button .auth=${client}></auth-sign-out-button>
      </div>`,
    );
    const user = page.querySelector<AuthUserButton>('auth-user-button')!;
    const out = page.querySelector<AuthSignOutButton>('auth-sign-out-button')!;
    await Promise.all([user.updateComplete, out.updateComplete]);
    await frames(5);
    const settled = client.reads;
    await frames(10);
    expect(client.reads, 'reads keep coming after the elements settled').to.equal(settled);
    expect(settled, 'reads to render two elements').to.be.below(40);
    expect(user.isUpdatePending).to.equal(false);

    client.set(session('s2', 'Grace Hopper'));
    await user.updateComplete;
    const label = user.shadowRoot!.querySelector('[part~=trigger]')!.getAttribute('aria-label');
    expect(label, 'a real change still renders').to.equal('Open account menu for Grace Hopper');
    await frames(5);
    const after = client.reads;
    await frames(10);
    expect(client.reads, 'quiet again after the change').to.equal(after);
  });
});
