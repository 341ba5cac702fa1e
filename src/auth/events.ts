import type { SignOutScope } from './types.js';

export interface AuthSignOutDetail {
  /** The target for scope `session`, else `null`. */
  readonly sessionId: string | null;
  readonly scope: SignOutScope;
  /** The vetted absolute redirect target, or `null` (none, or rejected). */
  readonly redirectUrl: string | null;
}

export interface AuthSignedOutDetail extends AuthSignOutDetail {
  /** `other-tab` when another page of this origin signed out (dispatched on `window`). */
  readonly source: 'this-tab' | 'other-tab';
}

export type AuthSignOutErrorCode = 'failed' | 'timeout' | 'unsupported' | 'unknown-session' | 'no-auth-client';

export interface AuthSignOutErrorDetail {
  readonly error: Error;
  readonly code: AuthSignOutErrorCode;
  readonly sessionId: string | null;
  readonly scope: SignOutScope;
}

export interface AuthSessionSwitchDetail {
  readonly sessionId: string;
}

export type AuthSessionSwitchErrorCode = 'failed' | 'timeout' | 'unsupported';

export interface AuthSessionSwitchErrorDetail {
  readonly error: Error;
  readonly code: AuthSessionSwitchErrorCode;
  readonly sessionId: string;
}

export interface AuthNavigateDetail {
  readonly url: string | null;
}

export interface AuthSignInDetail {
  /** The vetted URL the element will follow itself, or `null` (the client's `signIn` decides, or none is known). */
  readonly url: string | null;
}

/**
 * `failed`/`timeout`: the client's `signIn`; `unsafe-url`: the URL to follow was refused;
 * `unsupported`: no `signIn` and no sign-in URL; `no-auth-client`: neither a client nor a URL.
 */
export type AuthSignInErrorCode = 'failed' | 'timeout' | 'unsafe-url' | 'unsupported' | 'no-auth-client';

export interface AuthSignInErrorDetail {
  readonly error: Error;
  readonly code: AuthSignInErrorCode;
}

export interface AuthDeviceListErrorDetail {
  readonly error: Error;
  /** `timeout`: no answer within the element's `timeout`. */
  readonly code: 'failed' | 'timeout';
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the events carry `{}` by contract
export type AuthEmptyDetail = {};

export type AuthSignOutEvent = CustomEvent<AuthSignOutDetail>;
export type AuthSignedOutEvent = CustomEvent<AuthSignedOutDetail>;
export type AuthSignOutErrorEvent = CustomEvent<AuthSignOutErrorDetail>;
export type AuthSessionSwitchEvent = CustomEvent<AuthSessionSwitchDetail>;
export type AuthSessionSwitchedEvent = CustomEvent<AuthSessionSwitchDetail>;
export type AuthSessionSwitchErrorEvent = CustomEvent<AuthSessionSwitchErrorDetail>;
export type AuthManageAccountEvent = CustomEvent<AuthNavigateDetail>;
export type AuthAddAccountEvent = CustomEvent<AuthNavigateDetail>;
export type AuthMenuOpenedEvent = CustomEvent<AuthEmptyDetail>;
export type AuthMenuClosedEvent = CustomEvent<AuthEmptyDetail>;
export type AuthClientChangeEvent = CustomEvent<AuthEmptyDetail>;
export type AuthSignInEvent = CustomEvent<AuthSignInDetail>;
export type AuthSignInErrorEvent = CustomEvent<AuthSignInErrorDetail>;
export type AuthDeviceListErrorEvent = CustomEvent<AuthDeviceListErrorDetail>;

/** Every event the package dispatches, by name. */
export interface AuthEventMap {
  'auth-sign-out': AuthSignOutEvent;
  'auth-signed-out': AuthSignedOutEvent;
  'auth-sign-out-error': AuthSignOutErrorEvent;
  'auth-session-switch': AuthSessionSwitchEvent;
  'auth-session-switched': AuthSessionSwitchedEvent;
  'auth-session-switch-error': AuthSessionSwitchErrorEvent;
  'auth-manage-account': AuthManageAccountEvent;
  'auth-add-account': AuthAddAccountEvent;
  'auth-menu-opened': AuthMenuOpenedEvent;
  'auth-menu-closed': AuthMenuClosedEvent;
  'auth-client-change': AuthClientChangeEvent;
  'auth-sign-in': AuthSignInEvent;
  'auth-sign-in-error': AuthSignInErrorEvent;
  'auth-device-list-error': AuthDeviceListErrorEvent;
}

type DetailOf<K extends keyof AuthEventMap> = AuthEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches a bubbling, composed event with a frozen detail on `target`. Returns false when a
 * listener canceled it.
 */
export function emit<K extends keyof AuthEventMap>(
  target: EventTarget,
  name: K,
  detail: DetailOf<K>,
  cancelable = false,
): boolean {
  return target.dispatchEvent(authEvent(name, detail, cancelable));
}

/** The event {@link emit} dispatches, for a caller that dispatches it itself. */
export const authEvent = <K extends keyof AuthEventMap>(name: K, detail: DetailOf<K>, cancelable = false): Event =>
  new CustomEvent(name, { detail: Object.freeze(detail), bubbles: true, composed: true, cancelable });

declare global {
  // Typed for element and window listeners alike.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends AuthEventMap {}
}
