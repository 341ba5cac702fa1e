import { expect, oneEvent } from '@open-wc/testing';
import type { AuthUserButton } from '../../src/index.js';
import { visible } from '../helpers/dom.js';
import { firstOf } from '../helpers/events.js';
import { Harness } from './harness.js';

/** The built-in menu items, by their `data-item` key. */
export type ItemKey = 'manage' | 'add' | 'out' | 'all';

/** A short name of a menu item (or any node) for assertion messages. */
export const nameOf = (node: Element | null): string =>
  !node
    ? 'nothing'
    : node instanceof HTMLElement && node.dataset.session
      ? `account ${node.dataset.session}`
      : node.textContent!.trim() || node.localName;

/** `<auth-user-button>` as a user meets it. */
export class UserButtonHarness extends Harness<AuthUserButton> {
  get trigger(): HTMLButtonElement {
    return this.query<HTMLButtonElement>('button[part~="trigger"]');
  }

  /** The trigger's avatar. */
  get avatar(): HTMLElement {
    return this.trigger.querySelector<HTMLElement>('[part~="avatar"]')!;
  }

  /** The avatar in the menu's header. */
  get headerAvatar(): HTMLElement {
    return this.part('header').querySelector<HTMLElement>('[part~="avatar"]')!;
  }

  get placeholder(): HTMLElement {
    return this.part('placeholder');
  }

  /** The menu's surface, a manual popover (so only the element opens and closes it). */
  get popover(): HTMLElement {
    return this.query('[part~="popover"][popover="manual"]');
  }

  /** The menu: rendered when it first opens, kept from then on (null before). */
  get menu(): HTMLElement | null {
    return this.shadow.querySelector<HTMLElement>('[part~="menu"][role="menu"]');
  }

  /** The trigger's accessible name. */
  label(): string | null {
    return this.trigger.getAttribute('aria-label');
  }

  expanded(): string | null {
    return this.trigger.getAttribute('aria-expanded');
  }

  /** A built-in item by key (present even when hidden). */
  item(key: ItemKey): HTMLButtonElement {
    return this.query<HTMLButtonElement>(`[part~="menu"] button[role="menuitem"][data-item="${key}"]`);
  }

  /** The row of another signed-in account, or null. */
  account(id: string): HTMLButtonElement | null {
    return this.shadow.querySelector<HTMLButtonElement>(
      `[part~="accounts"][role="group"] button[role="menuitem"][part~="account"][data-session="${id}"]`,
    );
  }

  /** The menu items on screen, built-in and slotted, top to bottom. */
  items(): HTMLElement[] {
    return [
      ...this.shadow.querySelectorAll<HTMLElement>('[role="menuitem"]'),
      ...this.element.querySelectorAll<HTMLElement>('[role="menuitem"]'),
    ]
      .filter(visible)
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
  }

  /** The other accounts the open menu shows, top to bottom. */
  otherAccounts(): string[] {
    return this.items()
      .filter(node => node.dataset.session)
      .map(node => node.dataset.session!);
  }

  /** Whether the popover is open (`:popover-open`), without further checks. */
  popoverOpen(): boolean {
    return this.popover.matches(':popover-open');
  }

  /** Whether the menu is open, checking that `open`, `aria-expanded` and the screen agree. */
  isOpen(): boolean {
    const open = !!this.menu && visible(this.menu);
    expect(this.element.open, 'the open property matches the screen').to.equal(open);
    expect(this.expanded(), 'aria-expanded matches the screen').to.equal(String(open));
    return open;
  }

  /** Opens the menu with a click on the trigger. */
  async open(): Promise<void> {
    expect(visible(this.trigger), 'the trigger is shown').to.equal(true);
    expect(this.isOpen(), 'the menu is closed before the click').to.equal(false);
    const opened = oneEvent(this.element, 'auth-menu-opened');
    this.trigger.click();
    await opened;
    expect(this.isOpen(), 'the menu opened').to.equal(true);
  }

  /** A click on a menu item the user can see: a built-in key, or the item itself. */
  choose(item: ItemKey | HTMLElement | null): void {
    const node = typeof item == 'string' ? this.item(item) : item;
    expect(node, 'the item exists').to.exist;
    expect(visible(node), `"${nameOf(node)}" is shown`).to.equal(true);
    node!.click();
  }

  /** Chooses `item` and resolves with the first of `names` that reaches `target`. */
  chooseFor(item: ItemKey | HTMLElement | null, names: string[], target: EventTarget): Promise<CustomEvent> {
    const event = firstOf(target, names);
    this.choose(item);
    return event;
  }
}

const harnesses = new WeakMap<AuthUserButton, UserButtonHarness>();

/** The harness of `el` (one per element). */
export function userButton(el: AuthUserButton): UserButtonHarness {
  let harness = harnesses.get(el);
  if (!harness) harnesses.set(el, (harness = new UserButtonHarness(el)));
  return harness;
}
