// JSX types for Preact 10.28+ and 11: `import type {} from 'auth-elements/jsx/preact'` once in
// your project.
//
// Preact sets a prop on a custom element as a property when the element has one (so define the
// tags before rendering, e.g. `import 'auth-elements/define'`), else as an attribute, and adds a
// listener for a function prop named `on` + the event name: `onauth-sign-out` listens for
// `auth-sign-out`. Attribute values may be signals, as on Preact's own elements.
import type { HTMLAttributes, Signalish } from 'preact';
import type { AuthSignOutButton } from '../elements/sign-out-button.js';
import type { AuthUserButton } from '../elements/user-button.js';
import type {
  AuthProperty,
  AuthSignOutButtonAttributes,
  AuthSignOutButtonEvents,
  AuthUserButtonAttributes,
  AuthUserButtonEvents,
} from './props.js';

/** Attribute values as Preact takes them: a value or a signal of one. */
type Signals<P> = { [K in keyof P]: Signalish<P[K]> };

/** `onauth-sign-out` and the like: the listener gets the event with its exact type. */
type Listeners<V> = { [K in keyof V & string as `on${K}`]?: (event: V[K]) => void };

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'auth-sign-out-button': HTMLAttributes<AuthSignOutButton> &
        Signals<AuthSignOutButtonAttributes> &
        AuthProperty<AuthSignOutButton> &
        Listeners<AuthSignOutButtonEvents>;
      'auth-user-button': HTMLAttributes<AuthUserButton> &
        Signals<AuthUserButtonAttributes> &
        AuthProperty<AuthUserButton> &
        Listeners<AuthUserButtonEvents>;
    }
  }
}

export {};
