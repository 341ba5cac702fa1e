import { safely } from './client.js';
import { warn } from '../core/log.js';
import type { AuthClient } from './types.js';

/**
 * The redirect rule, free of any page: `url` resolved against `base` as an absolute URL when the
 * elements may navigate to it, else `null`. Allowed: http(s), no credentials, on `pageOrigin` or
 * the origin of one of `allowedOrigins` (entries that are no absolute URL allow nothing). An
 * opaque page origin (`'null'`) follows nothing.
 */
export function vetRedirect(
  url: unknown,
  base: string,
  pageOrigin: string,
  allowedOrigins: readonly unknown[] = [],
): string | null {
  if (typeof url != 'string' || !url || pageOrigin == 'null') return null;
  try {
    const { href, protocol, username, password, origin } = new URL(url, base);
    const allowed = (entry: unknown) => {
      try {
        return typeof entry == 'string' && new URL(entry).origin == origin;
      } catch {
        return false;
      }
    };
    if (/^https?:$/.test(protocol) && !username && !password && (origin == pageOrigin || allowedOrigins.some(allowed)))
      return href;
  } catch {
    // not a URL
  }
  return null;
}

/** A refused URL in a message: a string quoted, anything else by its type (it may not convert to text). */
export const describe = (url: unknown): string => (typeof url == 'string' ? JSON.stringify(url) : `a ${typeof url}`);

/**
 * `url` as an absolute URL when the elements may navigate to it (see {@link vetRedirect}; relative
 * to `document.baseURI`, on this page's origin or one of `client.allowedRedirectOrigins`), else
 * `null` with a warning naming it. A client whose `allowedRedirectOrigins` is no array, or throws,
 * allows no other origin.
 */
export function vetUrl(url: unknown, client: AuthClient | null): string | null {
  if (url == null || url === '') return null;
  const extra: unknown = safely(() => client?.allowedRedirectOrigins, undefined);
  const vetted = vetRedirect(url, document.baseURI, location.origin, Array.isArray(extra) ? extra : []);
  if (!vetted) warn(`refused to navigate to ${describe(url)}`);
  return vetted;
}

/**
 * Every navigation the elements make goes through here, after `vetUrl`. Resolves when the
 * client's `navigate` settled, or at once after `location.assign`: `true` when the page stays
 * (the client navigated, or the navigation failed, with a warning), `false` when it is leaving.
 */
export function navigate(client: AuthClient | null, url: string): Promise<boolean> {
  let own = false;
  return new Promise(go => {
    own = !!client?.navigate;
    go(own ? client!.navigate!(url) : location.assign(url));
  }).then(
    () => own,
    error => (warn(`navigation to ${url} failed: ${error}`), true),
  );
}
