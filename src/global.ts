// The `window.Auth` global, typed. A separate entry so that pages with an `Auth` global of their
// own are not broken by importing the package: `import type {} from 'auth-elements/global'`.
import type { AuthClient } from './auth/types.js';

declare global {
  interface Window {
    Auth?: AuthClient | null;
  }
}

export {};
