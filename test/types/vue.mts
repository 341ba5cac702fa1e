// Vue without Volar: the `GlobalComponents` entries of `auth-elements/vue`, through the props
// and emits Vue's own types read from them, and render functions (`h`). App.vue checks the same
// in a template with vue-tsc.
import { h, type GlobalComponents } from 'vue';
import type { AuthClient, AuthSignOutButton, AuthSignOutErrorCode, AuthUserButton, SignOutScope } from 'auth-elements';
import type {} from 'auth-elements/vue';

declare const client: AuthClient;

type Instance<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>;
type Props<T extends keyof GlobalComponents> = Instance<T>['$props'];

// A template ref is the element itself.
export const signOutRef: AuthSignOutButton = {} as Instance<'auth-sign-out-button'>;
export const userRef: AuthUserButton = {} as Instance<'auth-user-button'>;

export const signOutProps: Props<'auth-sign-out-button'> = {
  auth: client,
  scope: 'session',
  sessionId: 'sess_1',
  redirectUrl: '',
  timeout: 5000,
  disabled: false,
  class: 'sign-out',
  key: 'sign-out',
  onClick: event => void event.clientX,
  onAuthSignOut: event => {
    event.preventDefault();
    const scope: SignOutScope = event.detail.scope;
    void event.currentTarget.signOut({ scope });
    // @ts-expect-error -- only auth-signed-out says where it came from
    void event.detail.source;
  },
  onAuthSignedOut: event => void event.detail.source,
  onAuthSignOutError: event => {
    const code: AuthSignOutErrorCode = event.detail.code;
    void code;
  },
};

export const userProps: Props<'auth-user-button'> = {
  auth: null,
  showName: true,
  open: false,
  manageAccount: true,
  userProfileUrl: '/account',
  signInUrl: '/sign-in',
  redirectUrl: '/',
  afterSwitchSessionUrl: '/home',
  timeout: 0,
  onAuthMenuOpened: event => void event.detail,
  onAuthMenuClosed: event => void event.currentTarget.open,
  onAuthManageAccount: event => void event.detail.url?.length,
  onAuthAddAccount: event => event.preventDefault(),
  onAuthSessionSwitch: event => void event.detail.sessionId.length,
  onAuthSessionSwitched: event => void event.detail.sessionId,
  onAuthSessionSwitchError: event => void event.detail.error.message,
  onAuthSignOut: event => void event.detail.scope,
  onAuthSignedOut: event => void event.detail.redirectUrl,
  onAuthSignOutError: event => void event.detail.code,
};

// `$emit` as Vue reads it for `@auth-sign-out`: the event name and the exact event.
declare const emit: Instance<'auth-user-button'>['$emit'];
declare const signedOut: Parameters<NonNullable<Props<'auth-user-button'>['onAuthSignedOut']>>[0];
declare const menuOpened: Parameters<NonNullable<Props<'auth-user-button'>['onAuthMenuOpened']>>[0];
emit('auth-signed-out', signedOut);
emit('auth-menu-opened', menuOpened);
// @ts-expect-error -- not an event of the element
emit('auth-signed-in', signedOut);
// @ts-expect-error -- auth-signed-out carries a sign-out detail
emit('auth-signed-out', menuOpened);

export const rejected: Props<'auth-sign-out-button'>[] = [
  // @ts-expect-error -- "bogus" is not a SignOutScope
  { scope: 'bogus' },
  // @ts-expect-error -- a session id is a string
  { sessionId: 42 },
  // @ts-expect-error -- timeout is a number
  { timeout: '5000' },
  // @ts-expect-error -- a client needs signOut()
  { auth: { session: null } },
  // @ts-expect-error -- the sign-out button has no open state
  { open: true },
  // @ts-expect-error -- auth-signed-out carries a sign-out detail, not a URL
  { onAuthSignedOut: (event: CustomEvent<{ url: string }>) => void event.detail.url },
  {
    onAuthSignOutError: event => {
      // @ts-expect-error -- codes are a closed set
      if (event.detail.code === 'network') return;
    },
  },
];

declare const SignOutButton: GlobalComponents['auth-sign-out-button'];
export const vnodes = [
  h(SignOutButton, { scope: 'all', onAuthSignOut: event => void event.detail.redirectUrl }),
  // @ts-expect-error -- "bogus" is not a SignOutScope
  h(SignOutButton, { scope: 'bogus' }),
];
