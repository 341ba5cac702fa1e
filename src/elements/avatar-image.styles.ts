import { css } from 'lit';

/** The avatar of `avatar()` (avatar-image.ts), for every element that renders one: sized by each. */
export const avatarStyles = css`
  [part~='avatar'] {
    display: inline-grid;
    place-items: center;
    flex: none;
    overflow: hidden;
    border-radius: 50%;
    color: #fff;
    font-weight: 600;
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
