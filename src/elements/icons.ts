import { html } from 'lit';

/** The built-in items' icon names: also the name of each icon's slot, `icon-NAME` (menu-items.ts draws them). */
export type IconName = 'manage-account' | 'add-account' | 'sign-out' | 'sign-out-all';

/** The up-and-down chevron of the trigger's sidebar layout (`show-email`), drawn as the items' icons are. */
// prettier-ignore
export const CHEVRON = html`<span part="chevron" aria-hidden="true"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="M8 10l4-4 4 4M8 14l4 4 4-4"/></svg></span>`;
