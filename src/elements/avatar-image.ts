import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { AuthUser } from '../auth/types.js';
import { avatarColor, imageUrl, initials } from './user.js';

/** Image URLs that failed to load in one element, so its avatars show initials instead. */
export class BrokenImages {
  /** Made at the first failure: most elements never see one. */
  #urls?: Set<string>;
  constructor(private readonly host: ReactiveControllerHost) {}

  has(url: string): boolean {
    return !!this.#urls?.has(url);
  }

  add(url: string): void {
    (this.#urls ??= new Set()).add(url);
    this.host.requestUpdate();
  }
}

/** What an avatar shows: the image (`src`), else the initials on the user's colour; neither without a user. */
export interface Face {
  src: string | null;
  initials: string | typeof nothing;
  style: string | typeof nothing;
}

/**
 * A user's avatar as data: the image when its URL may be rendered and has not failed to load, else
 * the initials and their background. For templates that write the avatar out (one template clone
 * fewer) instead of nesting `avatar()`.
 */
export function face(user: AuthUser | undefined, broken: BrokenImages): Face {
  const url = user && imageUrl(user.imageUrl);
  const src = url && !broken.has(url) ? url : null;
  return user && !src
    ? { src, initials: initials(user), style: `background:${avatarColor(user.id)}` }
    : { src, initials: nothing, style: nothing };
}

/** The avatar's image, which marks its URL broken when it fails to load; nothing without one. */
export const faceImage = (src: string | null, broken: BrokenImages): TemplateResult | typeof nothing =>
  src ? html`<img alt="" referrerpolicy="no-referrer" src=${src} @error=${() => broken.add(src)} />` : nothing;

/**
 * A user's avatar (see `face()`). The initials are painted by CSS from `data-initials`, not
 * text: they picture the user, they are no label (WCAG's Label in Name), and the avatar is hidden
 * from assistive technology. Without a user, an empty avatar.
 */
export function avatar(user: AuthUser | undefined, broken: BrokenImages): TemplateResult {
  const { src, initials, style } = face(user, broken);
  // prettier-ignore
  return html`<span part="avatar" aria-hidden="true" data-initials=${initials} style=${style}>${faceImage(src, broken)}</span>`;
}
