// JSX types for Solid 1.9: `import type {} from 'auth-elements/jsx/solid'` once in your project.
//
// Solid sets the props of a custom element as properties (`session-id` sets `sessionId`; static
// strings may stay attributes), which the elements take before and after the tags are defined;
// listen with `on:` + the event name: `on:auth-sign-out`.
import type { JSX } from 'solid-js';
import type { AuthSignOutButton } from '../elements/sign-out-button.js';
import type { AuthUserButton } from '../elements/user-button.js';
import type {
  AuthProperty,
  AuthSignOutButtonAttributes,
  AuthSignOutButtonEvents,
  AuthUserButtonAttributes,
  AuthUserButtonEvents,
} from './props.js';

/** `on:auth-sign-out` and the like, in the forms Solid takes: a function or `{ handleEvent, …options }`. */
type Listeners<E, V> = {
  [K in keyof V & string as `on:${K}`]?: V[K] extends Event ? JSX.EventHandlerWithOptionsUnion<E, V[K]> : never;
};

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
      'auth-sign-out-button': HTMLAttributes<AuthSignOutButton> &
        AuthSignOutButtonAttributes &
        AuthProperty<AuthSignOutButton> &
        Listeners<AuthSignOutButton, AuthSignOutButtonEvents>;
      'auth-user-button': HTMLAttributes<AuthUserButton> &
        AuthUserButtonAttributes &
        AuthProperty<AuthUserButton> &
        Listeners<AuthUserButton, AuthUserButtonEvents>;
    }
  }
}

export {};
