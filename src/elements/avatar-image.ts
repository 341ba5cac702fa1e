import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { AuthUser } from '../auth/types.js';
import { avatarColor, imageUrl, initials } from './user.js';

/** Image URLs that failed to load in one element, so its avatars show initials instead. */
export class BrokenImages {
  #urls = new Set<string>();
  constructor(private readonly host: ReactiveControllerHost) {}

  has(url: string): boolean {
    return this.#urls.has(url);
  }

  add(url: string): void {
    this.#urls.add(url);
    this.host.requestUpdate();
  }
}

/**
 * A user's avatar: the image when its URL may be rendered and has not failed to load, else the
 * initials on the user's colour. The initials are painted by CSS from `data-initials`, not text:
 * they picture the user, they are no label (WCAG 2.5.3), and the avatar is hidden from assistive
 * technology. Without a user, an empty avatar.
 */
export function avatar(user: AuthUser | undefined, broken: BrokenImages): TemplateResult {
  const src = user && imageUrl(user.imageUrl);
  const image = src && !broken.has(src);
  return html`<span
    part="avatar"
    aria-hidden="true"
    data-initials=${user && !image ? initials(user) : nothing}
    style=${user && !image ? `background:${avatarColor(user.id)}` : nothing}
    >${image
      ? html`<img alt="" referrerpolicy="no-referrer" src=${src} @error=${() => broken.add(src)} />`
      : nothing}</span
  >`;
}
