// Public API, free of side effects: importing this defines no element.
export { AuthSignOutButton } from './elements/sign-out-button.js';
export { AuthUserButton } from './elements/user-button.js';
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
  type AuthListeners,
  type ElementMountProps,
  type MountHandle,
  type SignOutButtonProps,
  type UserButtonMenuItem,
  type UserButtonProps,
} from './mount.js';
export { withMount } from './adapters/with-mount.js';
export type { MountFunctions, WithMount } from './adapters/mount.js';
