import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    color: var(--_text);
    --_danger: var(--auth-danger, light-dark(#b42318, #fda29b));
    --_muted: color-mix(in srgb, var(--_text) 68%, var(--_surface));
  }
  [part~='list'] {
    margin: 0;
    padding: 0;
    list-style: none;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='device'] {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    padding: 0.75rem 1rem;
  }
  [part~='device'] + [part~='device'] {
    border-top: 1px solid var(--_border);
  }
  [part~='device-icon'] {
    display: inline-flex;
    flex: none;
    color: var(--_muted);
  }
  [part~='device-icon'] svg {
    width: var(--auth-icon-size, 1.5rem);
    height: var(--auth-icon-size, 1.5rem);
  }
  [part~='device-text'] {
    display: flex;
    flex: 1;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.125rem 0.5rem;
    min-width: 0;
  }
  [part~='device-name'] {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  [part~='badge'] {
    padding: 0 0.5em;
    font-size: 0.8em;
    color: var(--_accent);
    border: 1px solid currentColor;
    border-radius: 999px;
  }
  [part~='device-details'] {
    flex-basis: 100%;
    font-size: 0.875em;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  button {
    flex: none;
    padding: 0.35em 0.8em;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  [part~='sign-out'],
  [part~='sign-out-others'] {
    color: var(--_danger);
  }
  [part~='sign-out-others'] {
    margin-top: 0.75rem;
  }
  button:hover {
    background: var(--_hover);
  }
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  [aria-disabled='true'] {
    opacity: 0.55;
    cursor: progress;
  }
  [part~='status'] {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0;
    color: var(--_muted);
  }
  /* Not :first-child: a server-rendered shadow root starts with a <style> element. */
  [part~='list'] + [part~='status'] {
    margin-top: 0.75rem;
  }
  /* The live region: read by screen readers, not shown (the list itself shows the result). */
  [role='status'] {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [part~='retry'] {
    margin-top: 0.5rem;
  }
  [part~='spinner'] {
    width: 1em;
    height: 1em;
    border: 2px solid var(--_border);
    border-top-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    [part~='spinner'] {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    [part~='badge'],
    [part~='sign-out'],
    [part~='sign-out-others'] {
      color: ButtonText;
    }
  }
`;
