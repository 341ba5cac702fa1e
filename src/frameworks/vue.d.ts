// Vue 3 template types: `import type {} from 'auth-elements/vue'` once in your project, and
// tell Vue's compiler the tags are custom elements (`compilerOptions.isCustomElement`).
//
// The tags become `GlobalComponents` the way Vue's guide types custom elements that are not
// built with Vue: `$props` and `$emit` exist for template type checking only. Vue sets a prop
// as a property when the element has one (bind `:auth`, and define the tags before mounting),
// else as an attribute, and `@auth-sign-out` listens for `auth-sign-out`.
import type { AllowedComponentProps, ComponentCustomProps, EmitFn, HTMLAttributes, VNodeProps } from 'vue';
import type { AuthElements } from '../generated/surface.js';
import type { AuthTag, ElementEvents, ElementProperties, Pascal } from './props.js';

/** A custom element as a Vue component type: the element, with its props and events for templates. */
type VueElement<E, P, V> = new () => E & {
  /** @deprecated For template type checking only: the element has no `$props`. */
  $props: HTMLAttributes &
    VNodeProps &
    AllowedComponentProps &
    ComponentCustomProps &
    P & { [K in keyof V & string as `on${Pascal<K>}`]?: (event: V[K]) => void };
  /** @deprecated For template type checking only: the element has no `$emit`. */
  $emit: EmitFn<{ [K in keyof V]: (event: V[K]) => void }>;
};

/** Every element as a Vue component type. */
type Components = { [T in AuthTag]: VueElement<AuthElements[T], ElementProperties<T>, ElementEvents<T>> };

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the members are Components'
  interface GlobalComponents extends Components {}
}

export {};
