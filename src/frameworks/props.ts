// What the typed surfaces (the framework declarations `auth-elements/jsx/react`, `/jsx/preact`,
// `/jsx/solid`, `/vue`, the React components and the mount API) say about each element, derived
// from src/generated/surface.ts, which is generated from custom-elements.json: the attributes
// with the types of the properties they set, the settable properties, and the events with their
// exact types. Types only. The framework modules are `.d.ts` files next to this one, each
// augmenting its framework's module, so that nobody needs the types of a framework they do not use.
import type { AuthElementAttributes, AuthElements, events, properties } from '../generated/surface.js';

/** Every element's tag. */
export type AuthTag = keyof AuthElements;

/** The names of the properties users set on element `T`. */
export type SettableProperty<T extends AuthTag> = (typeof properties)[T][number] & keyof AuthElements[T];

/** The properties users set on element `T`, by property name. */
export type ElementProperties<T extends AuthTag> = Partial<Pick<AuthElements[T], SettableProperty<T>>>;

/** Element `T`'s attributes by name, each typed as the property it sets. */
export type ElementAttributes<T extends AuthTag> = {
  [A in keyof AuthElementAttributes[T]]?: AuthElements[T][AuthElementAttributes[T][A] & keyof AuthElements[T]];
};

/** The properties of element `T` without an attribute (`auth`): JSX frameworks set them as properties. */
export type PropertyOnly<T extends AuthTag> = Pick<
  ElementProperties<T>,
  Exclude<SettableProperty<T>, AuthElementAttributes[T][keyof AuthElementAttributes[T]]>
>;

/** An event's type by name, from the global event map (`Event` for one it does not know). */
type EventOf<N> = N extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[N] : Event;

/** The events of element `T` by name, as a listener on the element receives them. */
export type ElementEvents<T extends AuthTag> = {
  [N in (typeof events)[T][number]]: EventOf<N> & { readonly currentTarget: AuthElements[T] };
};

/** `auth-sign-out` → `AuthSignOut` */
export type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${Pascal<Tail>}`
  : Capitalize<S>;

/** `onauth-sign-out` and the like (React 19, Preact): the listener gets the event with its exact type. */
export type ExactNameListeners<T extends AuthTag> = {
  [N in keyof ElementEvents<T> & string as `on${N}`]?: (event: ElementEvents<T>[N]) => void;
};
