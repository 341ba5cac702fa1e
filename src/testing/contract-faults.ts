// The adapter contract's cases for provider failures and aborted calls (see contract.ts).
import { check, rejects, signal, type Client, type DraftCase, type Other } from './contract-kit.js';
import type { AdapterHooks } from './contract.js';

/** Provider errors reject with an Error; an aborted sign-out leaves no half state. */
export function faultCases(hooks: AdapterHooks, loaded: () => Promise<Client>, other: Other): DraftCase[] {
  return [
    {
      name: 'provider errors reject with an Error',
      sessions: 2,
      async run() {
        if (!hooks.fault) return 'skipped: no fault hook';
        const client = await loaded();
        try {
          // 400: an error answer; 503: a server failure.
          for (const status of [400, 503]) {
            await hooks.fault(status);
            await rejects(() => client.signOut({ scope: 'all', signal: signal() }), `sign-out answered ${status}`);
            const second = other(client);
            if (second && client.setActive)
              await rejects(
                () => client.setActive!({ sessionId: second.id, signal: signal() }),
                `setActive answered ${status}`,
              );
          }
        } finally {
          await hooks.fault(null);
        }
        check(client.session, 'still signed in after the failures');
        await client.signOut({ scope: 'all', signal: signal() });
        check(client.session === null, 'the same call succeeds once the provider answers again');
      },
    },
    {
      name: 'abort mid-call leaves no half state',
      sessions: 1,
      async run() {
        const client = await loaded();
        const id = client.session!.id;
        // After an abort the element has reported a timeout and ignores a late result (a
        // `redirectTo` too): this browser and the provider must then agree, both still signed in
        // or both signed out. A request already sent may still have done its work.
        async function signOut(abort: (controller: AbortController, call?: Promise<unknown>) => Promise<boolean>) {
          const controller = new AbortController();
          const early = await abort(controller);
          const call = client.signOut({ scope: 'all', signal: controller.signal }).then(
            value => ({ resolved: true as const, value }),
            (error: unknown) => ({ resolved: false as const, error }),
          );
          // Did the abort come before the call settled? If not, there is nothing to judge.
          if (!early && !(await abort(controller, call))) return (await call).resolved;
          const outcome = await call;
          await client.refresh?.();
          const here = client.session?.id == id;
          const there = (await hooks.serverSessions()).includes(id);
          if (outcome.resolved) {
            check(!outcome.value?.redirectTo, 'an aborted call that resolves needs no navigation to finish');
            check(!here, 'resolved after the abort: signed out here');
          } else {
            check(outcome.error instanceof Error, `rejects with an Error, not ${String(outcome.error)}`);
          }
          check(
            here == there,
            here
              ? 'still signed in here, but the provider ended the session'
              : 'signed out here, but the provider still holds the session',
          );
          return !here;
        }
        const timeout = () => new DOMException('The sign-out timed out', 'TimeoutError');
        // A signal that aborted before the call started.
        if ((await signOut(async controller => (controller.abort(timeout()), true))) || !hooks.hold) return;
        // A signal that aborts while the provider is answering (a provider that signs out
        // locally without waiting for anything has no such moment).
        const { held, release } = hooks.hold();
        await signOut(async (controller, call) => {
          if (!call) return false;
          try {
            const waiting = await Promise.race([held.then(() => true), call.then(() => false)]);
            if (waiting) controller.abort(timeout());
            return waiting;
          } finally {
            release();
          }
        });
      },
    },
  ];
}
