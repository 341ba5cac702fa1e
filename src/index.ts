// Public API, free of side effects: importing this defines no element.
export { AuthSignOutButton } from './elements/sign-out-button.js';
export { AuthUserButton } from './elements/user-button.js';
export { setAuth } from './auth/client.js';
export { setStrings, type AuthStrings } from './i18n/strings.js';
export type {
  AuthClient,
  AuthSession,
  AuthUser,
  SetActiveOptions,
  SignOutOptions,
  SignOutScope,
} from './auth/types.js';
export type * from './auth/events.js';
export {
  mountSignOutButton,
  mountUserButton,
  unmountSignOutButton,
  unmountUserButton,
  type AuthListeners,
  type ElementMountProps,
  type MountHandle,
  type SignOutButtonProps,
  type UserButtonMenuItem,
  type UserButtonProps,
} from './mount.js';
