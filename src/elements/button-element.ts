import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Flight } from '../core/registry.js';
import { SlottedControlController } from '../controllers/slotted-control-controller.js';
import { needsActivation } from '../controllers/selectors.js';
import { AuthElement } from './auth-element.js';
import { styles } from './sign-out-button.styles.js';
import { theme } from './theme.styles.js';

/**
 * What the sign-out and sign-in buttons share: one inner button with a localized label that
 * slotted content replaces, or a slotted control that is the control itself (see
 * {@link SlottedControlController}), `disabled`, busy while a flight of the client runs, and focus
 * kept on the control after an activation.
 */
export abstract class ButtonElement extends AuthElement {
  static override styles = [theme, styles];

  /** Blocks activation by the user. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  readonly #slot = new SlottedControlController(this, {
    disabled: () => this.disabled || this.busy,
    onInteractive: () => this.warnOnce('has interactive content: slot one <button> or <a href> as the control'),
  });

  constructor() {
    super();
    this.addEventListener('click', this.#handleHostClick);
    this.addEventListener('keydown', this.#handleHostKeydown);
  }

  /** The default label, given what keeps the element busy (see `AuthController.busyWith`). */
  protected abstract label(busyWith: Flight['scope'] | undefined): string;

  /** What a user's activation (click, Enter, Space) starts. */
  protected abstract activate(): void;

  /**
   * One button around the default slot, or the bare slot around a slotted control. The label is
   * the slot's fallback, so server-rendered markup shows it only when nothing is slotted; blank
   * text hides a fallback, so then it follows the slot.
   */
  protected override render(): TemplateResult {
    const slot = this.serverView ? { control: null, hasContent: false, blank: false } : this.#slot;
    if (slot.control) return html`<slot></slot>`;
    const label = slot.hasContent ? nothing : this.label(this.busy ? this.authState.busyWith : undefined);
    return html`<button
      part="button"
      type="button"
      dir=${this.locale.dir}
      ?disabled=${this.disabled}
      aria-disabled=${this.busy ? 'true' : nothing}
      @click=${this.#activate}
    >
      <slot>${label}</slot>${slot.blank ? label : nothing}
    </button>`;
  }

  /** Runs `flow`, then gives focus back to the control if it had it and nothing else took it. */
  protected async keepFocus(flow: () => Promise<void> | void): Promise<void> {
    const focused = this.matches(':focus-within');
    await flow();
    await this.updateComplete;
    // A disabled control loses focus in some engines.
    const { activeElement } = this.ownerDocument;
    if (focused && this.isConnected && activeElement == this.ownerDocument.body) {
      (this.#slot.control ?? this.renderRoot.querySelector('button'))?.focus();
    }
  }

  // Listeners on the host, and Lit's template listeners, run with the element as `this`: methods,
  // not a closure per instance.
  #handleHostClick(event: MouseEvent): void {
    const control = this.#slot.control;
    if (control && event.composedPath().includes(control)) {
      // A link must not follow, a submit button must not submit.
      event.preventDefault();
      this.#activate();
    }
  }

  #handleHostKeydown(event: KeyboardEvent): void {
    const control = this.#slot.control;
    if (control && event.target == control && needsActivation(control, event.key)) {
      event.preventDefault();
      this.#activate();
    }
  }

  #activate(): void {
    if (!this.disabled) this.activate();
  }
}
