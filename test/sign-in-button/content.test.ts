// <auth-sign-in-button>: slotted labels and controls (the sign-out button's rules), disabled, and
// its label in every shipped language.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { AuthSignInButton } from '../../src/index.js';
import '../../src/locales/ar.js';
import '../../src/locales/de.js';
import '../../src/locales/es.js';
import '../../src/locales/fr.js';
import '../../src/locales/it.js';
import '../../src/locales/ja.js';
import '../../src/locales/ko.js';
import '../../src/locales/nl.js';
import '../../src/locales/pt.js';
import '../../src/locales/zh.js';
import { createMemoryClient } from '../../src/testing/index.js';
import { signInButton } from '../harness/index.js';
import { guardNavigation } from '../helpers/sign-out-button.js';
import { clickCenter, nextTask, onCleanup } from '../helpers/index.js';

const client = () => createMemoryClient({ current: null, signInUrl: '/in' });

describe('<auth-sign-in-button> content', () => {
  afterEach(() => resetMouse());

  it('slotted text replaces the label inside the inner button', async () => {
    const el = await fixture<AuthSignInButton>(
      html`<auth-sign-in-button .auth=${client()}>Log in to Example</auth-sign-in-button>`,
    );
    expect(signInButton(el).button, 'text is a label').to.exist;
    expect(signInButton(el).label(), 'no default label beside it').to.equal('');
    await expect(el).to.be.accessible();
  });

  it('a slotted <a href> is the control: its click signs in instead of following', async () => {
    const c = client();
    const guard = guardNavigation();
    onCleanup(guard.stop);
    const el = await fixture<AuthSignInButton>(
      html`<auth-sign-in-button .auth=${c}><a href="#followed">Log in</a></auth-sign-in-button>`,
    );
    expect(el.shadowRoot!.querySelector('button'), 'no inner button').to.equal(null);
    await expect(el).to.be.accessible();
    await clickCenter(el.querySelector('a')!);
    await waitUntil(() => c.navigations.length == 1);
    expect(guard.prevented).to.deep.equal([true]);
    expect(location.hash).not.to.equal('#followed');
  });

  it('a slotted [role=button] activates on Enter and Space; a slotted <button> is disabled while disabled', async () => {
    const c = client();
    const el = await fixture<AuthSignInButton>(
      html`<auth-sign-in-button .auth=${c}><span role="button" tabindex="0">Log in</span></auth-sign-in-button>`,
    );
    el.querySelector<HTMLElement>('[role=button]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => c.navigations.length == 1);
    await sendKeys({ press: ' ' });
    await waitUntil(() => c.navigations.length == 2);

    const other = await fixture<AuthSignInButton>(
      html`<auth-sign-in-button disabled .auth=${c}><button>Log in</button></auth-sign-in-button>`,
    );
    const button = other.querySelector('button')!;
    await other.updateComplete;
    expect(button.disabled).to.be.true;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    other.disabled = false;
    await other.updateComplete;
    expect(button.disabled).to.be.false;
    expect(button.hasAttribute('aria-disabled')).to.be.false;
    button.click();
    await waitUntil(() => c.navigations.length == 3);
  });

  it('disabled blocks the inner button', async () => {
    const c = client();
    const el = await fixture<AuthSignInButton>(html`<auth-sign-in-button disabled .auth=${c}></auth-sign-in-button>`);
    expect(signInButton(el).button!.disabled).to.be.true;
    await expect(el).to.be.accessible();
    await clickCenter(signInButton(el).button!);
    await nextTask();
    expect(c.navigations).to.deep.equal([]);
  });

  const labels: Record<string, string> = {
    de: 'Anmelden',
    fr: 'Se connecter',
    es: 'Iniciar sesión',
    it: 'Accedi',
    pt: 'Entrar',
    nl: 'Inloggen',
    ja: 'ログイン',
    zh: '登录',
    ko: '로그인',
    ar: 'تسجيل الدخول',
  };
  for (const [tag, text] of Object.entries(labels))
    it(`lang="${tag}" shows "${text}"${tag == 'ar' ? ', right to left' : ''}`, async () => {
      const el = await fixture<AuthSignInButton>(html`<auth-sign-in-button lang=${tag}></auth-sign-in-button>`);
      expect(signInButton(el).label()).to.equal(text);
      expect(signInButton(el).button!.getAttribute('dir')).to.equal(tag == 'ar' ? 'rtl' : 'ltr');
      await expect(el).to.be.accessible();
    });

  it('follows a change of lang', async () => {
    const el = await fixture<AuthSignInButton>(html`<auth-sign-in-button lang="de"></auth-sign-in-button>`);
    el.lang = 'fr';
    await waitUntil(() => signInButton(el).label() == 'Se connecter');
  });
});
