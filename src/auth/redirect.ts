/**
 * `template` with each `{redirect}` replaced by `back`, URL-encoded (`''` without one): how a
 * sign-in URL says where its page sends the user back to. `%7Bredirect%7D` counts too: that is
 * how a `URL` object writes `{redirect}` in its path.
 */
export const fillRedirect = (template: string, back: string | null | undefined): string =>
  template.replace(/\{redirect\}|%7Bredirect%7D/gi, () => encodeURIComponent(back ?? ''));
