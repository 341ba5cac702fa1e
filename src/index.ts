// Public API, free of side effects: importing this defines no element.
export { AuthSignOutButton } from './elements/sign-out-button.js';
export { AuthUserButton } from './elements/user-button.js';
export { AuthShow, type AuthShowWhen } from './elements/show.js';
export { AuthSignInButton } from './elements/sign-in-button.js';
export { AuthAvatar } from './elements/avatar.js';
export { AuthDeviceList } from './elements/device-list.js';
export { setAuth } from './auth/client.js';
export { setStrings, type AuthStrings } from './i18n/strings.js';
export type {
  AuthClient,
  AuthDevice,
  AuthSession,
  ListDevicesOptions,
  AuthUser,
  SetActiveOptions,
  SignInOptions,
  SignOutOptions,
  SignOutScope,
} from './auth/types.js';
export type * from './auth/events.js';
export { mountDeviceList, unmountDeviceList, type DeviceListProps } from './mount.js';
export {
  mountSignOutButton,
  mountUserButton,
  unmountSignOutButton,
  unmountUserButton,
  mountSignInButton,
  unmountSignInButton,
  mountUserAvatar,
  unmountUserAvatar,
  type SignInButtonProps,
  type UserAvatarProps,
  type AuthListeners,
  type ElementMountProps,
  type MountHandle,
  type SignOutButtonProps,
  type UserButtonMenuItem,
  type UserButtonProps,
} from './mount.js';
export { withMount } from './adapters/with-mount.js';
export type { MountFunctions, WithMount } from './adapters/mount.js';
