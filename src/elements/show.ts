import { css, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { currentOf, safely } from '../auth/client.js';
import { AuthElement } from './auth-element.js';

export type AuthShowWhen = 'signed-in' | 'signed-out' | 'loading';
const STATES: readonly AuthShowWhen[] = ['signed-in', 'signed-out', 'loading'];

/**
 * Shows its children only in one state of the auth client: signed in, signed out, or loading (no
 * client yet, or `session` undefined). In any other state its slot is `hidden` (`display: none`),
 * so the children are not rendered, cannot take focus and are out of the accessibility tree, in
 * every browser. The element itself is `display: contents`.
 *
 * @tagname auth-show
 * @summary Shows its content only when signed in, signed out, or loading.
 *
 * @slot - The content, shown only in the state `when` names.
 *
 * @cssstate busy - While a flight of its client (a sign-out, switch or sign-in) runs (no `aria-busy`:
 *   the content stays readable).
 */
export class AuthShow extends AuthElement {
  protected override get announcesBusy(): boolean {
    return false;
  }

  static override styles = css`
    :host {
      display: contents;
    }
    :host([hidden]),
    slot[hidden] {
      display: none !important;
    }
  `;

  /**
   * `signed-in` (default, also when the attribute is removed), `signed-out` or `loading`. An
   * invalid value shows nothing (one warning).
   */
  @property() when: AuthShowWhen = 'signed-in';

  /**
   * With `signed-in`: only when signed in as this session (the client's current session);
   * with `signed-out`: when not signed in as it.
   */
  @property({ attribute: 'session-id' }) sessionId: string | null = null;

  /** The client's state now: a server render and a missing client are `loading`. */
  #state(): AuthShowWhen {
    const session = safely(() => currentOf(this.client), null);
    return session === undefined || !this.client
      ? 'loading'
      : session && (!this.sessionId || session.id == this.sessionId)
        ? 'signed-in'
        : 'signed-out';
  }

  /** `when`, or its default once removed (`null`) or set to `undefined`, as frameworks do. */
  get #when(): AuthShowWhen {
    return this.when ?? 'signed-in';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('when') && !STATES.includes(this.#when))
      this.warnOnce(`when "${this.when}" is not one of ${STATES}`);
  }

  protected override render(): TemplateResult {
    return html`<slot ?hidden=${this.#state() != this.#when}></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-show': AuthShow;
  }
}
