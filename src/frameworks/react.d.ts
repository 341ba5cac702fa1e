// JSX types for React 19: `import type {} from 'auth-elements/jsx/react'` once in your project.
//
// React 19 sets a prop on a custom element as a property when the element has one (so define
// the tags before rendering, e.g. `import 'auth-elements/define'`), else as an attribute, and
// adds a listener for a function prop named `on` + the exact event name: `onauth-sign-out`
// listens for `auth-sign-out` (React 18 does neither: use the `auth-elements/react` wrappers).
import type { AuthSignOutButton } from '../elements/sign-out-button.js';
import type { AuthUserButton } from '../elements/user-button.js';
import type {
  AuthProperty,
  AuthSignOutButtonAttributes,
  AuthSignOutButtonEvents,
  AuthUserButtonAttributes,
  AuthUserButtonEvents,
} from './props.js';

/** `onauth-sign-out` and the like: the listener gets the event with its exact type. */
type Listeners<V> = { [K in keyof V & string as `on${K}`]?: (event: V[K]) => void };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'auth-sign-out-button': DetailedHTMLProps<HTMLAttributes<AuthSignOutButton>, AuthSignOutButton> &
        AuthSignOutButtonAttributes &
        AuthProperty<AuthSignOutButton> &
        Listeners<AuthSignOutButtonEvents>;
      'auth-user-button': DetailedHTMLProps<HTMLAttributes<AuthUserButton>, AuthUserButton> &
        AuthUserButtonAttributes &
        AuthProperty<AuthUserButton> &
        Listeners<AuthUserButtonEvents>;
    }
  }
}

export {};
