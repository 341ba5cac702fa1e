// The client every demo page uses: the real better-auth backend of `npm start` (the default), or
// the in-page client with made-up accounts when the URL says `?client=memory`.
import { createAuthClient } from 'better-auth/client';
import { multiSessionClient } from 'better-auth/client/plugins';
import { betterAuthClient } from '../src/adapters/better-auth.js';
import type { AuthClient, AuthSession, SignOutOptions } from '../src/index.js';
import { createDemoClient, showNavigation } from './demo-client.js';

export interface PageClient extends AuthClient {
  readonly backend: 'better-auth' | 'memory';
  readonly sessions: readonly AuthSession[];
  addListener(listener: () => void): () => void;
  /** Makes the next call fail (before it reaches a server), to show error handling; `null` cancels. */
  failNext(error?: string | null): void;
  /** Memory: signs the made-up accounts back in. Real backend: opens the sign-in page. */
  reset(): void;
}

/** The sign-in page, coming back here afterwards. */
export const signInUrl = () => `/demo/sign-in.html?next=${encodeURIComponent(location.pathname + location.search)}`;

export function createPageClient(): PageClient {
  if (new URLSearchParams(location.search).get('client') == 'memory') {
    return Object.assign(createDemoClient(), { backend: 'memory' as const, signInUrl: '/#sign-in' });
  }
  const reset = document.querySelector('#reset');
  if (reset) reset.textContent = 'Sign in another account';
  const adapter = betterAuthClient(createAuthClient({ plugins: [multiSessionClient()] }), { signInUrl: signInUrl() });
  const signOut = adapter.signOut.bind(adapter);
  let failure: string | null = null;
  return Object.assign(adapter, {
    backend: 'better-auth' as const,
    failNext: (error?: string | null) => void (failure = error === null ? null : (error ?? 'simulated failure')),
    navigate: showNavigation,
    reset: () => location.assign(signInUrl()),
    async signOut(options: SignOutOptions) {
      const error = failure;
      failure = null;
      if (error) throw new Error(`The next call was set to fail (${error})`);
      return signOut(options);
    },
  });
}
