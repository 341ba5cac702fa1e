// The Clerk adapter: the shared adapter contract against a Clerk-shaped object, then what is
// Clerk's own (field mapping, loading, the callback form of signOut, `everywhere`, URLs).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clerkClient } from '../../src/adapters/clerk.js';
import '../../src/define.js';
import type { AuthUserButton } from '../../src/index.js';
import { casesFor, type ContractFixture } from './contract.js';
import { fakeClerk, type FakeClerk } from './fake-clerk.js';

const signal = () => new AbortController().signal;

describe('clerk adapter: the adapter contract', () => {
  let clerk: FakeClerk;
  const contractFixture: ContractFixture = {
    multiSession: true,
    scopes: ['session', 'all', 'everywhere'],
    create: () => clerkClient(clerk),
    serverSessions: async () => clerk.signedIn.map(({ id }) => id),
    endElsewhere: async id => clerk.endQuietly(id),
    fault: async status => void (clerk.failing = status),
  };

  for (const [name, { sessions, run }] of casesFor(contractFixture)) {
    it(name, async () => {
      clerk = fakeClerk();
      clerk.load();
      clerk.signIn(sessions);
      await run(contractFixture);
      expect(clerk.navigations, 'Clerk was never asked to navigate').to.deep.equal([]);
    });
  }
});

describe('clerk adapter: Clerk specifics', () => {
  it('stays loading until Clerk has loaded, then maps the user fields', async () => {
    const clerk = fakeClerk();
    clerk.signIn(2);
    const auth = clerkClient(clerk);
    await auth.ready;
    expect(auth.session, 'not loaded').to.equal(undefined);
    clerk.load();
    await waitUntil(() => auth.session, 'the session after load');
    expect(auth.session).to.deep.equal({
      id: clerk.signedIn[0]!.id,
      user: {
        id: 'user_ada',
        name: 'Ada Lovelace',
        firstName: 'Ada',
        lastName: 'Lovelace',
        username: 'ada',
        email: 'ada@example.com',
        imageUrl: '',
      },
    });
    expect(auth.sessions.map(({ user }) => user.name)).to.deep.equal(['Ada Lovelace', 'Grace Hopper']);
  });

  it("takes sign-in, profile and after-sign-out URLs from Clerk and allows Clerk's origins", async () => {
    const auth = clerkClient(fakeClerk());
    expect(auth.signInUrl).to.equal('https://accounts.example.com/sign-in');
    expect(auth.userProfileUrl).to.equal('https://accounts.example.com/user');
    expect(auth.afterSignOutUrl).to.equal('/');
    expect(auth.allowedRedirectOrigins).to.deep.equal(['https://accounts.example.com']);
    const own = clerkClient(fakeClerk(), { signInUrl: '/login', allowedRedirectOrigins: ['https://id.example.org'] });
    expect(own.signInUrl, 'options win').to.equal('/login');
    expect(own.allowedRedirectOrigins).to.include('https://id.example.org');
  });

  it("scope 'everywhere' revokes the user's sessions on other devices and ends this one", async () => {
    const clerk = fakeClerk();
    clerk.load();
    clerk.signIn(2);
    const auth = clerkClient(clerk);
    await auth.ready;
    expect(clerk.elsewhere.get('user_ada')).to.have.length(1);
    await auth.signOut({ scope: 'everywhere', signal: signal() });
    expect(clerk.elsewhere.get('user_ada'), 'other devices').to.deep.equal([]);
    expect(clerk.elsewhere.get('user_grace'), "another account's devices stay").to.have.length(1);
    expect(auth.session?.user.name, 'the other account on this browser becomes current').to.equal('Grace Hopper');
    expect(auth.sessions).to.have.length(1);
  });

  it('turns what Clerk throws into an Error that keeps it as the cause', async () => {
    const clerk = fakeClerk();
    clerk.load();
    clerk.signIn(1);
    const auth = clerkClient(clerk);
    await auth.ready;
    clerk.failing = 422;
    const error = await auth.signOut({ scope: 'all', signal: signal() }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).message).to.equal('clerk signOut: request failed (HTTP 422)');
    expect((error as Error & { cause: unknown }).cause).to.have.property('errors');
  });

  it('drives the user button: switch accounts and sign out through the menu', async () => {
    const clerk = fakeClerk();
    clerk.load();
    clerk.signIn(2);
    const auth = clerkClient(clerk);
    await auth.ready;
    const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${auth}></auth-user-button>`);
    const grace = clerk.signedIn[1]!.id;
    el.open = true;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>(`button[role="menuitem"][data-session="${grace}"]`)!.click();
    await waitUntil(() => auth.session?.id == grace, 'switched to Grace');
    expect(clerk.currentId).to.equal(grace);
    await el.signOut();
    // Signing out the current one of two ends Grace's session only; Ada becomes current.
    expect(clerk.signedIn.map(({ user }) => user.fullName)).to.deep.equal(['Ada Lovelace']);
    expect(auth.session?.user.name).to.equal('Ada Lovelace');
    expect(clerk.navigations).to.deep.equal([]);
  });
});
