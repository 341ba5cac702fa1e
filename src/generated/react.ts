// Generated from custom-elements.json by scripts/surface.mjs: do not edit; run `npm run generate`.
//
// `auth-elements/react`: a React component per element, made with `@lit/react` (src/frameworks/react-wrapper.ts).
import { AuthAvatar } from '../elements/avatar.js';
import { AuthDeviceList } from '../elements/device-list.js';
import { AuthShow } from '../elements/show.js';
import { AuthSignInButton } from '../elements/sign-in-button.js';
import { AuthSignOutButton } from '../elements/sign-out-button.js';
import { AuthUserButton } from '../elements/user-button.js';
import { wrap, type ReactProps } from '../frameworks/react-wrapper.js';

/** Props of {@link Avatar}. */
export type AvatarReactProps = ReactProps<'auth-avatar'>;

/**
 * `<auth-avatar>` as a React component. The user's avatar on its own: image or initials, decorative unless labelled.
 *
 * Set as properties: `sessionId`, `label`, `auth`, `timeout`.
 *
 * Its first render defines the tags, as `auth-elements/define` does; importing this module defines nothing.
 */
export const Avatar = wrap('auth-avatar', AuthAvatar, 'Avatar');

/** Props of {@link DeviceList}. */
export type DeviceListReactProps = ReactProps<'auth-device-list'>;

/**
 * `<auth-device-list>` as a React component. The user's sessions on every device; sign out one, or every other one.
 *
 * Set as properties: `redirectUrl`, `auth`, `timeout`.
 * Event props: `onAuthSignOut`, `onAuthSignedOut`, `onAuthSignOutError`, `onAuthDeviceListError`.
 *
 * Its first render defines the tags, as `auth-elements/define` does; importing this module defines nothing.
 */
export const DeviceList = wrap('auth-device-list', AuthDeviceList, 'DeviceList');

/** Props of {@link Show}. */
export type ShowReactProps = ReactProps<'auth-show'>;

/**
 * `<auth-show>` as a React component. Shows its content only when signed in, signed out, or loading.
 *
 * Set as properties: `when`, `sessionId`, `auth`, `timeout`.
 *
 * Its first render defines the tags, as `auth-elements/define` does; importing this module defines nothing.
 */
export const Show = wrap('auth-show', AuthShow, 'Show');

/** Props of {@link SignInButton}. */
export type SignInButtonReactProps = ReactProps<'auth-sign-in-button'>;

/**
 * `<auth-sign-in-button>` as a React component. Starts a sign-in, with a cancelable request event, single flight and safe redirects.
 *
 * Set as properties: `signInUrl`, `redirectUrl`, `disabled`, `auth`, `timeout`.
 * Event props: `onAuthSignIn`, `onAuthSignInError`.
 *
 * Its first render defines the tags, as `auth-elements/define` does; importing this module defines nothing.
 */
export const SignInButton = wrap('auth-sign-in-button', AuthSignInButton, 'SignInButton');

/** Props of {@link SignOutButton}. */
export type SignOutButtonReactProps = ReactProps<'auth-sign-out-button'>;

/**
 * `<auth-sign-out-button>` as a React component. Signs the user out, with a cancelable request event, single flight and safe redirects.
 *
 * Set as properties: `scope`, `sessionId`, `redirectUrl`, `disabled`, `auth`, `timeout`.
 * Event props: `onAuthSignOut`, `onAuthSignedOut`, `onAuthSignOutError`.
 *
 * Its first render defines the tags, as `auth-elements/define` does; importing this module defines nothing.
 */
export const SignOutButton = wrap('auth-sign-out-button', AuthSignOutButton, 'SignOutButton');

/** Props of {@link UserButton}. */
export type UserButtonReactProps = ReactProps<'auth-user-button'>;

/**
 * `<auth-user-button>` as a React component. The account menu: Clerk's UserButton for any auth client.
 *
 * Set as properties: `showName`, `showEmail`, `open`, `items`, `placement`, `manageAccount`, `userProfileUrl`, `signInUrl`, `redirectUrl`, `afterSwitchSessionUrl`, `auth`, `timeout`.
 * Event props: `onAuthMenuOpened`, `onAuthMenuClosed`, `onAuthManageAccount`, `onAuthAddAccount`, `onAuthSessionSwitch`, `onAuthSessionSwitched`, `onAuthSessionSwitchError`, `onAuthSignOut`, `onAuthSignedOut`, `onAuthSignOutError`.
 *
 * Its first render defines the tags, as `auth-elements/define` does; importing this module defines nothing.
 */
export const UserButton = wrap('auth-user-button', AuthUserButton, 'UserButton');
