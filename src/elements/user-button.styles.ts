import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    --_size: var(--auth-avatar-size, 2rem);
  }
  [hidden] {
    display: none !important;
  }
  [part~='placeholder'],
  [part~='trigger'] [part~='avatar'] {
    width: var(--_size);
    height: var(--_size);
  }
  [part~='placeholder'] {
    display: inline-block;
    vertical-align: middle;
    border-radius: 50%;
    background: var(--_hover);
  }
  button,
  ::slotted([role^='menuitem']) {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    cursor: pointer;
  }
  [part~='trigger'] {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    padding: 0;
    color: var(--_text);
    border-radius: 999px;
  }
  :host([show-email]) {
    display: block;
  }
  :host([show-email]) [part~='trigger'] {
    width: 100%;
    padding: 0.375rem 0.5rem;
    text-align: start;
    border-radius: var(--_radius);
  }
  :host([show-email]) [part~='trigger']:hover {
    background: var(--_hover);
  }
  /* Name and email stacked in the sidebar layout; in the others the name is the trigger's own flex item. */
  .identity {
    display: contents;
  }
  :host([show-email]) .identity {
    display: grid;
    flex: 1;
    min-width: 0;
  }
  :host([show-email]) .identity > span {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [part~='email'] {
    font-size: 0.875em;
    font-weight: 400;
    opacity: 0.75;
  }
  [part~='icon'],
  [part~='chevron'] {
    display: inline-flex;
    flex: none;
    width: var(--auth-icon-size, 1rem);
    height: var(--auth-icon-size, 1rem);
    opacity: 0.8;
  }
  [part~='icon'] svg,
  [part~='chevron'] svg,
  ::slotted([slot^='icon-']) {
    width: 100%;
    height: 100%;
  }
  [part~='separator'],
  ::slotted(hr) {
    height: 1px;
    margin: 0.25rem 0;
    background: var(--_border);
    border: 0;
  }
  [part~='trigger']:focus-visible,
  [role='menuitem']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  [part~='name'] {
    padding-inline-end: 0.5em;
    font-weight: 500;
  }
  [part~='avatar'] {
    width: 2rem;
    height: 2rem;
    font-size: 0.8em;
  }
  /* Without the popover API the attribute means nothing: the open attribute shows it then. */
  :host(:not([open])) [popover] {
    display: none;
  }
  [popover] {
    position: fixed;
    inset: auto;
    z-index: var(--auth-z-index, 1000);
    box-sizing: border-box;
    width: var(--auth-menu-width, 18rem);
    /* Percentages of the fixed containing block (the viewport) exclude scrollbars, unlike vw. */
    max-width: calc(100% - 16px);
    max-height: calc(100% - 16px);
    overflow: auto;
    margin: 0;
    padding: 0.375rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 10px 30px rgb(0 0 0 / 0.18);
  }
  [part~='header'],
  [part~='account'] {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-width: 0;
  }
  [part~='header'] {
    padding: 0.625rem 0.625rem 0.75rem;
    border-bottom: 1px solid var(--_border);
    margin-bottom: 0.375rem;
  }
  [part~='header'] > span:last-child,
  [part~='account'] > span:last-child {
    display: grid;
    min-width: 0;
  }
  [part~='header-name'],
  [part~='header-email'] {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [part~='header-name'] {
    font-weight: 600;
  }
  [part~='header-email'] {
    font-size: 0.875em;
    opacity: 0.75;
  }
  [role='menuitem'],
  ::slotted([role^='menuitem']) {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    box-sizing: border-box;
    width: 100%;
    padding: 0.5rem 0.625rem;
    text-align: start;
    border-radius: calc(var(--_radius) - 2px);
  }
  [role='menuitem']:hover,
  [role='menuitem']:focus,
  ::slotted([role^='menuitem']:hover),
  ::slotted([role^='menuitem']:focus) {
    background: var(--_hover);
  }
  [aria-disabled='true'] {
    cursor: progress;
    opacity: 0.6;
  }
  ::slotted([role^='menuitem']) {
    text-decoration: none;
  }
  @media (forced-colors: active) {
    [role='menuitem']:focus {
      outline: 2px solid Highlight;
    }
  }
`;
