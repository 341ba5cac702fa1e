// A `window.Clerk`-shaped object for the Clerk adapter's tests, typed by Clerk's published types
// and following Clerk's documented semantics:
// - `loaded` is false and `session` undefined until `load()`, which does what clerk-js's does: it
//   emits to the `addListener` listeners once the client is fetched, while `status` is still
//   'loading' (`loaded` false), then turns `status` to 'ready' with only an `on('status')` event;
//   `failLoad()` turns it to 'error' the same way. Its `build…Url()` give '' until then;
// - `addListener(cb)` calls `cb` at once when the client is there, then after every change;
// - `signOut(cb, { sessionId })` ends that session (the current one leaves `session` null) and
//   `signOut(cb)` ends every session of this client; the callback runs instead of a redirect;
// - `setActive({ session })` makes a signed-in session current;
// - `user.getSessions()` lists the user's sessions on every device, each with `revoke()`; as
//   clerk-js's User does, it keeps the first list (`cachedSessionsWithActivities`) and answers it
//   again, a revoked session marked in place (`status: 'revoked'`), until the property is cleared.
import type { Clerk, SessionResource, UserResource } from '@clerk/types';

type Listener = Parameters<Clerk['addListener']>[0];
type StatusHandler = (status: Clerk['status']) => void;
type Emission = Parameters<Listener>[0];

interface FakeUser {
  id: string;
  fullName: string | null;
  firstName: string | null;
  lastName: string | null;
  username: string | null;
  imageUrl: string;
  primaryEmailAddress: { emailAddress: string } | null;
  getSessions(): Promise<FakeDeviceSession[]>;
  cachedSessionsWithActivities: FakeDeviceSession[] | null;
}

/** A session of `user.getSessions()`, with Clerk's activity fields. */
interface FakeDeviceSession {
  id: string;
  status: string;
  lastActiveAt: Date;
  latestActivity: {
    browserName?: string;
    deviceType?: string;
    isMobile?: boolean;
    city?: string;
    country?: string;
    ipAddress?: string;
  };
  revoke(): Promise<unknown>;
}

interface FakeSession {
  id: string;
  user: FakeUser;
  /** Clerk's session status: `pending` while a session task is unfinished. */
  status?: 'active' | 'pending';
}

const people = [
  ['Ada', 'Lovelace'],
  ['Grace', 'Hopper'],
  ['Alan', 'Turing'],
  ['Katherine', 'Johnson'],
];

export class FakeClerk {
  status: 'loading' | 'ready' | 'error' = 'loading';
  #fetched = false;
  #statusHandlers = new Set<StatusHandler>();
  /** Sessions of this browser (Clerk's `client.signedInSessions`). */
  signedIn: FakeSession[] = [];
  /** Sessions on other devices, by user id. */
  elsewhere = new Map<string, string[]>();
  /** The activity `user.getSessions()` reports per session id (default: Chrome on a Macintosh). */
  activity = new Map<string, FakeDeviceSession['latestActivity']>();
  currentId: string | null = null;
  /** When set, the next calls reject with a Clerk API error of this status. */
  failing: number | null = null;
  navigations: string[] = [];
  /** Sessions whose `revoke()` fails with a Clerk API error. */
  revokeFailing = new Set<string>();
  /** When set, `setActive` fails with a Clerk API error. */
  setActiveFailing = false;
  /** Runs after each successful `revoke()` (a device that signs in meanwhile, say). */
  afterRevoke?: () => void;
  /** When set, calls wait for it (a slow network); `held` resolves when one does. */
  holding?: { held: () => void; released: Promise<void> };
  #listeners = new Set<Listener>();
  #ids = 0;

  get loaded(): boolean {
    return this.status == 'ready';
  }

  get session(): FakeSession | null | undefined {
    if (!this.#fetched) return undefined;
    return this.signedIn.find(({ id }) => id == this.currentId) ?? null;
  }

  get client(): { signedInSessions: FakeSession[] } | undefined {
    return this.#fetched ? { signedInSessions: [...this.signedIn] } : undefined;
  }

  get user(): FakeUser | null | undefined {
    return this.session === undefined ? undefined : (this.session?.user ?? null);
  }

  /** Signs `count` people in on this browser (the first is current) and one more device each. */
  signIn(count: number): void {
    for (const [first, last] of people.slice(0, count)) {
      const userId = `user_${first!.toLowerCase()}`;
      const session: FakeSession = { id: `sess_${++this.#ids}`, user: this.#user(userId, first!, last!) };
      this.signedIn.push(session);
      this.elsewhere.set(userId, [`sess_${++this.#ids}`]);
    }
    this.currentId = this.signedIn[0]?.id ?? null;
    this.#emit();
  }

  /** The ids of the user's signed-in sessions on every device, as Clerk's server knows them (no cache). */
  sessionsOf(userId: string): string[] {
    const here = this.signedIn.filter(({ user }) => user.id == userId).map(({ id }) => id);
    return [...here, ...(this.elsewhere.get(userId) ?? [])];
  }

  /** Signs the user in on one more device; returns the new session's id. */
  signInElsewhere(userId: string): string {
    const id = `sess_${++this.#ids}`;
    this.elsewhere.set(userId, [...(this.elsewhere.get(userId) ?? []), id]);
    return id;
  }

  load(): void {
    this.#fetched = true;
    this.#emit();
    this.#setStatus('ready');
  }

  /** clerk-js's load() failing (status 'error'), before it fetched a client. */
  failLoad(): void {
    this.#setStatus('error');
  }

  #setStatus(status: 'ready' | 'error'): void {
    this.status = status;
    for (const handler of [...this.#statusHandlers]) handler(status);
  }

  on(event: 'status', handler: StatusHandler): void {
    if (event == 'status') this.#statusHandlers.add(handler);
  }

  off(event: 'status', handler: StatusHandler): void {
    if (event == 'status') this.#statusHandlers.delete(handler);
  }

  /** Sets a session's status, as Clerk does when a session task starts or is finished. */
  setStatus(sessionId: string, status: 'active' | 'pending'): void {
    const session = this.signedIn.find(({ id }) => id == sessionId);
    if (session) session.status = status;
    this.#emit();
  }

  #user(id: string, firstName: string, lastName: string): FakeUser {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the user's methods act on this fake
    const clerk = this;
    return {
      id,
      fullName: `${firstName} ${lastName}`,
      firstName,
      lastName,
      username: firstName.toLowerCase(),
      imageUrl: '',
      primaryEmailAddress: { emailAddress: `${firstName.toLowerCase()}@example.com` },
      cachedSessionsWithActivities: null,
      async getSessions() {
        if (this.cachedSessionsWithActivities) return this.cachedSessionsWithActivities;
        await clerk.#call();
        return (this.cachedSessionsWithActivities = clerk.sessionsOf(id).map(sessionId => ({
          id: sessionId,
          status: 'active',
          lastActiveAt: new Date(Date.UTC(2026, 0, 2)),
          latestActivity: clerk.activity.get(sessionId) ?? { browserName: 'Chrome', deviceType: 'Macintosh' },
          async revoke() {
            await clerk.#call();
            if (clerk.revokeFailing.has(sessionId)) throw clerkApiError(`session ${sessionId} is locked`);
            clerk.elsewhere.set(
              id,
              (clerk.elsewhere.get(id) ?? []).filter(other => other != sessionId),
            );
            clerk.#end(sessionId);
            this.status = 'revoked';
            clerk.afterRevoke?.();
            return this;
          },
        })));
      },
    };
  }

  async #call(): Promise<void> {
    await Promise.resolve();
    if (this.holding) {
      this.holding.held();
      await this.holding.released;
    }
    if (this.failing) {
      // Clerk's API errors carry `errors` and `status`; thrown as a plain object here to check the conversion.
      throw { status: this.failing, errors: [{ code: 'injected', message: `injected fault ${this.failing}` }] };
    }
  }

  /** Ends a session without a listener call (another tab or device did it). */
  endQuietly(sessionId: string): void {
    this.signedIn = this.signedIn.filter(({ id }) => id != sessionId);
    if (this.currentId == sessionId) this.currentId = null;
  }

  #end(sessionId: string): void {
    this.endQuietly(sessionId);
    this.#emit();
  }

  async signOut(callback?: (() => void) | { redirectUrl?: string }, options?: { sessionId?: string }): Promise<void> {
    await this.#call();
    if (typeof callback != 'function') this.navigations.push(callback?.redirectUrl ?? '/');
    const only = options?.sessionId;
    if (only && this.signedIn.length > 1) {
      this.#end(only);
    } else {
      this.signedIn = [];
      this.currentId = null;
      this.#emit();
    }
    if (typeof callback == 'function') await callback();
  }

  async setActive({ session, redirectUrl }: { session?: string | { id: string } | null; redirectUrl?: string }) {
    await this.#call();
    if (this.setActiveFailing) throw clerkApiError('setActive is unavailable');
    if (redirectUrl) this.navigations.push(redirectUrl);
    const id = typeof session == 'string' ? session : (session?.id ?? null);
    if (id && !this.signedIn.some(s => s.id == id)) throw new Error(`Clerk: session ${id} not found`);
    this.currentId = id;
    this.#emit();
  }

  addListener(listener: Listener): () => void {
    this.#listeners.add(listener);
    if (this.#fetched) listener(this.#resources());
    return () => void this.#listeners.delete(listener);
  }

  /** As Clerk's: the redirect after signing in goes into `redirect_url`. */
  buildSignInUrl(options?: { signInFallbackRedirectUrl?: string }): string {
    if (!this.loaded) return '';
    const url = new URL('https://accounts.example.com/sign-in');
    if (options?.signInFallbackRedirectUrl) url.searchParams.set('redirect_url', options.signInFallbackRedirectUrl);
    return url.href;
  }

  buildUserProfileUrl(): string {
    if (!this.loaded) return '';
    return 'https://accounts.example.com/user';
  }

  buildAfterSignOutUrl(): string {
    if (!this.loaded) return '';
    return '/';
  }

  #resources(): Emission {
    // The fields a listener reads; Clerk's full resources carry many more.
    return { client: this.client, session: this.session, user: this.user } as unknown as Emission;
  }

  #emit(): void {
    if (!this.#fetched) return;
    for (const listener of [...this.#listeners]) listener(this.#resources());
  }
}

/** An error shaped like Clerk's API errors (`ClerkAPIResponseError`): `errors[]` with `longMessage`. */
function clerkApiError(longMessage: string): Error & { errors: unknown[] } {
  return Object.assign(new Error('Clerk: request failed'), {
    errors: [{ code: 'injected', message: 'Request failed', longMessage }],
  });
}

type Used =
  | 'signOut'
  | 'setActive'
  | 'addListener'
  | 'buildSignInUrl'
  | 'buildUserProfileUrl'
  | 'buildAfterSignOutUrl'
  | 'on'
  | 'off'
  | 'status'
  | 'loaded';
type UserFields = 'id' | 'fullName' | 'firstName' | 'lastName' | 'username' | 'imageUrl';

/** A signed-out, not yet loaded fake; compile-time checks hold its members to Clerk's own declarations. */
export function fakeClerk(): FakeClerk {
  const fake = new FakeClerk();
  const asClerk: Pick<Clerk, Used> = fake;
  const asUser = (user: FakeUser): Pick<UserResource, UserFields> => user;
  const asSession = (session: FakeSession): Pick<SessionResource, 'id'> => session;
  void asClerk;
  void asUser;
  void asSession;
  return fake;
}
