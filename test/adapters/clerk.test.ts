// The Clerk adapter: the shared adapter contract against a Clerk-shaped object, then what is
// Clerk's own (field mapping, loading, the callback form of signOut, `everywhere`, URLs).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clerkClient } from '../../src/adapters/clerk.js';
import '../../src/define.js';
import type { AuthUserButton } from '../../src/index.js';
import { userButton } from '../harness/user-button.js';
import { describeContract } from './contract-runner.js';
import { fakeClerk, type FakeClerk } from './fake-clerk.js';

const signal = () => new AbortController().signal;

let clerk: FakeClerk;
describeContract(
  'clerk adapter',
  () => clerkClient(clerk),
  {
    multiSession: true,
    scopes: ['session', 'all', 'others', 'everywhere'],
    async signInSessions(count) {
      clerk = fakeClerk();
      clerk.load();
      clerk.signIn(count);
    },
    signInElsewhere: async () => clerk.signInElsewhere(clerk.session!.user.id),
    userSessions: async () => clerk.sessionsOf(clerk.session!.user.id),
    serverSessions: async () => clerk.signedIn.map(({ id }) => id),
    endElsewhere: async id => clerk.endQuietly(id),
    fault: async status => void (clerk.failing = status),
    hold() {
      let held!: () => void;
      let release!: () => void;
      const waiting = new Promise<void>(resolve => (held = resolve));
      clerk.holding = { held, released: new Promise<void>(resolve => (release = resolve)) };
      return {
        held: waiting,
        release: () => {
          clerk.holding = undefined;
          release();
        },
      };
    },
  },
  () => void expect(clerk.navigations, 'Clerk was never asked to navigate').to.deep.equal([]),
);

describe('clerk adapter: Clerk specifics', () => {
  it('stays loading until Clerk has loaded, then maps the user fields', async () => {
    const clerk = fakeClerk();
    clerk.signIn(2);
    const auth = clerkClient(clerk);
    auth.addListener(() => {});
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

  it('pending sessions (an unfinished session task) are not shown as signed in', async () => {
    const clerk = fakeClerk();
    clerk.signIn(2);
    clerk.load();
    const [ada, grace] = clerk.signedIn;
    const auth = clerkClient(clerk);
    auth.addListener(() => {});
    await auth.ready;
    clerk.setStatus(grace!.id, 'pending');
    await waitUntil(() => auth.sessions.length == 1, 'the pending other session is still listed');
    expect(auth.session?.id, 'the active current session').to.equal(ada!.id);
    const el = await fixture<AuthUserButton>(
      html`<auth-user-button .auth=${auth}><a slot="signed-out" href="#in">Sign in</a></auth-user-button>`,
    );
    const button = userButton(el);
    await button.open();
    expect(button.item('out'), 'the menu shows').to.exist;
    expect(button.otherAccounts(), 'no row for the pending session').to.deep.equal([]);
    expect(button.account(grace!.id), 'not even a hidden one').to.equal(null);
    clerk.setStatus(ada!.id, 'pending');
    await waitUntil(() => auth.session === null, 'a pending current session counts as signed out');
    await el.updateComplete;
    expect(
      el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=signed-out]')!.hidden,
      'the signed-out slot shows',
    ).to.equal(false);
    clerk.setStatus(ada!.id, 'active');
    await waitUntil(() => auth.session?.id == ada!.id, 'the session is signed in once its task is done');
  });

  it('made while Clerk loads: a signed-out visitor is signed out once Clerk is ready (a status event, no emit)', async () => {
    const clerk = fakeClerk();
    const auth = clerkClient(clerk);
    const heard = new Promise<void>(resolve => auth.addListener(resolve));
    await auth.ready;
    expect(auth.session, 'loading').to.equal(undefined);
    clerk.load();
    await heard;
    expect(auth.session, 'signed out, not loading').to.equal(null);
    expect(auth.sessions).to.deep.equal([]);
  });

  it("made while Clerk loads: a failed load (status 'error') signs out instead of loading for good", async () => {
    const clerk = fakeClerk();
    const auth = clerkClient(clerk);
    const heard = new Promise<void>(resolve => auth.addListener(resolve));
    await auth.ready;
    const warn = console.warn;
    console.warn = () => {};
    try {
      clerk.failLoad();
      await heard;
    } finally {
      console.warn = warn;
    }
    expect(auth.session).to.equal(null);
  });

  it("made while Clerk loads: sign-in, profile and after-sign-out URLs and Clerk's origins come once it has loaded", async () => {
    const clerk = fakeClerk();
    const auth = clerkClient(clerk);
    expect(auth.signInUrl, "Clerk builds '' while loading").to.equal(undefined);
    expect(auth.allowedRedirectOrigins).to.deep.equal([]);
    clerk.load();
    expect(auth.signInUrl).to.equal('https://accounts.example.com/sign-in');
    expect(auth.userProfileUrl).to.equal('https://accounts.example.com/user');
    expect(auth.afterSignOutUrl).to.equal('/');
    expect(auth.allowedRedirectOrigins).to.deep.equal(['https://accounts.example.com']);
  });

  it('a Clerk without on/off (an older clerk-js) is still followed through addListener', async () => {
    const clerk = fakeClerk();
    Object.assign(clerk, { on: undefined, off: undefined });
    clerk.load();
    clerk.signIn(1);
    const auth = clerkClient(clerk);
    const stop = auth.addListener(() => {});
    await waitUntil(() => auth.session, 'the session');
    stop();
  });

  it("takes sign-in, profile and after-sign-out URLs from Clerk and allows Clerk's origins", async () => {
    const loaded = () => {
      const clerk = fakeClerk();
      clerk.load();
      return clerk;
    };
    const auth = clerkClient(loaded());
    expect(auth.signInUrl).to.equal('https://accounts.example.com/sign-in');
    expect(auth.userProfileUrl).to.equal('https://accounts.example.com/user');
    expect(auth.afterSignOutUrl).to.equal('/');
    expect(auth.allowedRedirectOrigins).to.deep.equal(['https://accounts.example.com']);
    const own = clerkClient(loaded(), { signInUrl: '/login', allowedRedirectOrigins: ['https://id.example.org'] });
    expect(own.signInUrl, 'options win').to.equal('/login');
    expect(own.allowedRedirectOrigins).to.include('https://id.example.org');
  });

  it("signIn resolves Clerk's sign-in URL with the page to come back to, and never navigates", async () => {
    const clerk = fakeClerk();
    clerk.load();
    const auth = clerkClient(clerk);
    const back = `${location.origin}/welcome`;
    expect(await auth.signIn({ redirectUrl: back, signal: new AbortController().signal })).to.deep.equal({
      redirectTo: `https://accounts.example.com/sign-in?redirect_url=${encodeURIComponent(back)}`,
    });
    expect(await auth.signIn({ signal: new AbortController().signal })).to.deep.equal({
      redirectTo: 'https://accounts.example.com/sign-in',
    });
    const broken = fakeClerk();
    broken.buildSignInUrl = () => {
      throw new Error('not configured');
    };
    const failing = clerkClient(broken);
    const error = await failing.signIn({ signal: new AbortController().signal }).then(
      () => null,
      (reason: Error) => reason,
    );
    expect(error, 'a rejection with an Error').to.be.instanceOf(Error);
    expect(error!.message).to.equal('not configured');
  });

  it("signIn: the adapter's own signInUrl wins; Clerk's empty URL before it loads is an error", async () => {
    const back = `${location.origin}/welcome`;
    const own = clerkClient(fakeClerk(), { signInUrl: '/login?next={redirect}' });
    expect(await own.signIn({ redirectUrl: back, signal: new AbortController().signal })).to.deep.equal({
      redirectTo: `/login?next=${encodeURIComponent(back)}`,
    });
    const early = fakeClerk();
    early.buildSignInUrl = () => '';
    const error = await clerkClient(early)
      .signIn({ signal: new AbortController().signal })
      .then(
        () => null,
        (reason: Error) => reason,
      );
    expect(error, 'a rejection, not a silent success').to.be.instanceOf(Error);
    expect(error!.message).to.equal('Clerk has not loaded yet: no sign-in URL');
  });

  it('listDevices leaves out the sessions Clerk keeps in its list after they ended', async () => {
    const clerk = fakeClerk();
    clerk.load();
    clerk.signIn(1);
    const user = clerk.session!.user;
    const listed = user.getSessions.bind(user);
    const ended = (id: string, status: string) => ({
      id,
      status,
      lastActiveAt: new Date(),
      latestActivity: {},
      revoke: async () => {},
    });
    user.getSessions = async () => [
      ...(await listed()),
      ended('sess_revoked', 'revoked'),
      ended('sess_ended', 'ended'),
    ];
    const auth = clerkClient(clerk);
    await auth.ready;
    const ids = (await auth.listDevices({ signal: new AbortController().signal })).map(device => device.sessionId);
    expect(ids).to.have.length(2);
    expect(ids).not.to.include('sess_revoked');
    expect(ids).not.to.include('sess_ended');
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

  it("turns what Clerk throws into an Error with Clerk's words that keeps it as the cause", async () => {
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
    expect((error as Error).message).to.equal('clerk signOut: injected fault 422 (HTTP 422)');
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

  it("finding 4: 'everywhere' with one failing revoke still ends this browser's session and names the session with Clerk's words", async () => {
    const clerk = fakeClerk();
    clerk.load();
    clerk.signIn(1);
    const [locked] = clerk.elsewhere.get('user_ada')!;
    clerk.elsewhere.set('user_ada', [locked!, 'sess_other_device']);
    clerk.revokeFailing.add(locked!);
    const auth = clerkClient(clerk);
    await auth.ready;
    const error = await auth.signOut({ scope: 'everywhere', signal: signal() }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error).to.be.instanceOf(Error);
    expect(error!.message).to.include(locked!).and.to.include(`session ${locked} is locked`);
    expect(error!.message).not.to.include('sess_other_device');
    expect(clerk.elsewhere.get('user_ada'), 'the other revoke ran to its end').to.deep.equal([locked]);
    expect(clerk.signedIn, "this browser's session ended").to.deep.equal([]);
    expect(auth.session).to.equal(null);
    // A retry starts from a signed-out browser: nothing is left half-done here.
    expect(clerk.navigations).to.deep.equal([]);
  });

  it('finding 5: a sign-out whose follow-up setActive fails resolves, with one warning', async () => {
    const clerk = fakeClerk();
    clerk.load();
    clerk.signIn(2);
    const auth = clerkClient(clerk);
    await auth.ready;
    const ada = auth.session!.id;
    clerk.setActiveFailing = true;
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      await auth.signOut({ scope: 'session', sessionId: ada, signal: signal() });
    } finally {
      console.warn = warn;
    }
    expect(
      clerk.signedIn.map(({ id }) => id),
      'the sign-out happened',
    ).not.to.include(ada);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.include('could not make another session current');
    expect(String((warnings[0]![1] as Error).message)).to.include('setActive is unavailable');
  });

  it('others and everywhere revoke a device that signed in after Clerk cached the list of sessions', async () => {
    for (const scope of ['others', 'everywhere'] as const) {
      const clerk = fakeClerk();
      clerk.load();
      clerk.signIn(1);
      const auth = clerkClient(clerk);
      await auth.ready;
      // The device list (or the app) asked first: clerk-js keeps that list on the User.
      await auth.listDevices({ signal: signal() });
      const later = clerk.signInElsewhere('user_ada');
      await auth.signOut({ scope, signal: signal() });
      expect(clerk.elsewhere.get('user_ada'), `${scope}: ${later} revoked`).to.deep.equal([]);
      if (scope == 'others') expect((await auth.listDevices({ signal: signal() })).length, 'listed fresh').to.equal(1);
    }
  });

  it('a device that signs in while the others are revoked is named, not reported as signed out', async () => {
    const clerk = fakeClerk();
    clerk.load();
    clerk.signIn(1);
    const auth = clerkClient(clerk);
    await auth.ready;
    let late: string | undefined;
    clerk.afterRevoke = () => void (late ??= clerk.signInElsewhere('user_ada'));
    const error = await auth.signOut({ scope: 'others', signal: signal() }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error, 'a rejection').to.be.instanceOf(Error);
    expect(error!.message).to.include(late!);
    expect(auth.session?.user.name, 'this browser stays signed in').to.equal('Ada Lovelace');
  });

  it("scope 'others' revokes the other devices' sessions, all settled; this browser's sessions stay", async () => {
    const clerk = fakeClerk();
    clerk.load();
    clerk.signIn(2);
    const [locked] = clerk.elsewhere.get('user_ada')!;
    const other = clerk.signInElsewhere('user_ada');
    clerk.revokeFailing.add(locked!);
    const auth = clerkClient(clerk);
    await auth.ready;
    const here = clerk.signedIn.map(({ id }) => id);
    const error = await auth.signOut({ scope: 'others', signal: signal() }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error!.message).to.include(`session ${locked} is locked`).and.not.to.include(other);
    expect(clerk.elsewhere.get('user_ada'), 'the other revoke ran to its end').to.deep.equal([locked]);
    expect(
      clerk.signedIn.map(({ id }) => id),
      "this browser's sessions, Grace's too",
    ).to.deep.equal(here);
    expect(clerk.elsewhere.get('user_grace'), "Grace's other device is not Ada's").to.have.length(1);
    expect(auth.session?.id).to.equal(here[0]);
  });

  it('listDevices maps user.getSessions() and each latestActivity; a listed device ends by its revoke()', async () => {
    const clerk = fakeClerk();
    clerk.load();
    clerk.signIn(1);
    const [phone] = clerk.elsewhere.get('user_ada')!;
    const tablet = clerk.signInElsewhere('user_ada');
    clerk.activity.set(phone!, {
      browserName: 'Safari',
      deviceType: 'iPhone',
      isMobile: true,
      city: 'Paris',
      country: 'FR',
      ipAddress: '198.51.100.4',
    });
    clerk.activity.set(tablet, { browserName: 'Safari', deviceType: 'iPad', isMobile: true });
    const auth = clerkClient(clerk);
    await auth.ready;
    const devices = await auth.listDevices({ signal: signal() });
    const here = auth.session!.id;
    expect(devices).to.deep.equal([
      {
        sessionId: here,
        current: true,
        browser: 'Chrome',
        os: 'Macintosh',
        deviceType: 'desktop',
        lastActiveAt: '2026-01-02T00:00:00.000Z',
      },
      {
        sessionId: phone,
        current: false,
        browser: 'Safari',
        os: 'iPhone',
        deviceType: 'mobile',
        ipAddress: '198.51.100.4',
        location: 'Paris, FR',
        lastActiveAt: '2026-01-02T00:00:00.000Z',
      },
      {
        sessionId: tablet,
        current: false,
        browser: 'Safari',
        os: 'iPad',
        deviceType: 'tablet',
        lastActiveAt: '2026-01-02T00:00:00.000Z',
      },
    ]);
    await auth.signOut({ scope: 'session', sessionId: phone, signal: signal() });
    expect(clerk.elsewhere.get('user_ada')).to.deep.equal([tablet]);
    expect(auth.session?.id, 'this browser stays signed in').to.equal(here);
    expect(clerk.navigations).to.deep.equal([]);
  });
});
