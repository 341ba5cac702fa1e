// Server rendering with `@lit-labs/ssr` (the `auth-elements/ssr` entry, free of side effects).
//
// The elements keep their shadow DOM by hand instead of in lit-html templates, so Lit's own
// `LitElementRenderer` cannot render them. This renderer writes what an element shows before its
// auth client answers (the loading state: no session known yet) as a declarative shadow root: the
// element's styles and the very markup its first update builds in the browser. On upgrade the
// element reuses that shadow root and its first update replaces the server's nodes with live,
// identical ones in the same task, so nothing flashes or moves. A browser test compares this
// markup with the live elements' shadow DOM (test/ssr.test.ts).
import type { CSSResult, ReactiveElement } from '@lit/reactive-element';
import { ElementRenderer } from '@lit-labs/ssr/lib/element-renderer.js';
import type { ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { RTL } from './controllers/locale-controller.js';
import { AuthSignOutButton } from './elements/sign-out-button.js';
import { AuthUserButton } from './elements/user-button.js';
import { stringsFor, type AuthStrings } from './i18n/strings.js';

/** Markup, as opposed to text that still has to be escaped. */
interface Html {
  html: string;
}

const escape = (text: string): string =>
  text.replace(/[&<>"]/g, char => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

/** An element: `true` is an empty attribute, `false` none; text children are escaped. */
function h(tag: string, attributes: Record<string, string | boolean> = {}, ...children: (Html | string)[]): Html {
  let html = '<' + tag;
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== false) html += value === true ? ` ${name}` : ` ${name}="${escape(value)}"`;
  }
  html += '>';
  for (const child of children) html += typeof child == 'string' ? escape(child) : child.html;
  return { html: html + `</${tag}>` };
}

const is = (ceClass: unknown, base: typeof HTMLElement): boolean =>
  ceClass === base || (ceClass as typeof HTMLElement | undefined)?.prototype instanceof base;

/**
 * Renders `<auth-user-button>` and `<auth-sign-out-button>` (and subclasses) in their loading
 * state for `@lit-labs/ssr`. Register the tags on the server first (`import 'auth-elements/define'`):
 *
 * ```js
 * import 'auth-elements/define';
 * import { AuthElementsRenderer } from 'auth-elements/ssr';
 * import { render, LitElementRenderer } from '@lit-labs/ssr';
 *
 * render(html`<auth-user-button></auth-user-button>`, {
 *   elementRenderers: [AuthElementsRenderer, LitElementRenderer],
 * });
 * ```
 *
 * The server knows only the element's own attributes: the language is its `lang` attribute (else
 * English), the direction its `dir` attribute or that language's.
 */
export class AuthElementsRenderer extends ElementRenderer {
  static override matchesClass(ceClass: typeof HTMLElement): boolean {
    return is(ceClass, AuthUserButton) || is(ceClass, AuthSignOutButton);
  }

  /** The registered class, a user button or a sign-out button (or a subclass). */
  readonly #ctor: typeof ReactiveElement;
  readonly #user: boolean;
  readonly #attributes = new Map<string, string>();
  readonly #properties = new Map<string, unknown>();

  constructor(tagName: string) {
    super(tagName);
    this.#ctor = customElements.get(tagName) as unknown as typeof ReactiveElement;
    this.#user = is(this.#ctor, AuthUserButton);
  }

  override setAttribute(name: string, value: string): void {
    this.#attributes.set(name.toLowerCase(), String(value));
  }

  /** `lang`, `dir` and the sign-out button's `disabled` reflect to attributes; the rest are read as set. */
  override setProperty(name: string, value: unknown): void {
    if (!(name == 'lang' || name == 'dir' || (name == 'disabled' && !this.#user))) this.#properties.set(name, value);
    else if (value == null || value === false) this.#attributes.delete(name);
    else this.#attributes.set(name, value === true ? '' : String(value));
  }

  /** The host's attributes, as the element leaves them: `open` is dropped while nobody is signed in. */
  override renderAttributes(): ThunkedRenderResult {
    return [...this.#attributes]
      .filter(([name]) => !(this.#user && name == 'open'))
      .map(([name, value]) => (value ? ` ${name}="${escape(value)}"` : ` ${name}`));
  }

  override renderShadow(): ThunkedRenderResult {
    // Registering the class finalized its styles (also in Node's custom element registry).
    const css = this.#ctor.elementStyles.map(style => (style as CSSResult).cssText).join('\n');
    return [`<style>${css}</style>`, (this.#user ? this.#userButton() : this.#signOutButton()).html];
  }

  /** A property's value as the element reads it: set as a property, else from its attribute. */
  #read(property: string, attribute: string, type: typeof Boolean | typeof String): unknown {
    if (this.#properties.has(property)) return this.#properties.get(property);
    const value = this.#attributes.get(attribute);
    return type == Boolean ? value != null : (value ?? null);
  }

  /** The strings of the element's `lang` (else English) and its direction, as the browser resolves them. */
  #locale(): { strings: AuthStrings; dir: string } {
    const lang = (this.#attributes.get('lang') || 'en').toLowerCase();
    const own = this.#attributes.get('dir');
    return { strings: stringsFor(lang), dir: own == 'rtl' || (own != 'ltr' && RTL.test(lang)) ? 'rtl' : 'ltr' };
  }

  /**
   * One button around the default slot. The server cannot see the element's children, so the
   * label is the slot's fallback content: shown only when no children replace it, as in the browser.
   */
  #signOutButton(): Html {
    const { strings, dir } = this.#locale();
    const disabled = this.#attributes.has('disabled');
    return h('button', { type: 'button', part: 'button', dir, disabled }, h('slot', {}, strings.signOut));
  }

  /** The avatar-sized placeholder; the trigger, signed-out slot and menu are built but hidden. */
  #userButton(): Html {
    const { strings: s, dir } = this.#locale();
    const item = (key: string, label: string, hidden: boolean) =>
      h(
        'button',
        { type: 'button', role: 'menuitem', tabindex: '-1', part: 'menu-item', 'data-item': key, hidden },
        label,
      );
    const avatar = () => h('span', { part: 'avatar', 'aria-hidden': 'true' });
    const manage = this.#read('manageAccount', 'manage-account', Boolean);
    const profileUrl = this.#read('userProfileUrl', 'user-profile-url', String);
    const signInUrl = this.#read('signInUrl', 'sign-in-url', String);
    const trigger = {
      part: 'trigger',
      type: 'button',
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
      'aria-label': s.openMenu,
      dir,
      hidden: true,
    };
    const html = [
      h('span', { part: 'placeholder', role: 'img', 'aria-label': s.loading }),
      h('slot', { name: 'signed-out', hidden: true }),
      h('button', trigger, avatar(), h('span', { part: 'name', hidden: true })),
      h(
        'div',
        { part: 'popover', popover: 'manual', dir },
        h(
          'div',
          { part: 'header', id: 'header' },
          avatar(),
          h('span', {}, h('span', { part: 'header-name' }), h('span', { part: 'header-email' })),
        ),
        h(
          'div',
          { part: 'menu', role: 'menu', 'aria-labelledby': 'header' },
          item('manage', s.manageAccount, !(manage || profileUrl)),
          h('slot', { name: 'menu-item' }),
          h('div', { part: 'accounts', role: 'group', 'aria-label': s.otherAccounts, hidden: true }),
          item('add', s.addAccount, !signInUrl),
          item('out', s.signOut, false),
          item('all', s.signOutAll, true),
        ),
      ),
    ];
    return { html: html.map(part => part.html).join('') };
  }
}
