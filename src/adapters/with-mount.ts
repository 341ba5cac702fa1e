import * as api from '../mount.js';
import { bindMount, type WithMount } from './mount.js';

/**
 * Adds the package's mount functions to an auth client, with `auth` preset to it, so
 * `window.Auth.mountUserButton(el)` works like Clerk's `window.Clerk.mountUserButton(el)`.
 * Every adapter factory applies it; use it for a hand-written client too.
 */
export const withMount = <C extends object>(client: C): WithMount<C> =>
  bindMount(client, name => api[name] as (el: Element, props?: object) => unknown);
