import { css } from 'lit';

/**
 * The design tokens both elements read. Colours use `light-dark()`: the OS preference applies
 * unless a page forces a theme with `--auth-color-scheme: dark|light` on any ancestor.
 */
export const theme = css`
  :host {
    color-scheme: var(--auth-color-scheme, light dark);
    --_accent: var(--auth-accent, light-dark(#4338ca, #a5b4fc));
    --_surface: var(--auth-surface, light-dark(#fff, #1e1f24));
    --_text: var(--auth-text, light-dark(#1f2328, #f0f1f3));
    --_border: var(--auth-border, light-dark(#d0d4da, #3d4049));
    --_hover: color-mix(in srgb, var(--_text) 7%, var(--_surface));
    --_radius: var(--auth-radius, 8px);
    font: var(--auth-font, inherit);
  }
  :host([hidden]) {
    display: none !important;
  }
`;
