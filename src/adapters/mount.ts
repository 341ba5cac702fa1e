// The mount functions an adapter object carries, without the elements: each adapter entry binds
// them to a mount API (the package's own in `withMount`, `window.AuthElements` in the classic
// script builds), so adapter logic never imports UI and a script-tag adapter bundles no element.
import type * as MountApi from '../mount.js';

/**
 * Every function of the mount API (`src/mount.ts`). Names starting with `mount` get `auth`
 * preset to the adapter; the `unmount` ones are passed through. A test keeps this list equal
 * to the mount module's exports, so a new mount function reaches every adapter.
 */
export const MOUNT_FUNCTIONS = [
  'mountUserButton',
  'mountSignOutButton',
  'unmountUserButton',
  'unmountSignOutButton',
  'mountSignInButton',
  'unmountSignInButton',
  'mountUserAvatar',
  'unmountUserAvatar',
  'mountDeviceList',
  'unmountDeviceList',
] as const;

export type MountFunctionName = (typeof MOUNT_FUNCTIONS)[number];

/** The mount functions as an adapter object carries them: `auth` is preset, other props as usual. */
export type MountFunctions = Pick<typeof MountApi, MountFunctionName>;

/** An adapter object with the mount functions. */
export type WithMount<C> = C & MountFunctions;

type AnyFunction = (el: Element, props?: object) => unknown;

/**
 * Adds the mount functions to `client`. `resolve(name)` finds the function of the mount API
 * each time one is called, so a script-tag page may load the elements after the adapter.
 */
export function bindMount<C extends object>(
  client: C,
  resolve: (name: MountFunctionName) => AnyFunction,
): WithMount<C> {
  const bound: Record<string, AnyFunction> = {};
  for (const name of MOUNT_FUNCTIONS) {
    bound[name] = name.startsWith('mount')
      ? (el, props) => resolve(name)(el, { auth: client, ...props })
      : el => resolve(name)(el);
  }
  return Object.assign(client, bound) as WithMount<C>;
}
