/** Elements that are a control of their own (a slotted sign-out control). */
export const CONTROL = 'button,a[href],[role=button],[role=menuitem]';

/** Interactive or focusable content. */
export const INTERACTIVE = CONTROL + ',input,select,textarea,[tabindex]';

/**
 * Whether `key` activates `element` only by script: buttons activate on Enter and Space natively,
 * links on Enter, other elements on neither.
 */
export const needsActivation = (element: Element, key: string): boolean =>
  !(element instanceof HTMLButtonElement) &&
  (key == ' ' || (key == 'Enter' && !(element instanceof HTMLAnchorElement)));

/**
 * Whether focus is `host`'s to move: inside it (in its shadow root, where the document sees the
 * host, or on a slotted element), or dropped to the body (what had it was hidden or removed).
 */
export function ownsFocus(host: Element): boolean {
  const { activeElement, body } = host.ownerDocument;
  return activeElement == body || host.contains(activeElement);
}

/** The first enabled interactive element among the slot's elements and their descendants. */
export function firstInteractive(slot: HTMLSlotElement | null | undefined): HTMLElement | undefined {
  return slot
    ?.assignedElements({ flatten: true })
    .flatMap(element => [element, ...element.querySelectorAll(INTERACTIVE)])
    .find(element => element.matches(INTERACTIVE) && !element.matches(':disabled')) as HTMLElement | undefined;
}
