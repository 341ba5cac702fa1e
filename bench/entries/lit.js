// Lit alone (lit-html, LitElement and ReactiveElement), for comparison.
export * from 'lit';
