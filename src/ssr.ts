// Server rendering with `@lit-labs/ssr` (the `auth-elements/ssr` entry, free of side effects
// until it is imported on a server).
//
// The elements are LitElements: `@lit-labs/ssr`'s own `LitElementRenderer` renders them from the
// very templates the browser renders. On a server no auth client is known, so each element writes
// its loading state (an avatar-sized placeholder, a "Sign out" or "Sign in" button, an empty
// avatar, an `<auth-show>` whose slot is shown only for `when="loading"`) as declarative shadow DOM,
// in the language of its own `lang` attribute. In the browser, with `@lit-labs/ssr-client`'s
// `lit-element-hydrate-support.js` loaded before Lit, the element hydrates that markup and then
// renders its real state in the same task; without it, the element replaces the server's nodes
// with a fresh render, also before anything is painted. Either way nothing is duplicated and
// nothing moves.
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { AuthElement } from './elements/auth-element.js';

/**
 * `@lit-labs/ssr`'s `LitElementRenderer`, limited to this package's elements (and subclasses), for
 * render calls that list renderers per package:
 *
 * ```js
 * import 'auth-elements/define';
 * import { AuthElementsRenderer } from 'auth-elements/ssr';
 * import { render, LitElementRenderer } from '@lit-labs/ssr';
 *
 * render(html`<auth-user-button></auth-user-button>`, {
 *   elementRenderers: [AuthElementsRenderer, LitElementRenderer],
 * });
 * ```
 *
 * `LitElementRenderer` alone renders the elements just as well.
 */
export class AuthElementsRenderer extends LitElementRenderer {
  static override matchesClass(ceClass: typeof HTMLElement): boolean {
    return ceClass.prototype instanceof AuthElement;
  }
}
