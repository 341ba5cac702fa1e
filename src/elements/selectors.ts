/** Elements that are a control of their own (a slotted sign-out control, SPEC §3). */
export const CONTROL = 'button,a[href],[role=button],[role=menuitem]';

/** Interactive or focusable content. */
export const INTERACTIVE = CONTROL + ',input,select,textarea,[tabindex]';
