import { expect } from '@open-wc/testing';
import type { AuthAvatar, AuthShow, AuthSignInButton } from '../../src/index.js';
import { Harness } from './harness.js';

/** `<auth-sign-in-button>` as a user meets it. */
export class SignInButtonHarness extends Harness<AuthSignInButton> {
  /** The inner shadow button, or null in slotted-control mode. */
  get button(): HTMLButtonElement | null {
    return this.shadow.querySelector<HTMLButtonElement>('button[part="button"]');
  }

  /** The text the inner button shows by itself (its default label). */
  label(): string {
    return this.button?.textContent?.trim() ?? '';
  }

  click(): void {
    expect(this.button, 'the rendered sign-in button').to.exist;
    this.button!.click();
  }
}

/** `<auth-show>`: whether its children are on screen (and so in the accessibility tree). */
export class ShowHarness extends Harness<AuthShow> {
  /** Whether every child is laid out. */
  shown(): boolean {
    const children = [...this.element.children];
    return children.length > 0 && children.every(child => child.getClientRects().length > 0);
  }

  /** Whether no child is laid out, or visible by `checkVisibility()` where it exists. */
  hidden(): boolean {
    return [...this.element.children].every(
      child =>
        child.getClientRects().length == 0 && !(child as Element & { checkVisibility?(): boolean }).checkVisibility?.(),
    );
  }
}

/** `<auth-avatar>`: its avatar part, image and initials. */
export class AvatarHarness extends Harness<AuthAvatar> {
  get avatar(): HTMLElement | null {
    return this.shadow.querySelector<HTMLElement>('[part~="avatar"]');
  }

  get image(): HTMLImageElement | null {
    return this.shadow.querySelector('img');
  }

  /** The initials the avatar paints (from `data-initials`), or null. */
  initials(): string | null {
    return this.avatar?.getAttribute('data-initials') ?? null;
  }

  /** The accessible name's carrier: the `role="img"` wrapper, or null when decorative. */
  get labelled(): HTMLElement | null {
    return this.shadow.querySelector<HTMLElement>('[role="img"]');
  }
}

const cache = new WeakMap<HTMLElement, Harness<HTMLElement>>();
const of =
  <E extends HTMLElement, H extends Harness<E>>(make: new (el: E) => H) =>
  (el: E): H => {
    let harness = cache.get(el) as H | undefined;
    if (!harness) cache.set(el, (harness = new make(el)));
    return harness;
  };

export const signInButton = of(SignInButtonHarness);
export const show = of(ShowHarness);
export const avatarOf = of(AvatarHarness);
