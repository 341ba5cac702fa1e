import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { currentOf, safely } from '../auth/client.js';
import { AuthElement } from './auth-element.js';

export type AuthShowWhen = 'signed-in' | 'signed-out' | 'loading';
const STATES: readonly AuthShowWhen[] = ['signed-in', 'signed-out', 'loading'];

/**
 * Shows its children only in one state of the auth client: signed in, signed out, or loading (no
 * client yet, or `session` undefined). Its shadow root holds the default slot only in that state:
 * in any other, the children are not assigned to a slot, so they are neither rendered nor in the
 * accessibility tree, in every browser. The element itself is `display: contents`.
 *
 * @tagname auth-show
 * @summary Shows its content only when signed in, signed out, or loading.
 *
 * @slot - The content, shown only in the state `when` names.
 *
 * @cssstate busy - While a flight of its client (a sign-out, switch or sign-in) runs.
 */
export class AuthShow extends AuthElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /**
   * `signed-in` (default), `signed-out` or `loading`. An invalid value shows nothing (one warning).
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('when') && !STATES.includes(this.when))
      this.warnOnce(`when "${this.when}" is not one of ${STATES}`);
  }

  protected override render(): TemplateResult | typeof nothing {
    return this.#state() == this.when ? html`<slot></slot>` : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-show': AuthShow;
  }
}
