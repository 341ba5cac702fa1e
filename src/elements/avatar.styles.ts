import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    line-height: 0;
    --_size: var(--auth-avatar-size, 2rem);
  }
  [part~='avatar'] {
    display: inline-grid;
    place-items: center;
    width: var(--_size);
    height: var(--_size);
    overflow: hidden;
    border-radius: 50%;
    background: var(--_hover);
    color: #fff;
    font-size: calc(var(--_size) * 0.4);
    font-weight: 600;
    line-height: 1;
  }
  [data-initials]::before {
    content: attr(data-initials);
  }
  img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  @media (forced-colors: active) {
    [part~='avatar'] {
      forced-color-adjust: none;
    }
  }
`;
