import { resolveClient } from './auth/client.js';
import type { AuthEventMap } from './auth/events.js';
import { vetUrl } from './auth/navigate.js';
import { warn } from './core/log.js';
import type { AuthClient } from './auth/types.js';
import { AuthAvatar } from './elements/avatar.js';
import { defineElement } from './elements/define-elements.js';
import { AuthDeviceList } from './elements/device-list.js';
import { AuthSignInButton } from './elements/sign-in-button.js';
import { AuthSignOutButton } from './elements/sign-out-button.js';
import { AuthUserButton } from './elements/user-button.js';
import type { AuthTag, SettableProperty } from './frameworks/props.js';
import type { AuthElements } from './generated/surface.js';
import type { LitElement } from 'lit';

/** Listeners by event name; a new `on` replaces the previous one's listeners. */
export type AuthListeners = { [K in keyof AuthEventMap]?: (event: AuthEventMap[K]) => void };

/**
 * The props every mount function takes for element `T`: the element's public properties (as
 * custom-elements.json lists them) and `on`.
 */
export type ElementMountProps<T extends AuthTag> = Pick<AuthElements[T], SettableProperty<T>> & {
  on?: AuthListeners;
};

export interface SignOutButtonProps extends ElementMountProps<'auth-sign-out-button'> {
  /** The label or control: a string becomes text, a node is moved in. */
  children?: string | Node;
}

export interface UserButtonMenuItem {
  label: string;
  /** A link item, when the URL passes the same vetting as every navigation; else a button. */
  href?: string;
  onClick?: (event: MouseEvent) => void;
  /** An icon before the label: a node (moved in) or a function returning a new one; never HTML text. */
  icon?: Node | (() => Node);
}

export interface UserButtonProps extends ElementMountProps<'auth-user-button'> {
  /** Your own menu items, rendered as light-DOM `slot="menu-item"` links or buttons. */
  menuItems?: UserButtonMenuItem[];
  /** Shown when signed out: a string becomes text, a node is moved in. */
  signedOut?: string | Node;
}

export interface MountHandle<P> {
  element: HTMLElement;
  /** Merges `props` in; a key set to `undefined` restores its default. */
  update(props: Partial<P>): void;
  /** Removes the element and its listeners; calling it again does nothing. */
  unmount(): void;
}

type Any = Record<string, unknown>;
type Mounted = HTMLElement & Any;
/** A mount-only prop: puts `value` into the element's light DOM. */
type Extra = (element: Mounted, value: unknown) => void;

const mounted = new WeakMap<Element, Map<AuthTag, MountHandle<Any>>>();

function check(el: unknown): Map<AuthTag, MountHandle<Any>> {
  // An element of another frame fails too: the elements are defined in this window's registry.
  if (!(el instanceof Element))
    throw new TypeError(`auth-elements: mount target must be an Element of this window, got ${el}`);
  let handles = mounted.get(el);
  if (!handles) mounted.set(el, (handles = new Map()));
  return handles;
}

/** Replaces what the mount put in `slot` ('' = the default slot) with `nodes`. */
function fill(element: HTMLElement, slot: string, nodes: (Node | string)[]): void {
  for (const child of [...element.childNodes]) if (((child as Element).slot ?? '') == slot) child.remove();
  for (const node of nodes) {
    // A string, or a text node, in a named slot needs an element to carry the slot name.
    const item = slot && !(node instanceof Element) ? element.ownerDocument.createElement('span') : node;
    if (item != node) (item as Element).append(node);
    if (slot) (item as Element).slot = slot;
    element.append(item);
  }
}

/** A string or node prop shown in `slot`. */
const content =
  (slot: string): Extra =>
  (element, value) =>
    fill(element, slot, value == null ? [] : [value as Node | string]);

/**
 * `menuItems` as `slot="menu-item"` links and buttons. An href is kept only when it passes the
 * vetting every navigation of the package passes, against the element's client: anything else
 * (`javascript:`, another origin, credentials) makes the item a button, with `vetUrl`'s warning.
 */
const menuItems: Extra = (element, value) => {
  const items: Partial<UserButtonMenuItem>[] = Array.isArray(value) ? value.filter(i => i && typeof i == 'object') : [];
  // Also true for a value that is not an array (its length is not that of the items).
  if (value != null && items.length !== (value as unknown[]).length) {
    warn(`<${element.localName}> skipped menuItems that are not { label, href?, onClick? } objects`);
  }
  fill(
    element,
    'menu-item',
    items.map(({ label, href, onClick, icon }) => {
      const url =
        href == null ? null : vetUrl(String(href), resolveClient(element.auth as AuthClient | null)) && String(href);
      const item = element.ownerDocument.createElement(url ? 'a' : 'button');
      if (url) item.setAttribute('href', url);
      item.textContent = String(label);
      const node = typeof icon == 'function' ? icon() : icon;
      if (node instanceof Node) item.prepend(node);
      if (typeof onClick == 'function') item.addEventListener('click', onClick as EventListener);
      return item;
    }),
  );
};

// Each mount function names its element's class, so a page that mounts only some elements bundles
// only those.
function mount<T extends AuthTag>(
  tag: T,
  Class: typeof LitElement,
  el: Element,
  props: object = {},
  extras: Record<string, Extra> = {},
) {
  const handles = check(el);
  defineElement(tag, Class);
  let handle = handles.get(tag);
  // Mounted again: the same element, updated. Removed by someone else: a new one.
  if (!handle || handle.element.parentNode != el) {
    const doc = el.ownerDocument;
    const element = doc.createElement(tag) as unknown as Mounted;
    const defaults = doc.createElement(tag) as unknown as Any;
    // Only the element's reactive properties are set, never `innerHTML`, `onclick`, `__proto__`…:
    // they are its public ones (custom-elements.json lists each, and a test holds the two equal).
    const declared = Class.elementProperties;
    const ignored = new Set<string>();
    let listeners: [string, EventListener][] = [];
    const off = () => listeners.forEach(([type, listener]) => element.removeEventListener(type, listener));
    handle = {
      element,
      update(next) {
        const later: [Extra, unknown][] = [];
        for (const [key, value] of Object.entries(next ?? {})) {
          if (key == 'on') {
            off();
            listeners = [];
            // Not a function or listener object: addEventListener throws a TypeError saying so.
            // Only added listeners are kept, for `off` (removing a string would throw as well).
            for (const [type, listener] of Object.entries((value ?? {}) as Record<string, EventListener>)) {
              element.addEventListener(type, listener);
              listeners.push([type, listener]);
            }
          } else if (Object.hasOwn(extras, key)) {
            // After the properties: menu items are vetted against this update's `auth`.
            later.push([extras[key]!, value]);
          } else if (declared.has(key) && !declared.get(key)!.state) {
            element[key] = value === undefined ? defaults[key] : value;
          } else if (!ignored.has(key)) {
            ignored.add(key);
            warn(`<${tag}> ignored prop ${JSON.stringify(key)}: not a property`);
          }
        }
        for (const [apply, value] of later) apply(element, value);
      },
      unmount() {
        off();
        element.remove();
        if (handles.get(tag) == handle) handles.delete(tag);
      },
    };
    handles.set(tag, handle);
    el.append(element);
  }
  handle.update(props as Any);
  return handle;
}

/** Appends an `<auth-user-button>` to `el` (or updates the one mounted there), like Clerk's `mountUserButton`. */
export const mountUserButton = (el: Element, props?: Partial<UserButtonProps>): MountHandle<UserButtonProps> =>
  mount('auth-user-button', AuthUserButton, el, props, { menuItems, signedOut: content('signed-out') });

/** Appends an `<auth-sign-out-button>` to `el` (or updates the one mounted there). */
export const mountSignOutButton = (el: Element, props?: Partial<SignOutButtonProps>): MountHandle<SignOutButtonProps> =>
  mount('auth-sign-out-button', AuthSignOutButton, el, props, { children: content('') });

/** Removes the `<auth-user-button>` mounted in `el`, if any. */
export const unmountUserButton = (el: Element): void => check(el).get('auth-user-button')?.unmount();

/** Removes the `<auth-sign-out-button>` mounted in `el`, if any. */
export const unmountSignOutButton = (el: Element): void => check(el).get('auth-sign-out-button')?.unmount();

export interface SignInButtonProps extends ElementMountProps<'auth-sign-in-button'> {
  /** The label or control: a string becomes text, a node is moved in. */
  children?: string | Node;
}

export type UserAvatarProps = ElementMountProps<'auth-avatar'>;

/** Appends an `<auth-sign-in-button>` to `el` (or updates the one mounted there), like Clerk's `SignInButton`. */
export const mountSignInButton = (el: Element, props?: Partial<SignInButtonProps>): MountHandle<SignInButtonProps> =>
  mount('auth-sign-in-button', AuthSignInButton, el, props, { children: content('') });

/** Removes the `<auth-sign-in-button>` mounted in `el`, if any. */
export const unmountSignInButton = (el: Element): void => check(el).get('auth-sign-in-button')?.unmount();

/** Appends an `<auth-avatar>` to `el` (or updates the one mounted there), like Clerk's `mountUserAvatar`. */
export const mountUserAvatar = (el: Element, props?: Partial<UserAvatarProps>): MountHandle<UserAvatarProps> =>
  mount('auth-avatar', AuthAvatar, el, props);

/** Removes the `<auth-avatar>` mounted in `el`, if any. */
export const unmountUserAvatar = (el: Element): void => check(el).get('auth-avatar')?.unmount();

/** The props of `mountDeviceList`: the element's properties and `on`. */
export type DeviceListProps = ElementMountProps<'auth-device-list'>;

/** Appends an `<auth-device-list>` to `el` (or updates the one mounted there). */
export const mountDeviceList = (el: Element, props?: Partial<DeviceListProps>): MountHandle<DeviceListProps> =>
  mount('auth-device-list', AuthDeviceList, el, props);

/** Removes the `<auth-device-list>` mounted in `el`, if any. */
export const unmountDeviceList = (el: Element): void => check(el).get('auth-device-list')?.unmount();
