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

/** The first enabled interactive element among the slot's elements and their descendants. */
export function firstInteractive(slot: HTMLSlotElement | null | undefined): HTMLElement | undefined {
  return slot
    ?.assignedElements({ flatten: true })
    .flatMap(element => [element, ...element.querySelectorAll(INTERACTIVE)])
    .find(element => element.matches(INTERACTIVE) && !element.matches(':disabled')) as HTMLElement | undefined;
}
