import { warn } from './registry.js';
import type { AuthClient } from './types.js';

/**
 * `url` as an absolute URL when the elements may navigate to it, else `null` with a warning
 * naming it. Allowed: http(s) resolved against `document.baseURI`, no credentials, on the page's
 * origin or one of `client.allowedRedirectOrigins`. An opaque page origin follows nothing.
 */
export function vetUrl(url: string | null | undefined, client: AuthClient | null): string | null {
  if (!url) return null;
  try {
    const { href, protocol, username, password, origin } = new URL(url, document.baseURI);
    const allowed = [location.origin];
    for (const entry of client?.allowedRedirectOrigins ?? []) {
      try {
        allowed.push(new URL(entry).origin);
      } catch {
        // an unparseable entry allows nothing
      }
    }
    if (/^https?:$/.test(protocol) && !username && !password && location.origin != 'null' && allowed.includes(origin))
      return href;
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
