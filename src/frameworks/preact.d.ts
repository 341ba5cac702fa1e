// JSX types for Preact 10.28+ and 11: `import type {} from 'auth-elements/jsx/preact'` once in
// your project.
//
// Preact sets a prop on a custom element as a property when the element has one (so define the
// tags before rendering, e.g. `import 'auth-elements/define'`), else as an attribute, and adds a
// listener for a function prop named `on` + the event name: `onauth-sign-out` listens for
// `auth-sign-out`. Attribute values may be signals, as on Preact's own elements.
import type { HTMLAttributes, Signalish } from 'preact';
import type { AuthElements } from '../generated/surface.js';
import type { AuthTag, ElementAttributes, ExactNameListeners, PropertyOnly } from './props.js';

/** Attribute values as Preact takes them: a value or a signal of one. */
type Signals<P> = { [K in keyof P]: Signalish<P[K]> };

/** Every element's JSX props: its attributes, its properties without one, its events. */
type Elements = {
  [T in AuthTag]: HTMLAttributes<AuthElements[T]> &
    Signals<ElementAttributes<T>> &
    PropertyOnly<T> &
    ExactNameListeners<T>;
};

declare module 'preact' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the members are Elements'
    interface IntrinsicElements extends Elements {}
  }
}

export {};
