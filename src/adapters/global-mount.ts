import { bindMount, type WithMount } from './mount.js';

/**
 * The mount functions of the classic-script adapter builds: each calls the function of the same
 * name on `window.AuthElements` (dist/auth-elements.iife.js) when called, so the adapter build
 * carries no element. Without that bundle a call throws an Error saying what to load.
 */
export const withGlobalMount = <C extends object>(client: C): WithMount<C> =>
  bindMount(client, name => {
    const api = (globalThis as { AuthElements?: Record<string, unknown> }).AuthElements;
    const found = api?.[name];
    if (typeof found != 'function')
      throw new Error(
        `auth-elements: ${name} needs the elements: load dist/auth-elements.iife.js (window.AuthElements.${name}) before calling it`,
      );
    return found as (el: Element, props?: object) => unknown;
  });
