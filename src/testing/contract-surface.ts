// The adapter contract's cases for the rest of the client's surface (see contract.ts): its scopes,
// switching, refresh, navigation, mount functions and signIn.
import { vetRedirect } from '../auth/navigate.js';
import type { SignOutScope } from '../auth/types.js';
import {
  changesNothing,
  check,
  ids,
  rejects,
  same,
  signal,
  type Client,
  type DraftCase,
  type Other,
} from './contract-kit.js';
import type { AdapterHooks } from './contract.js';

/** supportsScope, setActive, refresh(), no navigation, the mount functions, signIn. */
export function surfaceCases(hooks: AdapterHooks, loaded: () => Promise<Client>, other: Other): DraftCase[] {
  return [
    {
      name: 'supportsScope is exact',
      sessions: 1,
      async run() {
        const client = await loaded();
        const scopes = client.supportsScope ?? ['session', 'all'];
        check(same(scopes, hooks.scopes), `supportsScope ${JSON.stringify(scopes)}`);
      },
    },
    {
      name: 'a signOut with a scope outside supportsScope rejects and ends nothing',
      sessions: 2,
      async run() {
        const client = await loaded();
        // A plain-JavaScript caller can pass any text; 'global' is Supabase's name for `everywhere`.
        const scopes = ['session', 'all', 'others', 'everywhere', 'global'] as SignOutScope[];
        await changesNothing(client, hooks.serverSessions, async () => {
          for (const scope of scopes.filter(scope => !hooks.scopes.includes(scope)))
            await rejects(() => client.signOut({ scope, signal: signal() }), `signOut({ scope: '${scope}' })`);
        });
      },
    },
    {
      name: 'setActive changes session.id',
      sessions: 2,
      multiSession: true,
      async run() {
        const client = await loaded();
        if (!client.setActive) return 'skipped: no setActive()';
        const second = other(client)!;
        await client.setActive({ sessionId: second.id, signal: signal() });
        check(client.session?.id == second.id, 'the other session is current');
        check(client.session.user.id == second.user.id, 'with its user');
        const fresh = await loaded();
        check(fresh.session?.id == second.id, 'the provider agrees (a new client reads the same)');
      },
    },
    {
      name: 'refresh() sees changes made elsewhere',
      sessions: 2,
      async run() {
        const client = await loaded();
        if (!client.refresh) return 'skipped: no refresh()';
        const gone = hooks.multiSession ? other(client)! : client.session!;
        await hooks.endElsewhere(gone.id);
        await client.refresh();
        check(!ids(client).includes(gone.id), 'the ended session is gone after refresh');
        if (!hooks.multiSession) check(client.session === null, 'signed out after refresh');
      },
    },
    {
      name: 'no method navigates',
      sessions: 2,
      async run() {
        const href = location.href;
        const client = await loaded();
        await client.refresh?.();
        const second = other(client);
        if (second && client.setActive) await client.setActive({ sessionId: second.id, signal: signal() });
        await client.signOut({ scope: 'session', sessionId: client.session!.id, signal: signal() });
        if (client.session) await client.signOut({ scope: 'all', signal: signal() });
        // A navigation started by a call begins within a task; give it one to show.
        await new Promise(resolve => setTimeout(resolve));
        check(location.href == href, 'still on the same page');
      },
    },
    {
      name: 'the mount functions preset auth',
      sessions: 1,
      async run() {
        const client = (await loaded()) as Client & Partial<Record<string, (el: Element, props?: object) => unknown>>;
        const { mountUserButton, mountSignOutButton, unmountUserButton, unmountSignOutButton } = client;
        if (!mountUserButton || !mountSignOutButton || !unmountUserButton || !unmountSignOutButton)
          return 'skipped: no mount functions (withMount adds them)';
        const host = document.createElement('div');
        document.body.append(host);
        try {
          const user = mountUserButton(host) as { element: { auth: unknown } };
          const button = mountSignOutButton(host, { scope: 'all' }) as { element: { auth: unknown } };
          check(user.element.auth === client, 'the user button uses the client');
          check(button.element.auth === client, 'the sign-out button uses it');
          unmountUserButton(host);
          unmountSignOutButton(host);
          check(host.childElementCount == 0, 'unmounted');
        } finally {
          host.remove();
        }
      },
    },
    {
      name: 'signIn, when present, resolves nothing or a redirectTo the elements may follow, and signs nobody out',
      sessions: 1,
      async run() {
        const client = await loaded();
        if (typeof client.signIn != 'function') return 'skipped: no signIn()';
        const current = client.session!.id;
        const result: unknown = await client.signIn({ redirectUrl: location.href, signal: signal() });
        check(
          result == null || (typeof result == 'object' && !Array.isArray(result)),
          `signIn resolves { redirectTo } or nothing, not ${Array.isArray(result) ? 'an array' : typeof result}`,
        );
        const to: unknown = (result as { redirectTo?: unknown } | undefined)?.redirectTo;
        const allowed = client.allowedRedirectOrigins ?? [];
        check(
          to === undefined || vetRedirect(to, location.href, location.origin, allowed),
          `redirectTo ${JSON.stringify(to)} is on this page's origin or an allowed one`,
        );
        check(client.session?.id == current, 'the current session stays current');
      },
    },
  ];
}
