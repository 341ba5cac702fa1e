/** Elements that are a control of their own (a slotted sign-out control; docs/contract.md, `<auth-sign-out-button>`). */
export const CONTROL = 'button,a[href],[role=button],[role=menuitem]';

/** Interactive or focusable content. */
export const INTERACTIVE = CONTROL + ',input,select,textarea,[tabindex]';
