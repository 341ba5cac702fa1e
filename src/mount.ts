import type { AuthEventMap } from './auth/events.js';
import { defineElements } from './elements/define-elements.js';
import type { AuthSignOutButton } from './elements/sign-out-button.js';
import type { AuthUserButton } from './elements/user-button.js';

/** Listeners by event name; a new `on` replaces the previous one's listeners. */
export type AuthListeners = { [K in keyof AuthEventMap]?: (event: AuthEventMap[K]) => void };

export interface SignOutButtonProps
  extends Pick<AuthSignOutButton, 'auth' | 'scope' | 'sessionId' | 'redirectUrl' | 'timeout' | 'disabled'> {
  /** The label or control: a string becomes text, a node is moved in. */
  children?: string | Node;
  on?: AuthListeners;
}

export interface UserButtonMenuItem {
  label: string;
  /** A link item; without it a button. */
  href?: string;
  onClick?: (event: MouseEvent) => void;
  /** An icon before the label: a node (moved in) or a function returning a new one; never HTML text. */
  icon?: Node | (() => Node);
}

export interface UserButtonProps
  extends Pick<
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
    | 'timeout'
  > {
  /** Your own menu items, rendered as light-DOM `slot="menu-item"` links or buttons. */
  menuItems?: UserButtonMenuItem[];
  /** Shown when signed out: a string becomes text, a node is moved in. */
  signedOut?: string | Node;
  on?: AuthListeners;
}

export interface MountHandle<P> {
  element: HTMLElement;
  /** Merges `props` in; a key set to `undefined` restores its default. */
  update(props: Partial<P>): void;
  /** Removes the element and its listeners; calling it again does nothing. */
  unmount(): void;
}

type Tag = 'auth-sign-out-button' | 'auth-user-button';
type Any = Record<string, unknown>;

const mounted = new WeakMap<Element, Map<Tag, MountHandle<Any>>>();

function check(el: unknown): Map<Tag, MountHandle<Any>> {
  if (!(el instanceof Element)) throw new TypeError(`auth-elements: mount target must be an Element, got ${el}`);
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

function mount(tag: Tag, el: Element, props: Any = {}): MountHandle<Any> {
  const handles = check(el);
  defineElements();
  let handle = handles.get(tag);
  // Mounted again: the same element, updated. Removed by someone else: a new one.
  if (!handle || handle.element.parentNode != el) {
    const doc = el.ownerDocument;
    const element = doc.createElement(tag) as unknown as HTMLElement & Any;
    const defaults = doc.createElement(tag) as unknown as Any;
    let listeners: [string, EventListener][] = [];
    const off = () => listeners.forEach(([type, listener]) => element.removeEventListener(type, listener));
    handle = {
      element,
      update(next) {
        for (const [key, value] of Object.entries(next)) {
          if (key == 'on') {
            off();
            // Not a function or listener object: addEventListener throws a TypeError saying so.
            listeners = Object.entries((value ?? {}) as Any) as typeof listeners;
            listeners.forEach(([type, listener]) => element.addEventListener(type, listener));
          } else if (key == 'children' || key == 'signedOut') {
            fill(element, key == 'children' ? '' : 'signed-out', value == null ? [] : [value as Node | string]);
          } else if (key == 'menuItems') {
            const items = ((value ?? []) as UserButtonMenuItem[]).map(({ label, href, onClick, icon }) => {
              const item = doc.createElement(href == null ? 'button' : 'a');
              if (href != null) item.setAttribute('href', String(href));
              item.textContent = String(label);
              const node = typeof icon == 'function' ? icon() : icon;
              if (node instanceof Node) item.prepend(node);
              item.addEventListener('click', onClick as EventListener);
              return item;
            });
            fill(element, 'menu-item', items);
          } else {
            element[key] = value === undefined ? defaults[key] : value;
          }
        }
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
  handle.update(props);
  return handle;
}

/** Appends an `<auth-user-button>` to `el` (or updates the one mounted there), like Clerk's `mountUserButton`. */
export const mountUserButton = (el: Element, props?: Partial<UserButtonProps>): MountHandle<UserButtonProps> =>
  mount('auth-user-button', el, props as Any) as MountHandle<UserButtonProps>;

/** Appends an `<auth-sign-out-button>` to `el` (or updates the one mounted there). */
export const mountSignOutButton = (el: Element, props?: Partial<SignOutButtonProps>): MountHandle<SignOutButtonProps> =>
  mount('auth-sign-out-button', el, props as Any) as MountHandle<SignOutButtonProps>;

/** Removes the `<auth-user-button>` mounted in `el`, if any. */
export const unmountUserButton = (el: Element): void => check(el).get('auth-user-button')?.unmount();

/** Removes the `<auth-sign-out-button>` mounted in `el`, if any. */
export const unmountSignOutButton = (el: Element): void => check(el).get('auth-sign-out-button')?.unmount();
