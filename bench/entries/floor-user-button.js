// The floor of the render benchmark: a hand-written custom element, no library, that renders the
// same shadow DOM as a signed-in <auth-user-button> with the same stylesheets (bench/test/
// floor.test.mjs compares the two). One <template> is cloned per instance and the user's name,
// initials and colour are filled in by position; the popover's content (header and menu) is a
// second template, cloned and filled in on the first click, as the element renders it when the
// menu first opens. It reads `window.Auth` once and does none
// of the element's other work (no locale, no client changes, no keyboard model, no flight): what
// rendering this DOM costs at the least.
/* global document, window, HTMLElement, CSSStyleSheet, customElements */

const template = document.createElement('template');
template.innerHTML =
  '<span part="placeholder" role="img" aria-label="Loading account" hidden></span>' +
  '<slot name="signed-out" hidden></slot>' +
  '<button part="trigger" type="button" aria-haspopup="menu" aria-expanded="false" dir="ltr"><slot name="trigger">' +
  '<span part="avatar" aria-hidden="true"></span><span class="identity"><span part="name" hidden></span></span></slot></button>' +
  '<div part="popover" popover="manual" dir="ltr"></div>';

// The popover's content, cloned into it when the menu first opens (as the element renders it).
const menuTemplate = document.createElement('template');
menuTemplate.innerHTML =
  '<div part="header" id="header"><span part="avatar" aria-hidden="true"></span>' +
  '<span><span part="header-name"></span><span part="header-email"></span></span></div>' +
  '<div part="menu" role="menu" aria-labelledby="header">' +
  '<div role="separator" part="separator"></div>' +
  '<button type="button" role="menuitem" tabindex="-1" part="menu-item manage-account" data-item="manage">' +
  '<span part="icon" aria-hidden="true"><slot name="icon-manage-account"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="9"></circle><circle cx="12" cy="10" r="3"></circle><path d="M6.8 18.4c1.2-1.8 3-2.9 5.2-2.9s4 1.1 5.2 2.9"></path></svg></slot></span>Manage account</button>' +
  '<div role="separator" part="separator"></div>' +
  '<slot name="menu-item"></slot>' +
  '<div role="separator" part="separator"></div>' +
  '<div part="accounts" role="group" aria-label="Other accounts"></div>' +
  '<div role="separator" part="separator"></div>' +
  '<button type="button" role="menuitem" tabindex="-1" part="menu-item add-account" data-item="add">' +
  '<span part="icon" aria-hidden="true"><slot name="icon-add-account"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><circle cx="9" cy="8" r="4"></circle><path d="M2 20c0-3.5 3-6 7-6s7 2.5 7 6M19 8v6M16 11h6"></path></svg></slot></span>Add account</button>' +
  '<div role="separator" part="separator"></div>' +
  '<button type="button" role="menuitem" tabindex="-1" part="menu-item sign-out" data-item="out">' +
  '<span part="icon" aria-hidden="true"><slot name="icon-sign-out"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="M14 4h4a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-4M9 16l-4-4 4-4M5 12h10"></path></svg></slot></span>Sign out</button>' +
  '<div role="separator" part="separator"></div>' +
  '<button type="button" role="menuitem" tabindex="-1" part="menu-item sign-out-all" data-item="all">' +
  '<span part="icon" aria-hidden="true"><slot name="icon-sign-out-all"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="M14 4h4a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-4M10 16l-4-4 4-4M6 12h9M7 16l-4-4 4-4"></path></svg></slot></span>Sign out of all accounts</button>' +
  '</div>';

// Initials as src/elements/user.ts computes them: printable ASCII without the segmenter.
let segmenter;
const first = text => {
  text = text?.trim() ?? '';
  if (!text || /^[ -~](?![^ -~])/.test(text)) return text.slice(0, 1);
  for (const { segment } of (segmenter ??= new Intl.Segmenter()).segment(text)) return segment;
  return '';
};

function displayName(user) {
  return (
    user.name?.trim() ||
    [user.firstName, user.lastName].filter(Boolean).join(' ').trim() ||
    user.username?.trim() ||
    user.email?.trim() ||
    ''
  );
}

function initials(user, name) {
  const words = name.split(/\s+/).filter(Boolean);
  const text = (
    first(user.firstName) + first(user.lastName) || first(words[0]) + (words.length > 1 ? first(words.at(-1)) : '')
  ).toUpperCase();
  if (/^[ -~]*$/.test(text)) return text.slice(0, 2);
  return [...(segmenter ??= new Intl.Segmenter()).segment(text)]
    .slice(0, 2)
    .map(s => s.segment)
    .join('');
}

/** FNV-1a (32 bit) of the id, mod 360. */
function hue(id) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % 360;
}

function paint(avatar, user, text) {
  avatar.dataset.initials = text;
  avatar.setAttribute('style', `background:hsl(${hue(user.id)} 40% 30%)`);
}

/** The popover's content, filled in: the header and the menu's blocks shown or hidden. */
function menuContent(client, user, sessions, name, text) {
  const dom = menuTemplate.content.cloneNode(true);
  const [header, menu] = dom.children;
  const [headerAvatar, labels] = header.children;
  // The menu's blocks, each after its separator: manage, custom, accounts, add, out, all.
  const blocks = [...menu.children].filter((_, i) => i % 2 == 1);
  const shown = [!!client.userProfileUrl, false, sessions.length > 1, !!client.signInUrl, true, sessions.length > 1];
  const groups = [0, 0, 1, 1, 2, 2];
  let lastGroup = -1;
  blocks.forEach((block, i) => {
    block.hidden = !shown[i];
    // A separator shows before the first shown block of a group that follows a shown group.
    const separator = block.previousElementSibling;
    separator.hidden = !(shown[i] && lastGroup >= 0 && lastGroup != groups[i]);
    if (shown[i]) lastGroup = groups[i];
  });
  paint(headerAvatar, user, text);
  labels.firstChild.textContent = name;
  labels.lastChild.textContent = user.email && user.email != name ? user.email : '';
  return dom;
}

class FloorUserButton extends HTMLElement {
  static sheets = [];

  connectedCallback() {
    if (this.shadowRoot) return;
    const client = window.Auth;
    const user = client.session.user;
    const sessions = client.sessions ?? [client.session];
    const name = displayName(user);
    const text = initials(user, name);
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = FloorUserButton.sheets;
    const dom = template.content.cloneNode(true);
    const [, , trigger, popover] = dom.children;
    const [triggerContent] = trigger.children;
    const [avatar, identity] = triggerContent.children;
    const [nameSpan] = identity.children;
    trigger.ariaLabel = `Open account menu for ${name}`;
    paint(avatar, user, text);
    nameSpan.textContent = name;
    nameSpan.hidden = !this.hasAttribute('show-name');
    let built = false;
    trigger.addEventListener('click', () => {
      if (!built) {
        built = true;
        popover.append(menuContent(client, user, sessions, name, text));
      }
      popover.togglePopover();
      trigger.ariaExpanded = String(popover.matches(':popover-open'));
    });
    root.append(dom);
  }
}

/** Defines <floor-user-button> with the user button's stylesheets (their CSS text). */
export function defineFloor(styles) {
  FloorUserButton.sheets = styles.map(css => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  });
  customElements.define('floor-user-button', FloorUserButton);
}
