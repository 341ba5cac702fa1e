// `auth-elements/react`: a React component per element (`SignOutButton`, `UserButton`, …) and
// its props type, made with `@lit/react`, for React versions that set every prop of a custom
// element as an attribute (React 18 and older). React 19 handles custom elements itself: use the
// tags there (see the README). The components are generated from custom-elements.json.
export * from './generated/react.js';
