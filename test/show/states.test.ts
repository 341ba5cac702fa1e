// <auth-show>: its children on screen only in the state `when` names, through loading → signed
// in → signed out → signed in, account switches and `session-id`; axe in every state; and, on every
// frame of those changes, no child of the wrong state rendered (and so none in the accessibility
// tree).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { setAuth, type AuthShow } from '../../src/index.js';
import { createMemoryClient } from '../../src/testing/index.js';
import { show } from '../harness/index.js';
import { fakeClient, nextFrames, onCleanup, session, warnings, type FakeClient } from '../helpers/index.js';

type State = 'loading' | 'signed-in' | 'signed-out';

/** A page with one block per state, all on `client`. */
async function page(client: FakeClient | null) {
  const root = await fixture<HTMLElement>(html`
    <main>
      <auth-show when="loading" .auth=${client}><p>Loading…</p></auth-show>
      <auth-show when="signed-in" .auth=${client}
        ><p>Welcome back</p>
        <button>Account</button></auth-show
      >
      <auth-show when="signed-out" .auth=${client}
        ><p>Please sign in</p>
        <a href="/in">Sign in</a></auth-show
      >
    </main>
  `);
  const blocks = Object.fromEntries(
    [...root.querySelectorAll<AuthShow>('auth-show')].map(el => [el.when, el]),
  ) as Record<State, AuthShow>;
  return { root, blocks };
}

/** Resolves when only the block of `state` is shown; then checks axe on the page. */
async function expectOnly(root: HTMLElement, blocks: Record<State, AuthShow>, state: State) {
  await waitUntil(() => show(blocks[state]).shown(), `the ${state} block is shown`);
  for (const [when, el] of Object.entries(blocks))
    if (when != state) expect(show(el).hidden(), `the ${when} block is hidden while ${state}`).to.be.true;
  await expect(root).to.be.accessible();
}

/**
 * Checks on every animation frame until stopped that no block of a state other than the client's
 * is rendered: what a user (or assistive technology) could ever meet.
 */
function everyFrame(client: FakeClient, blocks: Record<State, AuthShow>) {
  const wrong: string[] = [];
  let running = true;
  const check = () => {
    const state: State = client.session === undefined ? 'loading' : client.session ? 'signed-in' : 'signed-out';
    for (const [when, el] of Object.entries(blocks))
      if (when != state && !show(el).hidden()) wrong.push(`${when} shown while ${state}`);
    if (running) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  onCleanup(() => (running = false));
  return wrong;
}

describe('<auth-show>', () => {
  it('follows loading → signed in → signed out → signed in, never showing a wrong block', async () => {
    const client = fakeClient({ current: undefined });
    const { root, blocks } = await page(client);
    const wrong = everyFrame(client, blocks);
    await expectOnly(root, blocks, 'loading');
    client.load();
    await expectOnly(root, blocks, 'signed-in');
    client.apply({ scope: 'all' });
    await expectOnly(root, blocks, 'signed-out');
    client.addSession(session('s2'));
    await expectOnly(root, blocks, 'signed-in');
    await nextFrames();
    expect(wrong).to.deep.equal([]);
  });

  it('is loading without a client, then follows the client set on window', async () => {
    const { root, blocks } = await page(null);
    await expectOnly(root, blocks, 'loading');
    setAuth(fakeClient({ current: null }));
    await expectOnly(root, blocks, 'signed-out');
  });

  it('hides with the shadow root: display contents, hidden children cannot take focus', async () => {
    const client = fakeClient({ current: null });
    const { blocks } = await page(client);
    expect(getComputedStyle(blocks['signed-in']).display).to.equal('contents');
    const button = blocks['signed-in'].querySelector('button')!;
    button.focus();
    expect(document.activeElement, 'a hidden button takes no focus').not.to.equal(button);
    client.addSession(session('s1'));
    await waitUntil(() => show(blocks['signed-in']).shown());
    button.focus();
    expect(document.activeElement).to.equal(button);
  });

  it('lays the children out as children of its parent (no box of its own)', async () => {
    const el = await fixture<HTMLElement>(html`
      <div style="display: flex; gap: 10px">
        <span style="width: 40px">a</span>
        <auth-show .auth=${fakeClient()}><span style="width: 40px">b</span></auth-show>
      </div>
    `);
    const [a, b] = [...el.querySelectorAll('span')];
    await waitUntil(() => b!.getClientRects().length > 0);
    expect(b!.getBoundingClientRect().left - a!.getBoundingClientRect().right).to.be.closeTo(10, 0.5);
  });

  it('switching accounts: session-id blocks follow the current session', async () => {
    const client = createMemoryClient({ sessions: [session('s1'), session('s2')], current: 's1' });
    const root = await fixture<HTMLElement>(html`
      <div>
        <auth-show session-id="s1" .auth=${client}><p>Signed in as s1</p></auth-show>
        <auth-show when="signed-out" session-id="s1" .auth=${client}><p>Not s1</p></auth-show>
        <auth-show .auth=${client}><p>Anyone</p></auth-show>
      </div>
    `);
    const [mine, notMine, anyone] = [...root.querySelectorAll<AuthShow>('auth-show')].map(show);
    await waitUntil(() => mine!.shown() && anyone!.shown());
    expect(notMine!.hidden()).to.be.true;
    await expect(root).to.be.accessible();

    await client.setActive!({ sessionId: 's2', signal: new AbortController().signal });
    await waitUntil(() => notMine!.shown(), 'the other account’s block');
    expect(mine!.hidden()).to.be.true;
    expect(anyone!.shown()).to.be.true;
    await expect(root).to.be.accessible();

    await client.setActive!({ sessionId: 's1', signal: new AbortController().signal });
    await waitUntil(() => mine!.shown());
    expect(notMine!.hidden()).to.be.true;
  });

  it('follows changes of when and session-id', async () => {
    const client = fakeClient();
    const el = await fixture<AuthShow>(html`<auth-show .auth=${client}><p>x</p></auth-show>`);
    await waitUntil(() => show(el).shown());
    el.when = 'signed-out';
    await waitUntil(() => show(el).hidden());
    el.sessionId = 'other';
    await waitUntil(() => show(el).shown(), 'signed out of "other": the current session is another');
  });

  it('when removed, or set to undefined, is the default (signed-in), with no warning', async () => {
    const warned = warnings();
    const el = await fixture<AuthShow>(html`<auth-show when="signed-out" .auth=${fakeClient()}><p>x</p></auth-show>`);
    expect(show(el).hidden()).to.be.true;
    el.removeAttribute('when'); // what frameworks do for when={cond ? 'signed-out' : undefined}
    await waitUntil(() => show(el).shown(), 'shown while signed in');
    el.when = 'signed-out';
    await waitUntil(() => show(el).hidden());
    el.when = undefined as never;
    await waitUntil(() => show(el).shown(), 'shown while signed in');
    expect(
      warned.filter(m => m.includes('when')),
      'no warning',
    ).to.deep.equal([]);
  });

  it('an invalid when shows nothing, with one warning', async () => {
    const warned = warnings();
    const el = await fixture<AuthShow>(
      html`<auth-show when="signed_in" .auth=${fakeClient()}><p>never</p></auth-show>`,
    );
    expect(show(el).hidden()).to.be.true;
    el.requestUpdate();
    await el.updateComplete;
    expect(warned.filter(m => m.includes('when "signed_in"')).length).to.equal(1);
  });

  it('a client whose session getter throws counts as signed out', async () => {
    const client = fakeClient();
    Object.defineProperty(client, 'session', {
      get() {
        throw new Error('getter');
      },
    });
    const el = await fixture<AuthShow>(html`<auth-show when="signed-out" .auth=${client}><p>x</p></auth-show>`);
    await waitUntil(() => show(el).shown());
  });
});

describe('<auth-show> and <auth-avatar> while a sign-out runs', () => {
  it('are busy for styling but not aria-busy: their content stays readable', async () => {
    const client = createMemoryClient({ delay: 60_000 });
    const root = await fixture<HTMLElement>(
      html`<div>
        <auth-show .auth=${client}><p>Signed-in content</p></auth-show>
        <auth-avatar .auth=${client}></auth-avatar>
        <auth-sign-out-button .auth=${client}></auth-sign-out-button>
      </div>`,
    );
    const button = root.querySelector('auth-sign-out-button')!;
    button.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => button.hasAttribute('busy'), 'the sign-out runs');
    expect(button.getAttribute('aria-busy'), 'the control says it is busy').to.equal('true');
    for (const tag of ['auth-show', 'auth-avatar']) {
      const el = root.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      expect(el.hasAttribute('busy'), `${tag} busy`).to.be.true;
      expect(el.hasAttribute('aria-busy'), `${tag} not aria-busy`).to.be.false;
    }
  });
});
