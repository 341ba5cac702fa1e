import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CHECKABLE } from '../elements/checkable.js';
import { needsActivation, ownsFocus } from './selectors.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Where focus goes when the menu opens: its first item, its last, or nowhere (a pointer opened it). */
export type OpenFocus = 'first' | 'last' | 'none';
/** Where focus goes when the menu closes: back to the trigger, or nowhere (Tab, a press elsewhere). */
export type CloseFocus = 'trigger' | 'none';

export interface MenuOptions {
  /** The `role="menu"` element; its children are items, slots of items and groups of items. */
  menu(): HTMLElement | null | undefined;
  trigger(): HTMLElement | null | undefined;
  /** Whether the menu is open now. */
  isOpen(): boolean;
  /** Opens or closes it (the host's `open` state); resolves once rendered, true if it changed. */
  setOpen(open: boolean): Promise<boolean>;
  /** Called after a change made here, once focus has moved (the host's events). */
  toggled(open: boolean): void;
}

/** No slotted items claimed: shared by every menu until its first `slotchange`. */
const UNCLAIMED: ReadonlyMap<Element, string[]> = new Map();

/** How long typed letters count as one search. */
const TYPEAHEAD_MS = 600;

/** An item's label for typeahead: its text, as shown, lower-cased. */
const labelOf = (item: HTMLElement): string => (item.textContent ?? '').trim().toLocaleLowerCase();

/**
 * The WAI-ARIA menu-button pattern for one menu: its items (built-in and slotted, in document
 * order, hidden ones skipped), roving focus with the arrow keys, Home and End (wrapping), typeahead,
 * Escape and Tab, and a press outside. Slotted items get `role="menuitem"` and `tabindex="-1"`
 * while slotted and lose both when they leave. Closing names where focus goes; focus returns to the
 * trigger only when it is still inside the element, so an action that moved it elsewhere (a
 * dialog, a page region) keeps it there.
 */
export class MenuController implements ReactiveController {
  #host: Host;
  #options: MenuOptions;
  /** Slotted items this menu gave a role, to take it back when they leave. */
  #claimed: ReadonlyMap<Element, string[]> = UNCLAIMED;
  #typed = '';
  #typedAt = 0;
  #listening = false;

  constructor(host: Host, options: MenuOptions) {
    (this.#host = host).addController(this);
    this.#options = options;
  }

  hostUpdated(): void {
    this.#listen(this.#options.isOpen());
  }

  hostDisconnected(): void {
    this.#listen(false);
  }

  /** The menu's items in order: built-in, slotted and grouped; only those shown unless `all`. */
  items(all = false): HTMLElement[] {
    const items: HTMLElement[] = [];
    for (const child of this.#options.menu()?.children ?? []) {
      const list =
        child instanceof HTMLSlotElement
          ? child.assignedElements()
          : child.getAttribute('role') == 'group'
            ? [...child.children]
            : [child];
      for (const item of list as HTMLElement[]) {
        if (all || !(item.hidden || (child as HTMLElement).hidden || item.getAttribute('role') == 'separator')) {
          items.push(item);
        }
      }
    }
    return items;
  }

  /** The item that `event` happened on, if any. */
  itemOf(event: Event): HTMLElement | undefined {
    const items = this.items();
    return event.composedPath().find(node => items.includes(node as HTMLElement)) as HTMLElement | undefined;
  }

  /** Marks the slotted items busy or not (`aria-disabled`): they are the host's, not its template's. */
  setSlottedBusy(busy: boolean): void {
    if (!this.hasSlotted) return;
    for (const item of this.items(true))
      if (item.slot && item.localName != 'hr') item.ariaDisabled = busy ? 'true' : null;
  }

  /** Whether a slot of the menu has items (or separators). */
  get hasSlotted(): boolean {
    return this.#claimed.size > 0;
  }

  /**
   * Gives the items of a slot their role (an `<hr>` becomes a separator, checkable items keep
   * theirs and get `aria-checked`), and takes back what it gave from those that left (on `slotchange`).
   */
  readonly handleSlotChange = (event: Event): void => {
    const now = new Map<Element, string[]>();
    for (const item of (event.target as HTMLSlotElement).assignedElements()) {
      const given = this.#claimed.get(item) ?? [];
      // An attribute the author set is kept (a role only when it is one of a separator or checkable item).
      const give = (name: string, value: string, force = false) => {
        if (!force && item.hasAttribute(name) && !given.includes(name)) return;
        item.setAttribute(name, value);
        if (!given.includes(name)) given.push(name);
      };
      const role = item.getAttribute('role') ?? '';
      if (item.localName == 'hr') give('role', 'separator');
      // Once there, `aria-checked` is the item's state (toggled by the menu or the page): kept.
      else if (CHECKABLE.includes(role)) {
        if (!item.hasAttribute('aria-checked')) give('aria-checked', 'false');
      } else give('role', 'menuitem', true);
      if (item.localName != 'hr') give('tabindex', '-1');
      now.set(item, given);
    }
    for (const [item, given] of this.#claimed) {
      if (!now.has(item)) for (const name of [...given, 'aria-disabled']) item.removeAttribute(name);
    }
    this.#claimed = now;
    this.#host.requestUpdate();
  };

  /** Opens the menu and moves focus as asked. */
  async open(focus: OpenFocus): Promise<void> {
    const changed = await this.#options.setOpen(true);
    if (!this.#options.isOpen()) return;
    const items = this.items();
    (focus == 'first' ? items[0] : focus == 'last' ? items.at(-1) : undefined)?.focus();
    if (changed) this.#options.toggled(true);
  }

  /**
   * Closes the menu. With `trigger`, focus goes back to the trigger if the element still owns it:
   * it is inside the element, or was and has been dropped to the body (the item that had it was
   * hidden or removed).
   */
  async close(focus: CloseFocus): Promise<void> {
    const ours = ownsFocus(this.#host);
    const changed = await this.#options.setOpen(false);
    if (focus == 'trigger' && ours && ownsFocus(this.#host)) this.#options.trigger()?.focus();
    if (changed) this.#options.toggled(false);
  }

  readonly handleTriggerKeydown = (event: KeyboardEvent): void => {
    if (event.key == 'ArrowDown' || event.key == 'ArrowUp') {
      event.preventDefault();
      void this.open(event.key == 'ArrowUp' ? 'last' : 'first');
    } else if (event.key == 'Escape' && this.#options.isOpen()) {
      event.preventDefault();
      void this.close('trigger');
    }
  };

  readonly handleMenuKeydown = (event: KeyboardEvent): void => {
    const items = this.items();
    const current = this.itemOf(event);
    const index = current ? items.indexOf(current) : -1;
    const { key } = event;
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: -1 }[key];
    if (next != null) {
      event.preventDefault();
      items.at(next % items.length)?.focus();
    } else if (key == 'Escape') {
      event.preventDefault();
      void this.close('trigger');
    } else if (key == 'Tab') {
      void this.close('none');
    } else if (current && needsActivation(current, key)) {
      // In a menu Enter and Space activate every item.
      event.preventDefault();
      current.click();
    } else if (key.length == 1 && key != ' ' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      this.#typeahead(key.toLocaleLowerCase(), items, index);
    }
  };

  /**
   * Moves to the next item whose label starts with the letters typed in a row; the same letter
   * typed again moves on to the next item starting with it.
   */
  #typeahead(letter: string, items: HTMLElement[], index: number): void {
    const now = performance.now();
    this.#typed = now - this.#typedAt > TYPEAHEAD_MS ? letter : this.#typed + letter;
    this.#typedAt = now;
    const repeated = [...this.#typed].every(char => char == letter);
    const search = repeated ? letter : this.#typed;
    // A new search starts after the focused item; a longer one may stay on it.
    const start = repeated ? index + 1 : Math.max(index, 0);
    for (let i = 0; i < items.length; i++) {
      const item = items[(start + i) % items.length]!;
      if (labelOf(item).startsWith(search)) return item.focus();
    }
  }

  /** Focus moving to something else on the page (not a press on the menu's own text) closes it. */
  #handleFocusOut = (event: Event): void => {
    const { relatedTarget } = event as FocusEvent;
    if (this.#options.isOpen() && relatedTarget && !this.#host.contains(relatedTarget as Node)) void this.close('none');
  };

  /** A pointer press outside the element closes the menu. */
  #handleOutside = (event: Event): void => {
    if (!event.composedPath().includes(this.#host)) void this.close('none');
  };

  /** Focus leaving and presses outside are listened to only while the menu is open. */
  #listen(on: boolean): void {
    if (on == this.#listening) return;
    this.#listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('pointerdown', this.#handleOutside, true);
    this.#host[method]('focusout', this.#handleFocusOut);
  }
}
