// JSX types for React 19: `import type {} from 'auth-elements/jsx/react'` once in your project.
//
// React 19 sets a prop on a custom element as a property when the element has one (so define
// the tags before rendering, e.g. `import 'auth-elements/define'`), else as an attribute, and
// adds a listener for a function prop named `on` + the exact event name: `onauth-sign-out`
// listens for `auth-sign-out` (React 18 does neither: use the `auth-elements/react` wrappers).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { AuthElements } from '../generated/surface.js';
import type { AuthTag, ElementAttributes, ExactNameListeners, PropertyOnly } from './props.js';

/** Every element's JSX props: its attributes, its properties without one, its events. */
type Elements = {
  [T in AuthTag]: DetailedHTMLProps<HTMLAttributes<AuthElements[T]>, AuthElements[T]> &
    ElementAttributes<T> &
    PropertyOnly<T> &
    ExactNameListeners<T>;
};

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the members are Elements'
    interface IntrinsicElements extends Elements {}
  }
}

export {};
