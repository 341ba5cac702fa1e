/**
 * `template` with each `{redirect}` replaced by `back`, URL-encoded (`''` without one): how a
 * sign-in URL says where its page sends the user back to.
 */
export const fillRedirect = (template: string, back: string | null | undefined): string =>
  template.replaceAll('{redirect}', encodeURIComponent(back ?? ''));
