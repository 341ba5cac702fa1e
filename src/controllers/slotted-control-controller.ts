import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CONTROL, INTERACTIVE } from './selectors.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The nodes of the default slot that count: elements without a `slot`, and non-blank text. */
const slotted = (host: Element): Node[] =>
  [...host.childNodes].filter(node =>
    node instanceof Element ? !node.slot : node.nodeType == 3 && !!node.textContent?.trim(),
  );

/**
 * The "a slotted control is the control" rule of a button element: when the only node in the
 * default slot (comments and blank text ignored) is a `<button>`, `<a href>`, `[role=button]` or
 * `[role=menuitem]`, it is the control and the element renders no button of its own. While it is,
 * the control is disabled (`aria-disabled`, and `disabled` on a button) when `disabled()` says so,
 * and a `<button>` acts as `type="button"` (a form's Enter must not activate it); the author's
 * values come back when it stops being the control or the host disconnects.
 */
export class SlottedControlController implements ReactiveController {
  /** The slotted control, or null. */
  control: HTMLElement | null = null;
  /** Whether anything but blank text is slotted (a label replacing the default one). */
  hasContent = false;
  /** Whether only blank text is slotted, which hides a slot's fallback content. */
  blank = false;
  #host: Host;
  #disabled: () => boolean;
  #onInteractive: () => void;
  /** The control's own `aria-disabled`, `disabled` and `type`, kept while overridden. */
  #saved?: { ariaDisabled: string | null; disabled: boolean; type: string | null };

  constructor(host: Host, options: { disabled: () => boolean; onInteractive: () => void }) {
    (this.#host = host).addController(this);
    this.#disabled = options.disabled;
    this.#onInteractive = options.onInteractive;
  }

  hostConnected(): void {
    this.#host.renderRoot?.addEventListener('slotchange', this.#read);
    this.#read();
  }

  hostDisconnected(): void {
    this.#host.renderRoot?.removeEventListener('slotchange', this.#read);
    this.#release();
  }

  hostUpdated(): void {
    const control = this.control;
    if (!control) return;
    this.#saved ??= {
      ariaDisabled: control.getAttribute('aria-disabled'),
      disabled: control.hasAttribute('disabled'),
      type: control.getAttribute('type'),
    };
    const off = this.#disabled();
    if (control instanceof HTMLButtonElement) {
      control.type = 'button';
      control.disabled = off || this.#saved.disabled;
    }
    if (off) control.setAttribute('aria-disabled', 'true');
    else restore(control, 'aria-disabled', this.#saved.ariaDisabled);
  }

  /** Re-reads the default slot's nodes (on connect and on every `slotchange`). */
  #read = (): void => {
    const nodes = slotted(this.#host);
    const only = nodes.length == 1 && nodes[0] instanceof HTMLElement ? nodes[0] : null;
    const control = only?.matches(CONTROL) ? only : null;
    if (control != this.control) this.#release();
    this.control = control;
    this.hasContent = nodes.length > 0;
    this.blank =
      !this.hasContent && [...this.#host.childNodes].some(node => node.nodeType == 3 && !(node as Element).slot);
    if (!control && nodes.some(n => n instanceof Element && (n.matches(INTERACTIVE) || n.querySelector(INTERACTIVE)))) {
      this.#onInteractive();
    }
    this.#host.requestUpdate();
  };

  /** Gives the control back its author's values. */
  #release(): void {
    const { control } = this;
    const saved = this.#saved;
    this.#saved = undefined;
    if (!control || !saved) return;
    restore(control, 'aria-disabled', saved.ariaDisabled);
    restore(control, 'type', saved.type);
    if (control instanceof HTMLButtonElement) control.disabled = saved.disabled;
  }
}

const restore = (element: Element, name: string, value: string | null): void =>
  value == null ? element.removeAttribute(name) : element.setAttribute(name, value);
