// Entry of the self-contained bundles (dist/auth-elements.js and .iife.js): the public API, and
// the tags defined.
import './define.js';

export * from './index.js';
