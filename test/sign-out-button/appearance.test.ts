// <auth-sign-out-button>: warnings for misuse, theming and languages.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import { setStrings, type AuthSignOutButton } from '../../src/index.js';
import { inner, label, luminance, settled } from '../helpers/sign-out-button.js';
import { captureWarnings, deferred, fakeClient, nextTask } from '../helpers/index.js';

describe('<auth-sign-out-button>', () => {
  afterEach(async () => {
    await resetMouse();
  });

  describe('warnings', () => {
    it('warns once about interactive content inside the inner button', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<AuthSignOutButton>(
          html`<auth-sign-out-button .auth=${fakeClient()}><span>x</span><a href="#">y</a></auth-sign-out-button>`,
        );
        expect(inner(el) != null, 'two nodes are not a control').to.be.true;
        el.append(' more');
        await nextTask();
        await el.updateComplete;
        expect(warnings.messages.length, warnings.messages.join('\n')).to.equal(1);
        expect(warnings.messages[0]).to.match(/interactive/);
      } finally {
        warnings.restore();
      }
    });

    it('does not warn about plain label content', async () => {
      const warnings = captureWarnings();
      try {
        await fixture(html`<auth-sign-out-button .auth=${fakeClient()}><span>x</span> Leave</auth-sign-out-button>`);
        await nextTask();
      } finally {
        warnings.restore();
      }
      expect(warnings.messages).to.be.empty;
    });

    it('warns once that auth is a property when given as an attribute', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<AuthSignOutButton>(
          html`<auth-sign-out-button auth="[object Object]"></auth-sign-out-button>`,
        );
        const parent = el.parentElement!;
        el.remove();
        parent.append(el);
        await el.updateComplete;
        expect(warnings.messages.length, warnings.messages.join('\n')).to.equal(1);
        expect(warnings.messages[0]).to.contain('auth is a property');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('theming', () => {
    it('applies ::part(button) styles from the page', async () => {
      const plain = await fixture<AuthSignOutButton>(html`<auth-sign-out-button></auth-sign-out-button>`);
      expect(getComputedStyle(inner(plain)!).borderTopLeftRadius, 'the default radius').to.equal('8px');
      const wrapper = await fixture<HTMLElement>(html`
        <div>
          <style>
            auth-sign-out-button::part(button) {
              border-radius: 0px;
            }
          </style>
          <auth-sign-out-button></auth-sign-out-button>
        </div>
      `);
      const el = wrapper.querySelector('auth-sign-out-button')!;
      await el.updateComplete;
      expect(getComputedStyle(inner(el)!).borderTopLeftRadius).to.equal('0px');
    });

    it('follows --auth-color-scheme on an ancestor', async () => {
      const page = await fixture<HTMLElement>(html`
        <div>
          <div style="--auth-color-scheme: dark"><auth-sign-out-button id="dark"></auth-sign-out-button></div>
          <div style="--auth-color-scheme: light"><auth-sign-out-button id="light"></auth-sign-out-button></div>
        </div>
      `);
      const [dark, light] = ['#dark', '#light'].map(id => page.querySelector<AuthSignOutButton>(id)!);
      await Promise.all([dark!.updateComplete, light!.updateComplete]);
      const background = (el: AuthSignOutButton) => luminance(getComputedStyle(inner(el)!).backgroundColor);
      expect(background(dark!)).to.be.lessThan(0.2);
      expect(background(light!)).to.be.greaterThan(0.6);
      await expect(dark).to.be.accessible();
      await expect(light).to.be.accessible();
    });

    it('uses --auth-surface for the background', async () => {
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button style="--auth-surface: rgb(1, 2, 3); --auth-text: #fff"></auth-sign-out-button>`,
      );
      expect(getComputedStyle(inner(el)!).backgroundColor).to.equal('rgb(1, 2, 3)');
      await expect(el).to.be.accessible();
    });
  });

  describe('language', () => {
    const de = { signOut: 'Abmelden', signingOut: 'Wird abgemeldet…' };
    const fr = { signOut: 'Se déconnecter', signingOut: 'Déconnexion…' };
    const ar = { signOut: 'تسجيل الخروج', signingOut: 'جارٍ تسجيل الخروج…' };
    let htmlLang: string | null;

    before(() => {
      setStrings('de', de);
      setStrings('fr', fr);
      setStrings('ar', ar);
    });
    beforeEach(() => (htmlLang = document.documentElement.getAttribute('lang')));
    afterEach(() => {
      if (htmlLang == null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', htmlLang);
    });

    it('follows lang on the element', async () => {
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button lang="de"></auth-sign-out-button>`);
      expect(label(el)).to.equal('Abmelden');
      await expect(el).to.be.accessible();
    });

    it('follows lang on an ancestor', async () => {
      const page = await fixture<HTMLElement>(
        html`<section lang="fr">
          <p><auth-sign-out-button></auth-sign-out-button></p>
        </section>`,
      );
      const el = page.querySelector('auth-sign-out-button')!;
      await el.updateComplete;
      expect(label(el)).to.equal('Se déconnecter');
      await expect(page).to.be.accessible();
    });

    it('follows lang on the host of the shadow root it is in, before <html lang>', async () => {
      document.documentElement.lang = 'fr';
      const host = await fixture<HTMLElement>(html`<div lang="de"></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const wrapper = document.createElement('div');
      const el = document.createElement('auth-sign-out-button');
      wrapper.append(el);
      root.append(wrapper);
      await el.updateComplete;
      expect(label(el)).to.equal('Abmelden');
      await expect(el).to.be.accessible();
    });

    it('follows <html lang> and its changes', async () => {
      document.documentElement.lang = 'de';
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button></auth-sign-out-button>`);
      expect(label(el)).to.equal('Abmelden');
      document.documentElement.lang = 'fr';
      await waitUntil(() => label(el) == 'Se déconnecter', `label after <html lang="fr">: ${label(el)}`);
    });

    it('follows changes of lang on the element', async () => {
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button lang="de"></auth-sign-out-button>`);
      el.lang = 'fr';
      await waitUntil(() => label(el) == 'Se déconnecter', `label after lang="fr": ${label(el)}`);
      el.removeAttribute('lang');
      await waitUntil(() => label(el) == 'Sign out', `label without lang: ${label(el)}`);
    });

    it('follows changes of dir on the element, and lang="ar" when dir goes', async () => {
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button lang="ar"></auth-sign-out-button>`);
      const dir = () => inner(el)!.getAttribute('dir');
      expect(dir()).to.equal('rtl');
      el.dir = 'ltr';
      await waitUntil(() => dir() == 'ltr', `dir after dir="ltr": ${dir()}`);
      el.removeAttribute('dir');
      await waitUntil(() => dir() == 'rtl', `dir without dir: ${dir()}`);
      // Moved to another parent, it still follows its own attributes.
      el.remove();
      document.body.append(el);
      el.dir = 'ltr';
      await waitUntil(() => dir() == 'ltr', `dir after a move and dir="ltr": ${dir()}`);
      el.remove();
    });

    it('localizes the busy label', async () => {
      const d = deferred();
      const client = fakeClient({ signOut: () => d.promise });
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button lang="de" .auth=${client}></auth-sign-out-button>`,
      );
      inner(el)!.click();
      await waitUntil(() => label(el) == 'Wird abgemeldet…', `busy label: ${label(el)}`);
      d.resolve();
      await settled(el, client, 1);
      expect(label(el)).to.equal('Abmelden');
    });

    it('lets setStrings override English for a regional tag', async () => {
      setStrings('en-GB', { signOut: 'Log out' });
      const el = await fixture<AuthSignOutButton>(html`
        <div>
          <auth-sign-out-button lang="en-GB"></auth-sign-out-button>
          <auth-sign-out-button lang="en"></auth-sign-out-button>
        </div>
      `);
      const [gb, en] = [...el.querySelectorAll('auth-sign-out-button')];
      await Promise.all([gb!.updateComplete, en!.updateComplete]);
      expect(label(gb!)).to.equal('Log out');
      expect(label(en!)).to.equal('Sign out');
    });

    it('re-renders connected elements when setStrings changes a locale', async () => {
      setStrings('it', { signOut: 'Esci' });
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button lang="it"></auth-sign-out-button>`);
      expect(label(el)).to.equal('Esci');
      setStrings('it', { signOut: 'Disconnetti' });
      await waitUntil(() => label(el) == 'Disconnetti', `label: ${label(el)}`);
    });

    it('falls back from a region tag to its primary language', async () => {
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button lang="de-AT"></auth-sign-out-button>`);
      expect(label(el)).to.equal('Abmelden');
    });

    it('falls back to English for a language without strings', async () => {
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button lang="sv"></auth-sign-out-button>`);
      expect(label(el)).to.equal('Sign out');
    });

    it('takes the direction from the nearer of lang and dir', async () => {
      const htmlDir = document.documentElement.getAttribute('dir');
      try {
        // Common boilerplate: <html lang="en" dir="ltr">, with an Arabic button in it.
        document.documentElement.dir = 'ltr';
        const arabic = await fixture<AuthSignOutButton>(html`<auth-sign-out-button lang="ar"></auth-sign-out-button>`);
        expect(label(arabic)).to.equal(ar.signOut);
        expect(inner(arabic)!.getAttribute('dir'), 'lang="ar" on the element, dir="ltr" on <html>').to.equal('rtl');

        // An Arabic page with an English button.
        document.documentElement.lang = 'ar';
        document.documentElement.dir = 'rtl';
        const english = await fixture<AuthSignOutButton>(html`<auth-sign-out-button lang="en"></auth-sign-out-button>`);
        expect(inner(english)!.getAttribute('dir'), 'lang="en" on the element, dir="rtl" on <html>').to.equal('ltr');

        // An explicit dir on the element itself still wins.
        english.dir = 'rtl';
        await waitUntil(() => inner(english)!.getAttribute('dir') == 'rtl', 'dir="rtl" on the element was ignored');
      } finally {
        if (htmlDir == null) document.documentElement.removeAttribute('dir');
        else document.documentElement.dir = htmlDir;
      }
    });

    it('lays Arabic out right to left, mirroring slotted content', async () => {
      const icon = html`<span
        class="icon"
        aria-hidden="true"
        style="display:inline-block;width:1em;height:1em;background:currentColor"
      ></span>`;
      const page = await fixture<HTMLElement>(html`
        <div>
          <auth-sign-out-button id="ar" lang="ar">${icon}تسجيل الخروج</auth-sign-out-button>
          <auth-sign-out-button id="en" lang="en">${icon}Sign out</auth-sign-out-button>
          <auth-sign-out-button id="plain" lang="ar"></auth-sign-out-button>
        </div>
      `);
      const [rtl, ltr, plain] = ['#ar', '#en', '#plain'].map(id => page.querySelector<AuthSignOutButton>(id)!);
      await Promise.all([rtl!.updateComplete, ltr!.updateComplete, plain!.updateComplete]);

      expect(inner(plain!)!.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(inner(plain!)!).direction).to.equal('rtl');
      expect(label(plain!)).to.equal(ar.signOut);
      expect(inner(rtl!)!.getAttribute('dir')).to.equal('rtl');
      expect(inner(ltr!)!.getAttribute('dir')).to.equal('ltr');

      const positions = (el: AuthSignOutButton) => {
        const range = document.createRange();
        range.selectNodeContents([...el.childNodes].find(n => n.nodeType == Node.TEXT_NODE && n.textContent!.trim())!);
        return { icon: el.querySelector('.icon')!.getBoundingClientRect(), text: range.getBoundingClientRect() };
      };
      const right = positions(rtl!);
      expect(right.icon.left, 'RTL: icon right of the text').to.be.at.least(right.text.right - 0.5);
      const left = positions(ltr!);
      expect(left.icon.right, 'LTR: icon left of the text').to.be.at.most(left.text.left + 0.5);
      await expect(page).to.be.accessible();
    });
  });
});
