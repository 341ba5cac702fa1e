// The shipped locales (src/locales/*.ts, `auth-elements/locales/<tag>`): each has every key English
// has, keeps `{name}`, is really translated, and shows up in the elements (Arabic right to left).
// The CDN files (dist/locales/*.js and .iife.js, present after `npm run build`) register into the
// same page-wide registry as these source modules.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { AuthSession, AuthSignOutButton, AuthUserButton } from '../src/index.js';
import { registry } from '../src/core/registry.js';
import { en, type AuthStrings } from '../src/i18n/strings.js';
import '../src/locales/ar.js';
import '../src/locales/de.js';
import '../src/locales/es.js';
import '../src/locales/fr.js';
import '../src/locales/it.js';
import '../src/locales/ja.js';
import '../src/locales/ko.js';
import '../src/locales/nl.js';
import '../src/locales/pt.js';
import '../src/locales/zh.js';
import { fakeClient, nextTask } from './helpers/index.js';

const TAGS = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'ja', 'zh', 'ko', 'ar'];

const ada = (): AuthSession => ({
  id: 'ada',
  user: { id: 'u-ada', name: 'Ada Lovelace', email: 'ada@example.com' },
});

const signOutLabel = (el: AuthSignOutButton): string =>
  el.shadowRoot!.querySelector('button')?.textContent?.trim() ?? '';
const trigger = (el: AuthUserButton): HTMLButtonElement =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=trigger]')!;

describe('locales', () => {
  it('English has every key of every element', () => {
    expect(Object.keys(en)).to.have.members([
      'signOut',
      'signingOut',
      'signOutAll',
      'openMenu',
      'openMenuFor',
      'manageAccount',
      'addAccount',
      'otherAccounts',
      'loading',
      'signIn',
      'signingIn',
      'devices',
      'thisDevice',
      'deviceName',
      'unknownDevice',
      'signOutDevice',
      'signOutOthers',
      'signOutEverywhere',
      'lastActive',
      'loadingDevices',
      'devicesFailed',
      'retry',
      'noOtherDevices',
      'devicesUnsupported',
      'signedOutDevice',
      'signedOutOthers',
    ]);
  });

  for (const tag of TAGS) {
    describe(tag, () => {
      const own = () => registry().strings.get(tag) ?? {};

      it('has every key English has, each a non-empty string', () => {
        expect(Object.keys(own()), `keys of ${tag}`).to.have.members(Object.keys(en));
        for (const [key, value] of Object.entries(own())) {
          expect(value, `${tag}.${key}`).to.be.a('string');
          expect(value.trim(), `${tag}.${key}`).not.to.equal('');
          expect(value, `${tag}.${key} has no surrounding space`).to.equal(value.trim());
        }
      });

      it("keeps English's placeholders ({name}, {device}…) in each string and adds none", () => {
        const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
        expect(own().openMenuFor!.match(/\{\w+\}/g), `${tag}.openMenuFor`).to.deep.equal(['{name}']);
        for (const [key, value] of Object.entries(own())) {
          const english = en[key as keyof AuthStrings];
          expect(placeholders(value), `${tag}.${key}`).to.deep.equal(placeholders(english));
          expect(value.replace(/\{\w+\}/g, ''), `${tag}.${key}`).not.to.match(/[{}]/);
        }
      });

      it('translates every key, and ends with … where English does', () => {
        for (const [key, value] of Object.entries(own())) {
          expect(value, `${tag}.${key} is still English`).not.to.equal(en[key as keyof AuthStrings]);
          expect(value.endsWith('…'), `${tag}.${key} ends with … as English does`).to.equal(
            en[key as keyof AuthStrings].endsWith('…'),
          );
          expect(value, `${tag}.${key} uses three dots`).not.to.include('...');
        }
      });
    });
  }

  it('no two keys of a locale share a value', () => {
    for (const tag of TAGS) {
      const values = Object.values(registry().strings.get(tag)!);
      expect(new Set(values).size, `${tag}: ${values.join(' | ')}`).to.equal(values.length);
    }
  });

  it('<auth-sign-out-button lang="de"> shows "Abmelden"', async () => {
    const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button lang="de"></auth-sign-out-button>`);
    expect(signOutLabel(el)).to.equal('Abmelden');
    await expect(el).to.be.accessible();
  });

  it('a regional tag falls back to its language (pt-BR, zh-Hans-CN → pt, zh)', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <auth-sign-out-button lang="pt-BR"></auth-sign-out-button>
        <auth-sign-out-button lang="zh-Hans-CN"></auth-sign-out-button>
      </div>`,
    );
    const [pt, zh] = [...page.querySelectorAll<AuthSignOutButton>('auth-sign-out-button')];
    await Promise.all([pt!.updateComplete, zh!.updateComplete]);
    expect(signOutLabel(pt!)).to.equal('Sair');
    expect(signOutLabel(zh!)).to.equal('退出登录');
  });

  it('<auth-user-button lang="ar"> lays its trigger out right to left with the Arabic label', async () => {
    const client = fakeClient({ sessions: [ada()] });
    const el = await fixture<AuthUserButton>(html`<auth-user-button lang="ar" .auth=${client}></auth-user-button>`);
    await waitUntil(() => trigger(el).hasAttribute('aria-label'), 'the trigger never got a label');
    await el.updateComplete;
    expect(trigger(el).getAttribute('dir')).to.equal('rtl');
    expect(trigger(el).getAttribute('aria-label')).to.equal('فتح قائمة حساب Ada Lovelace');
    await expect(el).to.be.accessible();
  });

  it('every locale labels the user button trigger with its openMenuFor', async () => {
    for (const tag of TAGS) {
      const client = fakeClient({ sessions: [ada()] });
      const el = await fixture<AuthUserButton>(html`<auth-user-button lang=${tag} .auth=${client}></auth-user-button>`);
      const expected = registry().strings.get(tag)!.openMenuFor!.replace('{name}', 'Ada Lovelace');
      await waitUntil(() => trigger(el).getAttribute('aria-label') == expected, `${tag}: ${trigger(el).ariaLabel}`);
      expect(trigger(el).getAttribute('dir'), tag).to.equal(tag == 'ar' ? 'rtl' : 'ltr');
    }
  });

  describe('CDN files (dist/locales, after npm run build)', () => {
    const built = async (file: string) => (await fetch(file, { method: 'HEAD' })).ok;

    /** Forgets `tag` so that only the file under test can bring it back. */
    const forget = (tag: string) => registry().strings.delete(tag);

    it('<script src="dist/locales/ko.iife.js"> registers into the shared registry and re-renders', async function () {
      if (!(await built('/dist/locales/ko.iife.js'))) this.skip();
      forget('ko');
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button lang="ko"></auth-sign-out-button>`);
      expect(signOutLabel(el), 'before the script').to.equal('Sign out');
      const script = document.createElement('script');
      script.src = '/dist/locales/ko.iife.js';
      const loaded = new Promise((resolve, reject) => ((script.onload = resolve), (script.onerror = reject)));
      document.head.append(script);
      await loaded;
      await waitUntil(() => signOutLabel(el) == '로그아웃', `label after the script: ${signOutLabel(el)}`);
      expect(registry().strings.get('ko')).to.have.all.keys(Object.keys(en));
      script.remove();
    });

    it('<script type="module" src="dist/locales/ja.js"> does the same', async function () {
      if (!(await built('/dist/locales/ja.js'))) this.skip();
      forget('ja');
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button lang="ja"></auth-sign-out-button>`);
      expect(signOutLabel(el), 'before the script').to.equal('Sign out');
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/dist/locales/ja.js';
      const loaded = new Promise((resolve, reject) => ((script.onload = resolve), (script.onerror = reject)));
      document.head.append(script);
      await loaded;
      await nextTask();
      await waitUntil(() => signOutLabel(el) == 'ログアウト', `label after the script: ${signOutLabel(el)}`);
      script.remove();
    });
  });
});
