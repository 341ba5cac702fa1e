// Compile-time only (`npm run typecheck`): the adapters accept the providers' real client types.
// Nothing here runs; a type error fails the typecheck step.
import type { Clerk } from '@clerk/types';
import { createAuthClient } from 'better-auth/client';
import { multiSessionClient } from 'better-auth/client/plugins';
import type { UserManager } from 'oidc-client-ts';
import { betterAuthClient, type BetterAuthClientLike } from '../../src/adapters/better-auth.js';
import { clerkClient, type ClerkLike } from '../../src/adapters/clerk.js';
import { oidcClient } from '../../src/adapters/oidc.js';

export function providerTypes(clerk: Clerk, manager: UserManager): unknown[] {
  const withPlugin = createAuthClient({ plugins: [multiSessionClient()] });
  const plain = createAuthClient();
  const asClerk: ClerkLike = clerk;
  const asBetterAuth: BetterAuthClientLike = withPlugin;
  return [
    asClerk,
    asBetterAuth,
    betterAuthClient(plain),
    betterAuthClient(withPlugin),
    clerkClient(clerk),
    oidcClient(manager),
    // @ts-expect-error: a client missing signOut is not a better-auth client
    betterAuthClient({ getSession: plain.getSession }),
    // @ts-expect-error: Clerk without setActive is rejected
    clerkClient({
      loaded: true,
      session: null,
      client: undefined,
      signOut: clerk.signOut,
      addListener: clerk.addListener,
    }),
  ];
}
