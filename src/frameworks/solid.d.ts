// JSX types for Solid 1.9: `import type {} from 'auth-elements/jsx/solid'` once in your project.
//
// Solid sets the props of a custom element as properties (`session-id` sets `sessionId`; static
// strings may stay attributes), which the elements take before and after the tags are defined;
// listen with `on:` + the event name: `on:auth-sign-out`.
import type { JSX } from 'solid-js';
import type { AuthElements } from '../generated/surface.js';
import type { AuthTag, ElementAttributes, ElementEvents, PropertyOnly } from './props.js';

/** `on:auth-sign-out` and the like, in the forms Solid takes: a function or `{ handleEvent, …options }`. */
type Listeners<E, V> = {
  [K in keyof V & string as `on:${K}`]?: V[K] extends Event ? JSX.EventHandlerWithOptionsUnion<E, V[K]> : never;
};

/** Every element's JSX props: its attributes, its properties without one, its events. */
type Elements = {
  [T in AuthTag]: JSX.HTMLAttributes<AuthElements[T]> &
    ElementAttributes<T> &
    PropertyOnly<T> &
    Listeners<AuthElements[T], ElementEvents<T>>;
};

declare module 'solid-js' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the members are Elements'
    interface IntrinsicElements extends Elements {}
  }
}

export {};
