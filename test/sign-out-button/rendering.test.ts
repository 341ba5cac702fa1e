// <auth-sign-out-button>: what it renders (inner button or slotted control) and its keyboard.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import '../../src/locales/de.js';
import { setStrings, type AuthSignOutButton } from '../../src/index.js';
import { expectKeyActivates, guardNavigation, inner, label, settled } from '../helpers/sign-out-button.js';
import { clickCenter, fakeClient, nextTask, recordEvents } from '../helpers/index.js';

describe('<auth-sign-out-button>', () => {
  afterEach(async () => {
    await resetMouse();
  });

  describe('rendering', () => {
    it('renders a <button part="button" type="button"> labelled "Sign out" that signs out', async () => {
      const client = fakeClient();
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button .auth=${client}></auth-sign-out-button>`);
      const button = inner(el)!;
      expect(button != null, 'an inner button').to.be.true;
      expect(button.getAttribute('part')).to.equal('button');
      expect(button.getAttribute('type')).to.equal('button');
      expect(label(el)).to.equal('Sign out');
      expect(button.getBoundingClientRect().width).to.be.greaterThan(0);
      await expect(el).to.be.accessible();

      const signedOut = oneEvent(el, 'auth-signed-out');
      await clickCenter(button);
      await signedOut;
      expect(client.calls.length).to.equal(1);
    });

    it('says what its scope ends: every other device, every device, or this account', async () => {
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${fakeClient()}></auth-sign-out-button>`,
      );
      const cases: [string | null, string][] = [
        ['others', 'Sign out of all other devices'],
        ['everywhere', 'Sign out of all devices'],
        ['all', 'Sign out'],
        ['session', 'Sign out'],
        [null, 'Sign out'],
      ];
      for (const [scope, expected] of cases) {
        el.scope = scope as AuthSignOutButton['scope'];
        await el.updateComplete;
        expect(label(el), `scope ${scope}`).to.equal(expected);
      }
      el.lang = 'de';
      el.scope = 'everywhere';
      await waitUntil(() => label(el) == 'Von allen Geräten abmelden', `German: ${label(el)}`);
      // A language of the page's own without the key falls back to English for it, like for any key.
      setStrings('x-old', { signOut: 'Sign off' });
      el.lang = 'x-old';
      await waitUntil(() => label(el) == 'Sign out of all devices', `a language without it: ${label(el)}`);
      el.scope = 'all';
      await waitUntil(() => label(el) == 'Sign off', `its own signOut: ${label(el)}`);
    });

    it('shows slotted text instead of the "Sign out" label', async () => {
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${fakeClient()}>Log out of Example</auth-sign-out-button>`,
      );
      const button = inner(el)!;
      expect(button != null, 'text is a label, not a control').to.be.true;
      expect(button.textContent!.trim(), 'no default label next to the slotted one').to.equal('');
      // The slotted text is laid out inside the button.
      const range = document.createRange();
      range.selectNodeContents(el);
      const text = range.getBoundingClientRect();
      const box = button.getBoundingClientRect();
      expect(text.width).to.be.greaterThan(0);
      expect(text.left).to.be.at.least(box.left);
      expect(text.right).to.be.at.most(box.right);
      expect(text.top).to.be.at.least(box.top);
      expect(text.bottom).to.be.at.most(box.bottom);
      await expect(el).to.be.accessible();
    });

    it('makes a slotted <button> the control, with no inner button', async () => {
      const client = fakeClient();
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client}><button>Leave</button></auth-sign-out-button>`,
      );
      const control = el.querySelector('button')!;
      expect(el.shadowRoot!.querySelector('button, a, [part=button]') == null, 'no nested control').to.be.true;
      expect(control.getBoundingClientRect().width).to.be.greaterThan(0);
      await expect(el).to.be.accessible();

      const events = recordEvents(el, ['auth-sign-out']);
      await clickCenter(control);
      await settled(el, client, 1);
      expect(events.log.length).to.equal(1);
    });

    it('makes a slotted <a href> the control and does not follow it', async () => {
      const client = fakeClient();
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client}><a href="/elsewhere">Leave</a></auth-sign-out-button>`,
      );
      const link = el.querySelector('a')!;
      expect(el.shadowRoot!.querySelector('button, a, [part=button]') == null, 'no nested control').to.be.true;
      await expect(el).to.be.accessible();

      const before = location.href;
      const guard = guardNavigation();
      try {
        await clickCenter(link);
        await settled(el, client, 1);
      } finally {
        guard.stop();
      }
      expect(guard.prevented, 'the click was canceled by the element').to.deep.equal([true]);
      expect(location.href).to.equal(before);
    });

    it('does not follow a slotted same-page link either (the URL keeps its hash)', async () => {
      const client = fakeClient();
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client}><a href="#signed-out">Leave</a></auth-sign-out-button>`,
      );
      const before = location.href;
      el.querySelector('a')!.click();
      await settled(el, client, 1);
      expect(location.href, 'a fragment navigation would change the URL at once').to.equal(before);
    });

    it('makes a slotted role=menuitem the control', async () => {
      const client = fakeClient();
      const menu = await fixture<HTMLElement>(html`
        <div role="menu" aria-label="Account">
          <auth-sign-out-button .auth=${client}><div role="menuitem" tabindex="0">Sign out</div></auth-sign-out-button>
        </div>
      `);
      const el = menu.querySelector('auth-sign-out-button')!;
      await el.updateComplete;
      const item = el.querySelector<HTMLElement>('[role=menuitem]')!;
      expect(el.shadowRoot!.querySelector('button, a, [part=button]') == null, 'no nested control').to.be.true;
      await expect(menu).to.be.accessible();

      const events = recordEvents(el, ['auth-sign-out']);
      await clickCenter(item);
      await settled(el, client, 1);
      expect(events.log.length).to.equal(1);
    });

    it('makes a slotted role=button the control', async () => {
      const client = fakeClient();
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client}
          ><span role="button" tabindex="0">Leave</span></auth-sign-out-button
        >`,
      );
      expect(inner(el) == null, 'no inner button').to.be.true;
      await expect(el).to.be.accessible();
      await expectKeyActivates(el, client, el.querySelector<HTMLElement>('[role=button]')!, 'Enter');
      await clickCenter(el.querySelector('[role=button]')!);
      await settled(el, client, 3);
    });

    it('ignores white space and comments around a single slotted control', async () => {
      const client = fakeClient();
      const el = await fixture<AuthSignOutButton>(html`
        <auth-sign-out-button .auth=${client}>
          <!-- the host page's comment -->
          <button>Leave</button>
          <!-- another -->
        </auth-sign-out-button>
      `);
      const kinds = [...el.childNodes].map(node => node.nodeType);
      expect(kinds, 'the fixture really has comments and white space').to.include.members([
        Node.COMMENT_NODE,
        Node.TEXT_NODE,
      ]);
      expect(inner(el) == null, 'no inner button').to.be.true;
      await expect(el).to.be.accessible();

      el.querySelector('button')!.click();
      await settled(el, client, 1);
    });

    it('does not submit a form through a slotted submit button', async () => {
      const client = fakeClient();
      const submits: Event[] = [];
      const form = await fixture<HTMLFormElement>(html`
        <form
          action="/submitted"
          @submit=${(event: Event) => {
            submits.push(event);
            event.preventDefault();
          }}
        >
          <auth-sign-out-button .auth=${client}><button>Sign out</button></auth-sign-out-button>
        </form>
      `);
      const el = form.querySelector('auth-sign-out-button')!;
      await el.updateComplete;
      const button = el.querySelector('button')!;
      expect(button.type, 'a submit button in the markup acts as type="button" while it is the control').to.equal(
        'button',
      );

      await clickCenter(button);
      await settled(el, client, 1);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el, client, 2);
      await nextTask();
      expect(submits.length, 'submit events').to.equal(0);
    });

    it('switches between label and control when the slotted content changes', async () => {
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${fakeClient()}></auth-sign-out-button>`,
      );
      const link = document.createElement('a');
      link.href = '/elsewhere';
      link.textContent = 'Leave';
      el.append(link);
      await waitUntil(() => inner(el) == null, 'a slotted link did not become the control');
      link.remove();
      await waitUntil(() => label(el) == 'Sign out', 'the inner button did not come back');
    });
  });

  describe('keyboard', () => {
    for (const key of ['Enter', ' ']) {
      it(`"${key}" activates the inner button`, async () => {
        const client = fakeClient();
        const el = await fixture<AuthSignOutButton>(
          html`<auth-sign-out-button .auth=${client}></auth-sign-out-button>`,
        );
        await expectKeyActivates(el, client, inner(el)!, key);
      });

      it(`"${key}" activates a slotted <button>`, async () => {
        const client = fakeClient();
        const el = await fixture<AuthSignOutButton>(
          html`<auth-sign-out-button .auth=${client}><button>Leave</button></auth-sign-out-button>`,
        );
        await expectKeyActivates(el, client, el.querySelector('button')!, key);
      });

      it(`"${key}" activates a slotted <a href>, which does not follow`, async () => {
        const client = fakeClient();
        const el = await fixture<AuthSignOutButton>(
          html`<auth-sign-out-button .auth=${client}><a href="/elsewhere">Leave</a></auth-sign-out-button>`,
        );
        const before = location.href;
        const guard = guardNavigation();
        try {
          await expectKeyActivates(el, client, el.querySelector('a')!, key);
        } finally {
          guard.stop();
        }
        // Enter activates a link natively (a click, canceled); Space is the element's own.
        expect(guard.prevented.every(Boolean), 'every click was canceled').to.be.true;
        expect(location.href).to.equal(before);
      });

      it(`"${key}" activates a slotted role=menuitem`, async () => {
        const client = fakeClient();
        const menu = await fixture<HTMLElement>(html`
          <div role="menu" aria-label="Account">
            <auth-sign-out-button .auth=${client}
              ><div role="menuitem" tabindex="0">Sign out</div></auth-sign-out-button
            >
          </div>
        `);
        const el = menu.querySelector('auth-sign-out-button')!;
        await el.updateComplete;
        await expectKeyActivates(el, client, el.querySelector<HTMLElement>('[role=menuitem]')!, key);
      });
    }
  });
});
