// The types of `createMemoryClient()` (memory-client.ts): its options and what a test sees of it.
import type {
  AuthClient,
  AuthDevice,
  AuthSession,
  ListDevicesOptions,
  SetActiveOptions,
  SignInOptions,
  SignOutOptions,
  SignOutScope,
} from '../auth/types.js';

/** How a memory client answers a sign-out or switch: by default it applies it and resolves. */
export type MemoryAnswer<O> = (options: O, client: MemoryClient) => Promise<void | { redirectTo?: string }>;

export interface MemoryClientOptions {
  /** The accounts signed in on "this browser". Default: Ada Lovelace and Grace Hopper. */
  sessions?: AuthSession[];
  /** The current session's id; `null` = signed out. Default: the first session. */
  current?: string | null;
  /** Start still loading (`session` undefined) until `load()` is called. */
  loading?: boolean;
  /**
   * Milliseconds each `signOut` and `setActive` takes (default 0); the call's signal cuts it short.
   * With no delay an answer runs within the call, so what it does (even throwing) the client does.
   */
  delay?: number;
  /** Replaces the default `signOut` (which applies the sign-out); it is still recorded in `calls`. */
  signOut?: MemoryAnswer<SignOutOptions>;
  /**
   * Replaces the default `setActive`; it is still recorded in `switches`. `false`: the client has
   * no `setActive`, as a provider without account switching.
   */
  setActive?: MemoryAnswer<SetActiveOptions> | false;
  /**
   * Runs on `refresh()` (after a message from another tab) instead of the default, which re-reads
   * `persist.storage` and notifies the listeners; a hook notifies them itself if it wants to.
   */
  refresh?: (client: MemoryClient) => void | Promise<void>;
  /**
   * Receives every navigation the elements make (after vetting). Default: recorded in
   * `navigations` and not followed. `false`: the client has no `navigate`, so the elements use
   * `location.assign`.
   */
  navigate?: ((url: string) => void) | false;
  /** Keeps the state in this storage (e.g. `sessionStorage`) under `key`: a reload keeps it. */
  persist?: { storage: Storage; key: string };
  supportsScope?: SignOutScope[];
  signInUrl?: string;
  userProfileUrl?: string;
  afterSignOutUrl?: string;
  allowedRedirectOrigins?: string[];
  /**
   * Gives the client the contract's `signIn`, answered by this function (recorded in `signIns`;
   * `delay` and `failNext` apply). Without it the client has no `signIn`, and the sign-in button
   * follows the sign-in URL.
   */
  signIn?: MemoryAnswer<SignInOptions>;
  /**
   * The current user's sessions on every device: the client gets `listDevices` (without this
   * option it has none). A device whose `sessionId` is the current session's is the current one.
   * `failNext` and `delay` apply to `listDevices` too.
   */
  devices?: AuthDevice[];
}

/** An {@link AuthClient} held in memory, for tests, demos and prototypes, with what a test needs to see. */
export interface MemoryClient extends AuthClient {
  session: AuthSession | null | undefined;
  sessions: AuthSession[];
  supportsScope?: SignOutScope[];
  signInUrl?: string;
  userProfileUrl?: string;
  afterSignOutUrl?: string;
  allowedRedirectOrigins?: string[];
  delay: number;
  addListener(listener: () => void): () => void;
  refresh(): Promise<void>;
  /** Every `signOut` call's options, in order. */
  readonly calls: SignOutOptions[];
  /** Every `setActive` call's options, in order. */
  readonly switches: SetActiveOptions[];
  /** Every URL given to `navigate`, in order. */
  readonly navigations: string[];
  /** Listeners subscribed right now. */
  readonly listenerCount: number;
  /** How many times `refresh()` was called. */
  refreshCount: number;
  /**
   * Makes the next `signOut`, `setActive` or `signIn` reject with this error (a string becomes an `Error`);
   * `null` cancels a failure not yet used.
   */
  failNext(error?: Error | string | null): void;
  /** Ends loading: the current session becomes known. */
  load(): void;
  /** Signs an account in on "this browser" and makes it current. */
  addSession(session: AuthSession): void;
  /** Every `signIn` call's options, in order (see the `signIn` option). */
  readonly signIns: SignInOptions[];
  /** Removes the sessions a sign-out with `options` ends, makes a remaining one current, notifies. */
  apply(options: Pick<SignOutOptions, 'scope' | 'sessionId'>): void;
  /** Calls every listener, as a provider does after a change. */
  emitChange(): void;
  /** The devices `listDevices` reports (see the `devices` option); a sign-out removes the ended ones. */
  devices: AuthDevice[];
  /** Every `listDevices` call's options, in order. */
  readonly listings: ListDevicesOptions[];
  listDevices?(options: ListDevicesOptions): Promise<AuthDevice[]>;
}
