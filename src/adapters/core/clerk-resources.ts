// The Clerk resources the adapter reads (its own structural types, so clerk-js stays optional) and
// how they map to the elements' sessions, users and devices; the adapter is clerk.ts.
import type { AuthDevice, AuthSession, AuthUser } from '../../auth/types.js';
import { providerError } from './adapter.js';

/** The fields of a Clerk user the elements show (Clerk's `UserResource`). */
export interface ClerkUserLike {
  id: string;
  fullName: string | null;
  firstName: string | null;
  lastName: string | null;
  username: string | null;
  imageUrl: string;
  primaryEmailAddress: { emailAddress: string } | null;
  getSessions(): Promise<ClerkDeviceSessionLike[]>;
  /** clerk-js's cache of `getSessions()` (a private field of its User), cleared before each list. */
  cachedSessionsWithActivities?: unknown;
}

/** A session of `user.getSessions()` (Clerk's `SessionWithActivitiesResource`). */
export interface ClerkDeviceSessionLike {
  id: string;
  /** `active`, `pending`, `revoked`, `ended`…: Clerk keeps an ended session in its cached list. */
  status?: string;
  revoke(): Promise<unknown>;
  lastActiveAt?: Date | string | null;
  latestActivity?: {
    browserName?: string;
    /** Clerk's device name: "Macintosh", "iPhone", "Windows"… */
    deviceType?: string;
    ipAddress?: string;
    city?: string;
    country?: string;
    isMobile?: boolean;
  } | null;
}

/** A Clerk session with activity as an {@link AuthDevice}. */
export function toDevice(
  { id, lastActiveAt, latestActivity: a }: ClerkDeviceSessionLike,
  current?: string,
): AuthDevice {
  const last = lastActiveAt == null ? NaN : new Date(lastActiveAt).getTime();
  const where = [a?.city, a?.country].filter(part => typeof part == 'string' && part).join(', ');
  return {
    sessionId: id,
    current: id == current,
    ...(a?.browserName && { browser: a.browserName }),
    ...(a?.deviceType && { os: a.deviceType }),
    ...(a && { deviceType: /ipad|tablet/i.test(a.deviceType ?? '') ? 'tablet' : a.isMobile ? 'mobile' : 'desktop' }),
    ...(a?.ipAddress && { ipAddress: a.ipAddress }),
    ...(where && { location: where }),
    ...(!Number.isNaN(last) && { lastActiveAt: new Date(last).toISOString() }),
  };
}

/** Clerk's `SessionResource`, as far as the adapter reads it. */
export interface ClerkSessionLike {
  id: string;
  user: ClerkUserLike | null;
  /** `pending` while the user still has a task to finish (Clerk's session tasks). */
  status?: string;
}

/**
 * A session the elements may show as signed in: not `pending` (the user still has a session task
 * to finish), as Clerk's own components treat it by default (`treatPendingAsSignedOut`).
 */
export const active = (session: ClerkSessionLike | null | undefined): session is ClerkSessionLike =>
  !!session && session.status != 'pending';

/**
 * The part of `window.Clerk` (Clerk's `Clerk` type from `@clerk/clerk-js`) the adapter uses. A
 * loaded Clerk instance matches it; the adapter never calls anything that navigates.
 */
export interface ClerkLike {
  readonly loaded: boolean;
  /** `loading`, `ready`, `degraded` or `error` (clerk-js 5.5 and later). */
  readonly status?: string;
  readonly session: ClerkSessionLike | null | undefined;
  readonly client: { signedInSessions: ClerkSessionLike[] } | undefined;
  signOut(callback: () => void, options?: { sessionId?: string }): Promise<void>;
  setActive(params: { session: string | null }): Promise<void>;
  addListener(listener: (resources: unknown) => void): () => void;
  /** clerk-js's events: `status` tells when it turns ready or fails (addListener is not called then). */
  on?(event: 'status', handler: () => void): void;
  off?(event: 'status', handler: () => void): void;
  buildSignInUrl?(options?: { signInFallbackRedirectUrl?: string }): string;
  buildUserProfileUrl?(): string;
  buildAfterSignOutUrl?(): string;
}

function toUser(user: ClerkUserLike | null, id: string): AuthUser {
  if (!user) return { id };
  return {
    id: user.id,
    name: user.fullName,
    firstName: user.firstName,
    lastName: user.lastName,
    username: user.username,
    email: user.primaryEmailAddress?.emailAddress ?? null,
    imageUrl: user.imageUrl,
  };
}

export const toSession = (session: ClerkSessionLike): AuthSession => ({
  id: session.id,
  user: toUser(session.user, session.id),
});

/** Clerk's own words for a failed call: `errors[0].longMessage` of its API errors, else their `message`. */
function clerkWords(error: unknown): string | undefined {
  const first = (error as { errors?: { longMessage?: unknown; message?: unknown }[] } | null)?.errors?.[0];
  return [first?.longMessage, first?.message].find((part): part is string => typeof part == 'string' && !!part);
}

/** A Clerk call; what it throws becomes an `Error` that says what Clerk said, and keeps it as the cause. */
export async function call<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const words = clerkWords(error);
    if (!words) throw providerError(`clerk ${name}`, error);
    const status = (error as { status?: unknown }).status;
    throw Object.assign(new Error(`clerk ${name}: ${words}${typeof status == 'number' ? ` (HTTP ${status})` : ''}`), {
      cause: error,
    });
  }
}

/** One `Error` naming every session whose revoke failed, with Clerk's reason; none failed: undefined. */
export function revokeFailures(
  sessions: { id: string }[],
  results: PromiseSettledResult<unknown>[],
): Error | undefined {
  const failed = results.flatMap((result, i) =>
    result.status == 'rejected' ? [{ id: sessions[i]!.id, reason: result.reason as unknown }] : [],
  );
  if (!failed.length) return undefined;
  const list = failed
    .map(({ id, reason }) => `${id} (${clerkWords(reason) ?? providerError('revoke', reason).message})`)
    .join(', ');
  return Object.assign(new Error(`clerk session.revoke: signed out here, but could not revoke the sessions ${list}`), {
    cause: failed.map(({ reason }) => reason),
    sessionIds: failed.map(({ id }) => id),
  });
}
