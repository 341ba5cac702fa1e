import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ICONS, type IconName } from './icons.js';

/** The tokens of the `items` attribute, in their default display order. */
export const MENU_TOKENS = ['manage-account', 'custom', 'accounts', 'add-account', 'sign-out', 'sign-out-all'] as const;
export type MenuToken = (typeof MENU_TOKENS)[number];

/** The built-in menu items, by their `data-item` key. */
export type ItemKey = 'manage' | 'add' | 'out' | 'all';

/** The group of each token: a separator stands between shown tokens of different groups. */
const GROUP: Record<MenuToken, number> = {
  'manage-account': 0,
  custom: 0,
  accounts: 1,
  'add-account': 1,
  'sign-out': 2,
  'sign-out-all': 2,
};

/**
 * The tokens of an `items` value, in its order, each once; `null` means the default order. Unknown
 * tokens are left out and reported to `unknown`.
 */
export function parseItems(value: string | null | undefined, unknown: (token: string) => void): MenuToken[] {
  if (value == null) return [...MENU_TOKENS];
  const tokens = new Set<MenuToken>();
  for (const token of String(value).split(/\s+/)) {
    if ((MENU_TOKENS as readonly string[]).includes(token)) tokens.add(token as MenuToken);
    else if (token) unknown(token);
  }
  return [...tokens];
}

/**
 * One block of the menu: whether it has anything to show, and its content after its separator,
 * given whether the separator shows and whether the block is hidden (one template for both, so a
 * render clones one template per block).
 */
export interface MenuBlock {
  shown: boolean;
  render(separated: boolean, hidden: boolean): TemplateResult;
}

/**
 * The menu's blocks in the order `order` lists them, then the unlisted ones hidden (so every
 * block keeps its DOM, and focus survives a change of order). A separator precedes each shown
 * block whose group differs from the previous shown block's.
 */
export function menuBlocks(order: MenuToken[], blocks: Record<MenuToken, MenuBlock>): unknown {
  const listed = new Set(order);
  const keys = [...order, ...MENU_TOKENS.filter(token => !listed.has(token))];
  let group = -1;
  return repeat(
    keys,
    token => token,
    token => {
      const shown = listed.has(token) && blocks[token].shown;
      const separated = shown && group >= 0 && GROUP[token] != group;
      if (shown) group = GROUP[token];
      return blocks[token].render(separated, !shown);
    },
  );
}

/** Each built-in item's parts: `menu-item` and its own. */
const PARTS: Record<IconName, { part: string }> = {
  'manage-account': { part: 'menu-item manage-account' },
  'add-account': { part: 'menu-item add-account' },
  'sign-out': { part: 'menu-item sign-out' },
  'sign-out-all': { part: 'menu-item sign-out-all' },
};

/** A built-in item after its separator: its icon and its label, the label its only text (hosts and tests read it). */
// prettier-ignore
export const menuItem = (key: ItemKey, name: IconName, label: string, separated: boolean, hidden: boolean, busy: boolean): TemplateResult =>
  html`<div role="separator" part="separator" ?hidden=${!separated}></div><button type="button" role="menuitem" tabindex="-1" part=${PARTS[name].part} data-item=${key} aria-disabled=${busy ? 'true' : nothing} ?hidden=${hidden}>${ICONS[name]}${label}</button>`;
