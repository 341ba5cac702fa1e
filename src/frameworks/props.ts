// What the framework declarations (`auth-elements/jsx/react`, `/jsx/preact`, `/jsx/solid`,
// `/vue`) say about each element, derived from the element classes: the attributes with the
// types of the properties they set, the `auth` property, and the events with their exact types.
// Types only. The framework modules are `.d.ts` files next to this one, each augmenting its
// framework's module, so that nobody needs the types of a framework they do not use.
import type { AuthEventMap } from '../auth/events.js';
import type { AuthSignOutButton } from '../elements/sign-out-button.js';
import type { AuthUserButton } from '../elements/user-button.js';

/** Attribute name → the property it sets, as in the elements' `static properties`. */
interface SignOutButtonAttributeMap {
  scope: 'scope';
  'session-id': 'sessionId';
  'redirect-url': 'redirectUrl';
  timeout: 'timeout';
  disabled: 'disabled';
}

interface UserButtonAttributeMap {
  'show-name': 'showName';
  'show-email': 'showEmail';
  open: 'open';
  items: 'items';
  placement: 'placement';
  'manage-account': 'manageAccount';
  'user-profile-url': 'userProfileUrl';
  'sign-in-url': 'signInUrl';
  'redirect-url': 'redirectUrl';
  'after-switch-session-url': 'afterSwitchSessionUrl';
  timeout: 'timeout';
}

/** Attributes by name, each typed as the property of `E` it sets. */
type Attributes<E, M extends Record<keyof M, keyof E>> = { [A in keyof M]?: E[M[A]] };

/** The properties behind the attributes, by property name, and `auth` (a property only). */
type Properties<E, M extends Record<keyof M, keyof E>> = Partial<Pick<E, M[keyof M] | ('auth' & keyof E)>>;

/** Events by name, as a listener on element `E` receives them. */
type Events<E, K extends keyof AuthEventMap> = { [N in K]: AuthEventMap[N] & { readonly currentTarget: E } };

type SignOutEvents = 'auth-sign-out' | 'auth-signed-out' | 'auth-sign-out-error';

export type AuthSignOutButtonAttributes = Attributes<AuthSignOutButton, SignOutButtonAttributeMap>;
export type AuthSignOutButtonProperties = Properties<AuthSignOutButton, SignOutButtonAttributeMap>;
export type AuthSignOutButtonEvents = Events<AuthSignOutButton, SignOutEvents>;

export type AuthUserButtonAttributes = Attributes<AuthUserButton, UserButtonAttributeMap>;
export type AuthUserButtonProperties = Properties<AuthUserButton, UserButtonAttributeMap>;
export type AuthUserButtonEvents = Events<
  AuthUserButton,
  | SignOutEvents
  | 'auth-session-switch'
  | 'auth-session-switched'
  | 'auth-session-switch-error'
  | 'auth-manage-account'
  | 'auth-add-account'
  | 'auth-menu-opened'
  | 'auth-menu-closed'
>;

/** `auth`, the one property without an attribute: JSX frameworks set it as a property. */
export type AuthProperty<E extends AuthSignOutButton | AuthUserButton> = Partial<Pick<E, 'auth'>>;
