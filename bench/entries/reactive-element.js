// Lit's ReactiveElement alone: the part of Lit the elements build on.
export * from '@lit/reactive-element';
