// The mount API takes props from hosts, often straight from JSON or a config object: it sets only
// the props it declares (the elements' public properties and its own extras), warns once per
// unknown key, and renders a menu item's href only when it passes the package's URL vetting.
import { expect, fixture, html } from '@open-wc/testing';
import {
  mountSignOutButton,
  mountUserButton,
  type AuthUserButton,
  type MountHandle,
  type UserButtonProps,
} from '../src/index.js';
import { captureWarnings, fakeClient } from './helpers.js';

type Win = typeof window & { __mountPropsRan?: string[] };
const win = window as Win;

const host = () => fixture<HTMLDivElement>(html`<div></div>`);
const menuItems = (el: Element) => [...el.querySelectorAll<HTMLElement>('[slot=menu-item]')];
/** Mount props as a host builds them from untyped data. */
const untyped = (props: object) => props as Partial<UserButtonProps>;

describe('finding 6: mount API trusts its props', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
    win.__mountPropsRan = [];
  });
  afterEach(() => warnings.restore());

  /** The warnings that mention `text`. */
  const warned = (text: string) => warnings.messages.filter(message => message.includes(text));

  describe('menuItems[].href is vetted like every URL the package produces', () => {
    const refused = [
      'javascript:window.__mountPropsRan.push("href")',
      'JavaScript:window.__mountPropsRan.push("href")',
      ' javascript:window.__mountPropsRan.push("href")',
      'java\tscript:window.__mountPropsRan.push("href")',
      'data:text/html,<script>parent.__mountPropsRan.push("href")</script>',
      'https://elsewhere.example/phish',
      'https://user:pass@localhost/x',
    ];
    for (const href of refused) {
      it(`${JSON.stringify(href)} renders a button without href, with one warning naming it`, async () => {
        const el = await host();
        const clicked: string[] = [];
        const handle = mountUserButton(el, {
          auth: fakeClient(),
          menuItems: [{ label: 'Help', href, onClick: () => clicked.push('help') }],
        });
        const [item, ...rest] = menuItems(handle.element);
        expect(rest).to.deep.equal([]);
        expect(item!.localName).to.equal('button');
        expect(item!.hasAttribute('href'), 'no href, so a click cannot follow it').to.be.false;
        expect(item!.textContent).to.equal('Help');
        expect(warned(JSON.stringify(href))).to.have.length(1);
        item!.click();
        expect(clicked, 'the item still works as a button').to.deep.equal(['help']);
        expect(win.__mountPropsRan).to.deep.equal([]);
      });
    }

    it("a same-origin href and one of the client's allowedRedirectOrigins stay links, as given", async () => {
      const el = await host();
      const client = fakeClient({ extra: { allowedRedirectOrigins: ['https://docs.example'] } });
      const handle = mountUserButton(el, {
        menuItems: [
          { label: 'Billing', href: '/billing' },
          { label: 'Docs', href: 'https://docs.example/help' },
        ],
        // Given after menuItems: the items are vetted against the client of this update.
        auth: client,
      });
      expect(menuItems(handle.element).map(item => [item.localName, item.getAttribute('href')])).to.deep.equal([
        ['a', '/billing'],
        ['a', 'https://docs.example/help'],
      ]);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('menuItems that is not an array, and items that are not objects, render nothing and warn once', async () => {
      const el = await host();
      const handle = mountUserButton(el, untyped({ menuItems: 'Help' }));
      expect(menuItems(handle.element)).to.deep.equal([]);
      handle.update(untyped({ menuItems: [null, 'Help', { label: 'Kept' }] }));
      expect(menuItems(handle.element).map(item => item.textContent)).to.deep.equal(['Kept']);
      expect(warned('menuItems')).to.have.length(2);
    });
  });

  describe('only declared props are assigned', () => {
    const markup = '<img src="data:," onerror="window.__mountPropsRan.push(\'markup\')">';
    const hostile: [string, unknown][] = [
      ['innerHTML', markup],
      ['outerHTML', markup],
      ['textContent', 'replaced'],
      ['onclick', () => win.__mountPropsRan!.push('onclick')],
      ['onfocus', () => win.__mountPropsRan!.push('onfocus')],
      ['className', 'hijacked'],
      ['id', 'hijacked'],
      ['slot', 'nowhere'],
      ['hidden', true],
      ['attachShadow', () => null],
      ['dispatchEvent', () => win.__mountPropsRan!.push('dispatchEvent')],
      ['busy', true],
      ['prototype', {}],
      ['constructor', Object],
      ['bogus', 1],
    ];

    for (const mount of [mountUserButton, mountSignOutButton] as const) {
      const tag = mount == mountUserButton ? 'auth-user-button' : 'auth-sign-out-button';

      it(`<${tag}>: DOM properties, methods and unknown keys are ignored, one warning each`, async () => {
        const el = await host();
        const handle = (mount as (el: Element, props: object) => MountHandle<object>)(
          el,
          Object.fromEntries([...hostile, ['timeout', 1234]]),
        );
        const element = handle.element;
        expect(element.parentNode, 'still mounted').to.equal(el);
        expect(element.childNodes.length, 'no markup, no text').to.equal(0);
        expect(element.getAttribute('class')).to.equal(null);
        expect(element.id).to.equal('');
        expect(element.slot).to.equal('');
        expect(element.hidden).to.be.false;
        for (const [key] of hostile) {
          expect(Object.hasOwn(element, key), `${key} assigned`).to.be.false;
          expect(warned(JSON.stringify(key)), `warnings about ${key}`).to.have.length(1);
        }
        expect((element as unknown as { timeout: number }).timeout, 'declared props still set').to.equal(1234);
        element.click();
        element.dispatchEvent(new FocusEvent('focus'));
        await (element as AuthUserButton).updateComplete;
        expect(win.__mountPropsRan).to.deep.equal([]);
        // The same keys again: ignored, without repeating the warnings.
        handle.update(Object.fromEntries(hostile));
        expect(warnings.messages).to.have.length(hostile.length);
        expect(element.childNodes.length).to.equal(0);
      });
    }

    it('a JSON-parsed {"__proto__": …} neither breaks the element nor reaches a prototype', async () => {
      const el = await host();
      const props = JSON.parse('{"__proto__": {"polluted": true}, "showName": true, "auth": null}');
      const handle = mountUserButton(el, props);
      const element = handle.element as AuthUserButton;
      // Booleans: a failure message must not print an element whose prototype was replaced.
      const ctor = customElements.get('auth-user-button')!;
      expect(Object.getPrototypeOf(element) == ctor.prototype, 'prototype kept').to.be.true;
      expect(element instanceof ctor).to.be.true;
      expect(element.showName).to.be.true;
      expect(({} as { polluted?: boolean }).polluted).to.equal(undefined);
      expect(warned('"__proto__"')).to.have.length(1);
      // It still renders and updates as an element.
      handle.update({ auth: fakeClient() });
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part=trigger]')).to.exist;
    });
  });
});
