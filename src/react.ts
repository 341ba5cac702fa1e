// `auth-elements/react`: React components for both elements, made with `@lit/react`, for React
// versions that set every prop of a custom element as an attribute (React 18 and older). React 19
// handles custom elements itself: use the tags there (see the README).
import { createComponent, type EventName } from '@lit/react';
import React from 'react';
import type {
  AuthAddAccountEvent,
  AuthManageAccountEvent,
  AuthMenuClosedEvent,
  AuthMenuOpenedEvent,
  AuthSessionSwitchedEvent,
  AuthSessionSwitchErrorEvent,
  AuthSessionSwitchEvent,
  AuthSignedOutEvent,
  AuthSignOutErrorEvent,
  AuthSignOutEvent,
} from './auth/events.js';
import { defineElements } from './elements/define-elements.js';
import { AuthSignOutButton } from './elements/sign-out-button.js';
import { AuthUserButton } from './elements/user-button.js';

const signOutEvents = {
  onAuthSignOut: 'auth-sign-out' as EventName<AuthSignOutEvent>,
  onAuthSignedOut: 'auth-signed-out' as EventName<AuthSignedOutEvent>,
  onAuthSignOutError: 'auth-sign-out-error' as EventName<AuthSignOutErrorEvent>,
};

const userEvents = {
  ...signOutEvents,
  onAuthMenuOpened: 'auth-menu-opened' as EventName<AuthMenuOpenedEvent>,
  onAuthMenuClosed: 'auth-menu-closed' as EventName<AuthMenuClosedEvent>,
  onAuthManageAccount: 'auth-manage-account' as EventName<AuthManageAccountEvent>,
  onAuthAddAccount: 'auth-add-account' as EventName<AuthAddAccountEvent>,
  onAuthSessionSwitch: 'auth-session-switch' as EventName<AuthSessionSwitchEvent>,
  onAuthSessionSwitched: 'auth-session-switched' as EventName<AuthSessionSwitchedEvent>,
  onAuthSessionSwitchError: 'auth-session-switch-error' as EventName<AuthSessionSwitchErrorEvent>,
};

/** `{ onAuthSignOut?: (event: AuthSignOutEvent) => void, … }` for an events table. */
type Listeners<E> = { [K in keyof E]?: E[K] extends EventName<infer T> ? (event: T) => void : never };

/** The element's properties, the HTML attributes React knows, the event props and a ref. */
type Props<I extends HTMLElement, K extends keyof I, E> = Partial<Pick<I, K>> &
  Listeners<E> &
  Omit<React.HTMLAttributes<I>, K | keyof E> &
  React.RefAttributes<I>;

/** Props of {@link SignOutButton}. */
export type SignOutButtonReactProps = Props<
  AuthSignOutButton,
  'auth' | 'scope' | 'sessionId' | 'redirectUrl' | 'timeout' | 'disabled',
  typeof signOutEvents
>;

/** Props of {@link UserButton}. */
export type UserButtonReactProps = Props<
  AuthUserButton,
  | 'auth'
  | 'showName'
  | 'showEmail'
  | 'open'
  | 'items'
  | 'placement'
  | 'manageAccount'
  | 'userProfileUrl'
  | 'signInUrl'
  | 'redirectUrl'
  | 'afterSwitchSessionUrl'
  | 'timeout',
  typeof userEvents
>;

let ready = false;

/**
 * Defines both tags, once, when a component first renders (importing this module defines
 * nothing). `@lit/react` tells properties from attributes by the element class's prototype,
 * whose accessors exist once the class is finalized: reading `observedAttributes` does that
 * even when another copy of the package holds the tags.
 */
function ensureDefined(): void {
  if (ready) return;
  ready = true;
  defineElements();
  void AuthSignOutButton.observedAttributes;
  void AuthUserButton.observedAttributes;
}

/** A component that defines the tags, then renders `inner` with the same props and ref. */
function definingTags<P>(inner: React.ComponentType<P>, displayName: string): React.ForwardRefExoticComponent<P> {
  const outer = React.forwardRef<unknown, object>((props, ref) => {
    ensureDefined();
    return React.createElement(inner as React.ElementType, { ...props, ref });
  });
  outer.displayName = displayName;
  return outer as React.ForwardRefExoticComponent<P>;
}

/**
 * `<auth-sign-out-button>` as a React component: element properties (`auth`, `scope`,
 * `sessionId`, `redirectUrl`, `timeout`, `disabled`) are set as properties, so `auth={client}`
 * passes the object, and `onAuthSignOut`, `onAuthSignedOut`, `onAuthSignOutError` listen to the
 * element's events. Children replace the label (or are the control).
 *
 * The first render of either component defines both tags (as `auth-elements/define` does);
 * importing `auth-elements/react` has no side effects, like the rest of the package.
 *
 * @example
 * <SignOutButton auth={client} redirectUrl="/" onAuthSignedOut={e => console.log(e.detail.scope)} />
 */
export const SignOutButton = definingTags(
  createComponent({
    react: React,
    tagName: 'auth-sign-out-button',
    elementClass: AuthSignOutButton,
    events: signOutEvents,
    displayName: 'AuthSignOutButton',
  }) as React.ComponentType<SignOutButtonReactProps>,
  'SignOutButton',
);

/**
 * `<auth-user-button>` as a React component: element properties (`auth`, `showName`, `open`,
 * `manageAccount`, `userProfileUrl`, `signInUrl`, `redirectUrl`, `afterSwitchSessionUrl`,
 * `timeout`) are set as properties, and `onAuthSignOut`, `onAuthSignedOut`,
 * `onAuthSignOutError`, `onAuthMenuOpened`, `onAuthMenuClosed`, `onAuthManageAccount`,
 * `onAuthAddAccount`, `onAuthSessionSwitch`, `onAuthSessionSwitched` and
 * `onAuthSessionSwitchError` listen to its events. Children are light DOM: give them
 * `slot="menu-item"` or `slot="signed-out"`.
 *
 * The first render of either component defines both tags (see {@link SignOutButton}).
 */
export const UserButton = definingTags(
  createComponent({
    react: React,
    tagName: 'auth-user-button',
    elementClass: AuthUserButton,
    events: userEvents,
    displayName: 'AuthUserButton',
  }) as React.ComponentType<UserButtonReactProps>,
  'UserButton',
);
