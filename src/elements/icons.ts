import { html, type TemplateResult } from 'lit';

/** The built-in items' icon names: also the name of each icon's slot, `icon-NAME`. */
export type IconName = 'manage-account' | 'add-account' | 'sign-out' | 'sign-out-all';

// 24-unit outline icons drawn with the text colour; the paths are this project's own. Each icon,
// with its `part="icon"` wrapper and its slot `icon-NAME`, is one static template: a render
// clones one template per icon, not one per wrapper, slot and drawing.
// prettier-ignore
export const ICONS: Record<IconName, TemplateResult> = {
  'manage-account': html`<span part="icon" aria-hidden="true"><slot name="icon-manage-account"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="9"/><circle cx="12" cy="10" r="3"/><path d="M6.8 18.4c1.2-1.8 3-2.9 5.2-2.9s4 1.1 5.2 2.9"/></svg></slot></span>`,
  'add-account': html`<span part="icon" aria-hidden="true"><slot name="icon-add-account"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><circle cx="9" cy="8" r="4"/><path d="M2 20c0-3.5 3-6 7-6s7 2.5 7 6M19 8v6M16 11h6"/></svg></slot></span>`,
  'sign-out': html`<span part="icon" aria-hidden="true"><slot name="icon-sign-out"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="M14 4h4a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-4M9 16l-4-4 4-4M5 12h10"/></svg></slot></span>`,
  'sign-out-all': html`<span part="icon" aria-hidden="true"><slot name="icon-sign-out-all"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="M14 4h4a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-4M10 16l-4-4 4-4M6 12h9M7 16l-4-4 4-4"/></svg></slot></span>`,
};

/** The up-and-down chevron of the trigger's sidebar layout (`show-email`). */
// prettier-ignore
export const CHEVRON = html`<span part="chevron" aria-hidden="true"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="M8 10l4-4 4 4M8 14l4 4 4-4"/></svg></span>`;
