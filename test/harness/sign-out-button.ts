import { expect, oneEvent } from '@open-wc/testing';
import type { AuthSignOutButton } from '../../src/index.js';
import { Harness } from './harness.js';

/** `<auth-sign-out-button>` as a user meets it. */
export class SignOutButtonHarness extends Harness<AuthSignOutButton> {
  /** The inner shadow button, or null in slotted-control mode. */
  get button(): HTMLButtonElement | null {
    return this.shadow.querySelector<HTMLButtonElement>('button[part="button"]');
  }

  /** The text the inner button shows by itself (its default label). */
  label(): string {
    return this.button?.textContent?.trim() ?? '';
  }

  /** A user's click on the rendered button. */
  click(): void {
    const control = this.button;
    expect(control, 'the rendered sign-out button').to.exist;
    control!.click();
  }

  /** Clicks and resolves with the first `name` event that reaches `target` (default: the element). */
  clickFor<K extends keyof GlobalEventHandlersEventMap>(
    name: K,
    target: EventTarget = this.element,
  ): Promise<GlobalEventHandlersEventMap[K]> {
    const event = oneEvent<GlobalEventHandlersEventMap[K]>(target, name);
    this.click();
    return event;
  }
}

const harnesses = new WeakMap<AuthSignOutButton, SignOutButtonHarness>();

/** The harness of `el` (one per element). */
export function signOutButton(el: AuthSignOutButton): SignOutButtonHarness {
  let harness = harnesses.get(el);
  if (!harness) harnesses.set(el, (harness = new SignOutButtonHarness(el)));
  return harness;
}
