// How `auth-elements/react` (src/generated/react.ts, one line per element) wraps an element with
// `@lit/react`, for React versions that set every prop of a custom element as an attribute
// (React 18 and older). React 19 handles custom elements itself: use the tags there (README).
import { createComponent, type EventName } from '@lit/react';
import React from 'react';
import { defineElements } from '../elements/define-elements.js';
import { events } from '../generated/surface.js';
import type { AuthTag, ElementEvents, ElementProperties, Pascal } from './props.js';
import type { AuthElements } from '../generated/surface.js';

type Events<T extends AuthTag> = ElementEvents<T>;

/** `onAuthSignOut?: (event: AuthSignOutEvent) => void` and the like, for element `T`'s events. */
type Listeners<T extends AuthTag> = {
  [N in keyof Events<T> & string as `on${Pascal<N>}`]?: (event: Events<T>[N]) => void;
};

/** The element's properties, the HTML attributes React knows, the event props and a ref. */
export type ReactProps<T extends AuthTag> = ElementProperties<T> &
  Listeners<T> &
  Omit<React.HTMLAttributes<AuthElements[T]>, keyof ElementProperties<T> | keyof Listeners<T>> &
  React.RefAttributes<AuthElements[T]>;

const pascal = (name: string) => name.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase());

/**
 * `<T>` as a React component named `displayName`: properties are set as properties (so
 * `auth={client}` passes the object) and `on` + the event name in PascalCase listens.
 *
 * The first render defines the tags (importing defines nothing). `@lit/react` tells properties
 * from attributes by the element class's prototype, whose accessors exist once the class is
 * finalized: reading `observedAttributes` does that even when another copy of the package holds
 * the tags.
 */
export function wrap<T extends AuthTag>(
  tagName: T,
  elementClass: { new (): AuthElements[T]; readonly observedAttributes: string[] },
  displayName: string,
): React.ForwardRefExoticComponent<ReactProps<T>> {
  const inner = createComponent({
    react: React,
    tagName,
    elementClass: elementClass as unknown as new () => HTMLElement,
    events: Object.fromEntries(events[tagName].map(name => [`on${pascal(name)}`, name as EventName])),
    displayName: `Auth${displayName}`,
  }) as React.ElementType;
  let ready = false;
  const outer = React.forwardRef<unknown, object>((props, ref) => {
    if (!ready) {
      ready = true;
      defineElements();
      void elementClass.observedAttributes;
    }
    return React.createElement(inner, { ...props, ref });
  });
  outer.displayName = displayName;
  return outer as unknown as React.ForwardRefExoticComponent<ReactProps<T>>;
}
