// What the adapter contract's cases share (contract.ts assembles them; contract-*.ts hold them):
// the client as the cases see it, the failure type, and small checks.
import type { AuthClient, AuthSession } from '../auth/types.js';
import type { ContractCase } from './contract.js';

export type Client = AuthClient & { readonly ready?: Promise<void> };

/** A case as written: `multiSession` limits it to one kind of provider. */
export type DraftCase = ContractCase & { multiSession?: boolean };

/** Another session of this browser than the current one. */
export type Other = (client: Client) => AuthSession | undefined;

export class ContractError extends Error {
  override name = 'ContractError';
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ContractError(message);
}

export const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) == JSON.stringify(b);
export const sorted = (ids: readonly string[]): string[] => [...ids].sort();
export const signal = (): AbortSignal => new AbortController().signal;
export const ids = (client: Client): string[] =>
  (client.sessions ?? (client.session ? [client.session] : [])).map(({ id }) => id);

/** Resolves once the client has answered (session no longer `undefined`). */
export async function answered(client: Client): Promise<void> {
  if (client.ready) await client.ready;
  else await client.refresh?.();
  if (client.session !== undefined || !client.addListener) return;
  await new Promise<void>(resolve => {
    const off = client.addListener!(() => {
      if (client.session === undefined) return;
      off();
      resolve();
    });
  });
}

/**
 * Runs `act`, then checks that it changed nothing: neither the client's state nor the sessions
 * the server holds (`serverSessions`, the hook of that name).
 */
export async function changesNothing(
  client: Client,
  serverSessions: () => Promise<string[]>,
  act: () => Promise<void>,
): Promise<void> {
  const state = () => JSON.stringify([client.session, client.sessions]);
  const before = state();
  const held = sorted(await serverSessions());
  await act();
  check(state() == before, 'state unchanged');
  check(same(sorted(await serverSessions()), held), 'nothing ended on the server');
}

/** Runs `run` and returns the Error it rejects with; fails when it resolves or rejects with a non-Error. */
export async function rejects(run: () => Promise<unknown>, what: string): Promise<Error> {
  try {
    await run();
  } catch (error) {
    check(error instanceof Error, `${what} rejects with an Error, not ${String(error)}`);
    return error;
  }
  throw new ContractError(`${what} should reject`);
}
