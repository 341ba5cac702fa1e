import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { currentOf, listOf, safely } from '../auth/client.js';
import type { AuthSession } from '../auth/types.js';
import { format } from '../i18n/strings.js';
import { avatar, BrokenImages } from './avatar-image.js';
import { AuthElement } from './auth-element.js';
import { avatarStyles } from './avatar-image.styles.js';
import { styles } from './avatar.styles.js';
import { displayName } from './user.js';

/**
 * The avatar of the signed-in user (or of the session `session-id`), as the user button shows it:
 * the image when its URL may be rendered and loads, else the initials on the user's colour. An
 * empty circle (in a faint shade of the text colour) while loading; nothing when signed out.
 *
 * @tagname auth-avatar
 * @summary The user's avatar on its own: image or initials, decorative unless labelled.
 *
 * @csspart avatar - The avatar (image or initials).
 *
 * @cssprop --auth-avatar-size - Width and height (default 2rem); the initials scale with it.
 *
 * @cssstate busy - While a flight of its client (a sign-out, switch or sign-in) runs (no `aria-busy`:
 *   the content stays readable).
 */
export class AuthAvatar extends AuthElement {
  protected override get announcesBusy(): boolean {
    return false;
  }

  static override styles = [avatarStyles, styles];

  /** The session whose user to show, among the client's `sessions`. Default: the current session. */
  @property({ attribute: 'session-id' }) sessionId: string | null = null;

  /**
   * The accessible name (`{name}` = the user's display name), making the avatar an image for
   * assistive technology ("Loading account", localized, while loading). Absent, empty or not
   * text: decorative, hidden from assistive technology.
   */
  @property() label: string | null = null;

  readonly #broken = new BrokenImages(this);

  /** The session to show: `undefined` while loading, `null` when there is none. */
  #session(): AuthSession | null | undefined {
    return safely(() => {
      const current = currentOf(this.client);
      if (!this.client || current === undefined) return undefined;
      if (!this.sessionId || current?.id == this.sessionId) return current;
      return listOf(this.client)?.find(s => s.id == this.sessionId) ?? null;
    }, null);
  }

  protected override render(): TemplateResult | typeof nothing {
    const session = this.#session();
    if (session === null) return nothing;
    const image = avatar(session?.user, this.#broken);
    // Set as a property, a label may be anything: only text labels.
    const label = typeof this.label == 'string' && this.label;
    if (!label) return image;
    const name = session ? format(label, { name: displayName(session.user) }) : this.locale.strings.loading;
    return html`<span role="img" aria-label=${name}>${image}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-avatar': AuthAvatar;
  }
}
