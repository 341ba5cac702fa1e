// Generated from custom-elements.json by scripts/surface.mjs: do not edit; run `npm run generate`.
//
// Each element's public surface, as custom-elements.json describes it: what users set and hear.
import type { AuthAvatar } from '../elements/avatar.js';
import type { AuthDeviceList } from '../elements/device-list.js';
import type { AuthShow } from '../elements/show.js';
import type { AuthSignInButton } from '../elements/sign-in-button.js';
import type { AuthSignOutButton } from '../elements/sign-out-button.js';
import type { AuthUserButton } from '../elements/user-button.js';

/** Every element class by tag. */
export interface AuthElements {
  'auth-avatar': AuthAvatar;
  'auth-device-list': AuthDeviceList;
  'auth-show': AuthShow;
  'auth-sign-in-button': AuthSignInButton;
  'auth-sign-out-button': AuthSignOutButton;
  'auth-user-button': AuthUserButton;
}

/** Each element's attributes: attribute name → the property it sets. */
export interface AuthElementAttributes {
  'auth-avatar': {
    'session-id': 'sessionId';
    label: 'label';
    timeout: 'timeout';
  };
  'auth-device-list': {
    'redirect-url': 'redirectUrl';
    timeout: 'timeout';
  };
  'auth-show': {
    when: 'when';
    'session-id': 'sessionId';
    timeout: 'timeout';
  };
  'auth-sign-in-button': {
    'sign-in-url': 'signInUrl';
    'redirect-url': 'redirectUrl';
    disabled: 'disabled';
    timeout: 'timeout';
  };
  'auth-sign-out-button': {
    scope: 'scope';
    'session-id': 'sessionId';
    'redirect-url': 'redirectUrl';
    disabled: 'disabled';
    timeout: 'timeout';
  };
  'auth-user-button': {
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
  };
}

/** The properties users set on each element: public, writable instance fields (attributes' included). */
export const properties = {
  'auth-avatar': ['sessionId', 'label', 'auth', 'timeout'],
  'auth-device-list': ['redirectUrl', 'auth', 'timeout'],
  'auth-show': ['when', 'sessionId', 'auth', 'timeout'],
  'auth-sign-in-button': ['signInUrl', 'redirectUrl', 'disabled', 'auth', 'timeout'],
  'auth-sign-out-button': ['scope', 'sessionId', 'redirectUrl', 'disabled', 'auth', 'timeout'],
  'auth-user-button': [
    'showName',
    'showEmail',
    'open',
    'items',
    'placement',
    'manageAccount',
    'userProfileUrl',
    'signInUrl',
    'redirectUrl',
    'afterSwitchSessionUrl',
    'auth',
    'timeout',
  ],
} as const;

/** The events each element dispatches. */
export const events = {
  'auth-avatar': [],
  'auth-device-list': ['auth-sign-out', 'auth-signed-out', 'auth-sign-out-error', 'auth-device-list-error'],
  'auth-show': [],
  'auth-sign-in-button': ['auth-sign-in', 'auth-sign-in-error'],
  'auth-sign-out-button': ['auth-sign-out', 'auth-signed-out', 'auth-sign-out-error'],
  'auth-user-button': [
    'auth-menu-opened',
    'auth-menu-closed',
    'auth-manage-account',
    'auth-add-account',
    'auth-session-switch',
    'auth-session-switched',
    'auth-session-switch-error',
    'auth-sign-out',
    'auth-signed-out',
    'auth-sign-out-error',
  ],
} as const;
