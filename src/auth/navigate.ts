import { warn } from './registry.js';
import type { AuthClient } from './types.js';

/**
 * `url` as an absolute URL when the elements may navigate to it, else `null` with a warning
 * naming it. Allowed: http(s) resolved against `document.baseURI`, no credentials, on the page's
 * origin or the origin of one of `client.allowedRedirectOrigins` (unparseable entries allow
 * nothing). An opaque page origin follows nothing.
 */
export function vetUrl(url: string | null | undefined, client: AuthClient | null): string | null {
  if (!url) return null;
  try {
    const { href, protocol, username, password, origin } = new URL(url, document.baseURI);
    const allowed = (entry: string) => {
      try {
        return new URL(entry).origin == origin;
      } catch {
        return false;
      }
    };
    if (
      /^https?:$/.test(protocol) &&
      !username &&
      !password &&
      location.origin != 'null' &&
      [location.href, ...(client?.allowedRedirectOrigins ?? [])].some(allowed)
    ) {
      return href;
    }
  } catch {
    // not a URL
  }
  warn('refused to navigate to ' + JSON.stringify(url));
  return null;
}

/** Every navigation the elements make goes through here, after `vetUrl`. */
export function navigate(client: AuthClient | null, url: string): void {
  new Promise(go => go(client?.navigate ? client.navigate(url) : location.assign(url))).catch(error =>
    warn(`navigation to ${url} failed: ${error}`),
  );
}
