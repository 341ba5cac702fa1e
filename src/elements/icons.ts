import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/** The built-in items' icon names: also the name of each icon's slot, `icon-NAME`. */
export type IconName = 'manage-account' | 'add-account' | 'sign-out' | 'sign-out-all';

// 24-unit outline icons drawn with the text colour; the paths are this project's own.
const paths: Record<IconName | 'chevron', SVGTemplateResult> = {
  'manage-account': svg`<circle cx="12" cy="12" r="9"/><circle cx="12" cy="10" r="3"/><path d="M6.8 18.4c1.2-1.8 3-2.9 5.2-2.9s4 1.1 5.2 2.9"/>`,
  'add-account': svg`<circle cx="9" cy="8" r="4"/><path d="M2 20c0-3.5 3-6 7-6s7 2.5 7 6M19 8v6M16 11h6"/>`,
  'sign-out': svg`<path d="M14 4h4a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-4M9 16l-4-4 4-4M5 12h10"/>`,
  'sign-out-all': svg`<path d="M14 4h4a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-4M10 16l-4-4 4-4M6 12h9M7 16l-4-4 4-4"/>`,
  chevron: svg`<path d="M8 10l4-4 4 4M8 14l4 4 4-4"/>`,
};

/** An outline SVG in the text colour, hidden from assistive technology. */
// prettier-ignore
const glyph = (name: IconName | 'chevron'): TemplateResult =>
  html`<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${paths[name]}</svg>`;

/** A built-in item's icon: `part="icon"`, replaceable through the slot `icon-NAME`. */
export const icon = (name: IconName): TemplateResult => {
  const glyphed = glyph(name);
  const slot = {
    'manage-account': html`<slot name="icon-manage-account">${glyphed}</slot>`,
    'add-account': html`<slot name="icon-add-account">${glyphed}</slot>`,
    'sign-out': html`<slot name="icon-sign-out">${glyphed}</slot>`,
    'sign-out-all': html`<slot name="icon-sign-out-all">${glyphed}</slot>`,
  }[name];
  return html`<span part="icon" aria-hidden="true">${slot}</span>`;
};

/** The up-and-down chevron of the trigger's sidebar layout (`show-email`). */
export const chevron = (): TemplateResult => html`<span part="chevron" aria-hidden="true">${glyph('chevron')}</span>`;
