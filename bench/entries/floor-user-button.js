// The floor of the render benchmark: a hand-written custom element, no library, that renders the
// same shadow DOM as a signed-in <auth-user-button> with the same stylesheets (bench/test/
// floor.test.mjs compares the two). One <template> is cloned per instance and the user's name,
// email, initials and colour are filled in by position. It reads `window.Auth` once and does none
// of the element's other work (no locale, no client changes, no keyboard model, no flight): what
// rendering this DOM costs at the least.
/* global document, window, HTMLElement, CSSStyleSheet, customElements */

const template = document.createElement('template');
template.innerHTML =
  '<span part="placeholder" role="img" hidden aria-label="Loading account"></span>' +
  '<slot name="signed-out" hidden></slot>' +
  '<button part="trigger" type="button" aria-haspopup="menu" aria-expanded="false" dir="ltr">' +
  '<span part="avatar" aria-hidden="true"></span><span part="name" hidden></span></button>' +
  '<div part="popover" popover="manual" dir="ltr">' +
  '<div part="header" id="header"><span part="avatar" aria-hidden="true"></span>' +
  '<span><span part="header-name"></span><span part="header-email"></span></span></div>' +
  '<div part="menu" role="menu" aria-labelledby="header">' +
  '<button type="button" role="menuitem" tabindex="-1" part="menu-item" data-item="manage">Manage account</button>' +
  '<slot name="menu-item"></slot>' +
  '<div part="accounts" role="group" hidden aria-label="Other accounts"></div>' +
  '<button type="button" role="menuitem" tabindex="-1" part="menu-item" data-item="add">Add account</button>' +
  '<button type="button" role="menuitem" tabindex="-1" part="menu-item" data-item="out">Sign out</button>' +
  '<button type="button" role="menuitem" tabindex="-1" part="menu-item" data-item="all">Sign out of all accounts</button>' +
  '</div></div>';

let segmenter;
const first = text => {
  for (const { segment } of (segmenter ??= new Intl.Segmenter()).segment(text?.trim() ?? '')) return segment;
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
  const text = (first(user.firstName) + first(user.lastName) || first(name)).toUpperCase();
  return [...segmenter.segment(text)]
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
  avatar.style.background = `hsl(${hue(user.id)} 40% 30%)`;
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
    const [avatar, nameSpan] = trigger.children;
    const [header, menu] = popover.children;
    const [headerAvatar, labels] = header.children;
    const [manage, , , add, , all] = menu.children;
    trigger.ariaLabel = `Open account menu for ${name}`;
    paint(avatar, user, text);
    paint(headerAvatar, user, text);
    nameSpan.textContent = name;
    nameSpan.hidden = !this.hasAttribute('show-name');
    labels.firstChild.textContent = name;
    labels.lastChild.textContent = user.email && user.email != name ? user.email : '';
    manage.hidden = !client.userProfileUrl;
    add.hidden = !client.signInUrl;
    all.hidden = sessions.length < 2;
    trigger.addEventListener('click', () => {
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
