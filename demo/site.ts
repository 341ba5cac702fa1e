// A whole site's header and body from the elements alone: this script only sets the client (the
// demo's better-auth server). Signing in goes to the demo's sign-in page and comes back here.
import '../src/define.js';
import { createAuthClient } from 'better-auth/client';
import { multiSessionClient } from 'better-auth/client/plugins';
import { betterAuthClient } from '../src/adapters/better-auth.js';
import { setAuth } from '../src/index.js';

setAuth(
  betterAuthClient(createAuthClient({ plugins: [multiSessionClient()] }), {
    signInUrl: '/demo/sign-in.html?next={redirect}',
  }),
);
