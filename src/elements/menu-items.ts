import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { IconName } from './icons.js';

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
export function parseItems(value: string | null | undefined, unknown: (token: string) => void): readonly MenuToken[] {
  if (value == null) return MENU_TOKENS;
  const tokens = new Set<MenuToken>();
  for (const token of String(value).split(/\s+/)) {
    if ((MENU_TOKENS as readonly string[]).includes(token)) tokens.add(token as MenuToken);
    else if (token) unknown(token);
  }
  return [...tokens];
}

/**
 * A block's content after its separator, given whether the separator shows and whether the block
 * is hidden (one template for both, so a render clones one template per block).
 */
export type BlockTemplate = (token: MenuToken, separated: boolean, hidden: boolean) => TemplateResult;

/**
 * The menu's blocks in the order `order` lists them, then the unlisted ones hidden (so every
 * block keeps its DOM, and focus survives a change of order); `shown` says which have anything to
 * show. A separator precedes each shown block whose group differs from the previous shown block's.
 */
export function menuBlocks(
  order: readonly MenuToken[],
  shown: Record<MenuToken, boolean>,
  render: BlockTemplate,
): unknown {
  const listed = new Set(order);
  const keys = [...order, ...MENU_TOKENS.filter(token => !listed.has(token))];
  let group = -1;
  return repeat(
    keys,
    token => token,
    token => {
      const visible = listed.has(token) && shown[token];
      const separated = visible && group >= 0 && GROUP[token] != group;
      if (visible) group = GROUP[token];
      return render(token, separated, !visible);
    },
  );
}

type ItemTemplate = (
  separated: boolean,
  hidden: boolean,
  disabled: 'true' | typeof nothing,
  label: string,
) => TemplateResult;

/**
 * Each built-in item after its separator: parts `menu-item` and its own, its icon (a 24-unit
 * outline drawn in the text colour, this project's own paths; replaceable through the slot
 * `icon-NAME`) and its label, the label its only text (hosts and tests read it). Each item is one
 * template, written out, so that a render clones one template per item.
 */
// prettier-ignore
const ITEMS: Record<IconName, ItemTemplate> = {
  'manage-account': (separated, hidden, disabled, label) =>
    html`<div role="separator" part="separator" ?hidden=${!separated}></div><button type="button" role="menuitem" tabindex="-1" part="menu-item manage-account" data-item="manage" aria-disabled=${disabled} ?hidden=${hidden}><span part="icon" aria-hidden="true"><slot name="icon-manage-account"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="9"/><circle cx="12" cy="10" r="3"/><path d="M6.8 18.4c1.2-1.8 3-2.9 5.2-2.9s4 1.1 5.2 2.9"/></svg></slot></span>${label}</button>`,
  'add-account': (separated, hidden, disabled, label) =>
    html`<div role="separator" part="separator" ?hidden=${!separated}></div><button type="button" role="menuitem" tabindex="-1" part="menu-item add-account" data-item="add" aria-disabled=${disabled} ?hidden=${hidden}><span part="icon" aria-hidden="true"><slot name="icon-add-account"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><circle cx="9" cy="8" r="4"/><path d="M2 20c0-3.5 3-6 7-6s7 2.5 7 6M19 8v6M16 11h6"/></svg></slot></span>${label}</button>`,
  'sign-out': (separated, hidden, disabled, label) =>
    html`<div role="separator" part="separator" ?hidden=${!separated}></div><button type="button" role="menuitem" tabindex="-1" part="menu-item sign-out" data-item="out" aria-disabled=${disabled} ?hidden=${hidden}><span part="icon" aria-hidden="true"><slot name="icon-sign-out"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="M14 4h4a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-4M9 16l-4-4 4-4M5 12h10"/></svg></slot></span>${label}</button>`,
  'sign-out-all': (separated, hidden, disabled, label) =>
    html`<div role="separator" part="separator" ?hidden=${!separated}></div><button type="button" role="menuitem" tabindex="-1" part="menu-item sign-out-all" data-item="all" aria-disabled=${disabled} ?hidden=${hidden}><span part="icon" aria-hidden="true"><slot name="icon-sign-out-all"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="M14 4h4a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-4M10 16l-4-4 4-4M6 12h9M7 16l-4-4 4-4"/></svg></slot></span>${label}</button>`,
};

/** A built-in item (see ITEMS). */
export const menuItem = (
  name: IconName,
  label: string,
  separated: boolean,
  hidden: boolean,
  busy: boolean,
): TemplateResult => ITEMS[name](separated, hidden, busy ? 'true' : nothing, label);
