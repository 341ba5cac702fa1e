// Page objects: what a test needs of an element, as a user meets it (its shadow DOM parts, focus,
// the real mouse), so that tests say what happens and not how the DOM is built.
import { deepActiveElement } from '../helpers/dom.js';

export class Harness<E extends HTMLElement = HTMLElement> {
  constructor(readonly element: E) {}

  get shadow(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** The first shadow node matching `selector`. */
  query<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.shadow.querySelector<T>(selector)!;
  }

  /** The first shadow node whose `part` names `name`. */
  part<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.query<T>(`[part~="${name}"]`);
  }

  /** The node that has focus, looking into open shadow roots. */
  focused(): Element | null {
    return deepActiveElement();
  }

  /** Whether focus is on the element, in its shadow root, or on one of its light-DOM children. */
  hasFocus(): boolean {
    const active = deepActiveElement();
    return !!active && (active == this.element || this.shadow.contains(active) || this.element.contains(active));
  }

  isBusy(): boolean {
    return this.element.hasAttribute('busy');
  }
}
