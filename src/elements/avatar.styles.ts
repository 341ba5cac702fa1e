import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    line-height: 0;
    --_size: var(--auth-avatar-size, 2rem);
  }
  :host([hidden]) {
    display: none !important;
  }
  [part~='avatar'] {
    width: var(--_size);
    height: var(--_size);
    font-size: calc(var(--_size) * 0.4);
    line-height: 1;
  }
  /* Loading, or an image still loading: a faint circle in the text colour of the page. */
  [part~='avatar']:not([data-initials]) {
    color: inherit;
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
`;
