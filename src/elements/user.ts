import type { AuthUser } from '../auth/types.js';

/** `name`, else `firstName lastName`, else `username`, else `email` (docs/contract.md, `<auth-user-button>`). */
export function displayName(user: AuthUser): string {
  return (
    user.name?.trim() ||
    [user.firstName, user.lastName].filter(Boolean).join(' ').trim() ||
    user.username?.trim() ||
    user.email?.trim() ||
    ''
  );
}

let segmenter: Intl.Segmenter | undefined;

/** The graphemes of `text`; one segmenter for all, since making one is costly. */
const graphemes = (text: string): string[] =>
  [...(segmenter ??= new Intl.Segmenter()).segment(text)].map(s => s.segment);

const first = (text?: string | null): string => graphemes(text?.trim() ?? '')[0] ?? '';

/** First grapheme of first and last name, else of the display name; upper-cased, at most 2. */
export function initials(user: AuthUser): string {
  const pair = first(user.firstName) + first(user.lastName);
  return graphemes((pair || first(displayName(user))).toUpperCase())
    .slice(0, 2)
    .join('');
}

/** FNV-1a (32 bit) of the user id, mod 360: a stable hue per user. */
export function hue(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % 360;
}

/** The image URL when it may be rendered (http(s) or `data:image/…`), else null. */
export function imageUrl(url?: string | null): string | null {
  if (!url) return null;
  try {
    const { protocol, href } = new URL(url);
    return /^https?:$/.test(protocol) || /^data:image\//i.test(href) ? href : null;
  } catch {
    return null;
  }
}
