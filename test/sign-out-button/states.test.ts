// <auth-sign-out-button> disabled and busy: the control, its ARIA state and the host page's values.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { type AuthSignOutButton } from '../../src/index.js';
import {
  expectKeyActivates,
  expectKeyIgnored,
  guardNavigation,
  inner,
  label,
  matchesBusyState,
  settled,
} from '../helpers/sign-out-button.js';
import {
  applySignOut,
  clickCenter,
  deepActiveElement,
  deferred,
  fakeClient,
  nextTask,
  recordEvents,
} from '../helpers/index.js';

describe('<auth-sign-out-button>', () => {
  afterEach(async () => {
    await resetMouse();
  });

  describe('disabled', () => {
    it('blocks the inner button', async () => {
      const client = fakeClient();
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button disabled .auth=${client}></auth-sign-out-button>`,
      );
      const button = inner(el)!;
      expect(button.disabled).to.be.true;
      await expect(el).to.be.accessible();

      const events = recordEvents(el, ['auth-sign-out']);
      await clickCenter(button);
      button.click();
      button.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: ' ' });
      await nextTask();
      expect(events.log.length, 'auth-sign-out while disabled').to.equal(0);
      expect(client.calls.length, 'client calls while disabled').to.equal(0);

      el.disabled = false;
      await el.updateComplete;
      await clickCenter(button);
      await settled(el, client, 1);
      expect(events.log.length).to.equal(1);
    });

    it('blocks a slotted link and restores its own aria-disabled', async () => {
      const client = fakeClient();
      const el = await fixture<AuthSignOutButton>(html`
        <auth-sign-out-button disabled .auth=${client}
          ><a href="/elsewhere" aria-disabled="false">Leave</a></auth-sign-out-button
        >
      `);
      const link = el.querySelector('a')!;
      expect(link.getAttribute('aria-disabled')).to.equal('true');
      await expect(el).to.be.accessible();

      const guard = guardNavigation();
      try {
        await clickCenter(link);
        await expectKeyIgnored(el, client, link, ' ');
        await expectKeyIgnored(el, client, link, 'Enter');
      } finally {
        guard.stop();
      }
      expect(guard.prevented.length, 'clicks (mouse and Enter)').to.equal(2);
      expect(guard.prevented.every(Boolean), 'a disabled link does not follow either').to.be.true;

      el.disabled = false;
      await el.updateComplete;
      expect(link.getAttribute('aria-disabled'), "the page's own value").to.equal('false');
      link.focus();
      await sendKeys({ press: ' ' });
      await settled(el, client, 1);
    });

    it('blocks a slotted <button> and restores it when enabled', async () => {
      const client = fakeClient();
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client}><button>Leave</button></auth-sign-out-button>`,
      );
      const button = el.querySelector('button')!;
      expect(button.hasAttribute('aria-disabled')).to.be.false;

      el.disabled = true;
      await el.updateComplete;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.disabled).to.be.true;
      await expect(el).to.be.accessible();
      const events = recordEvents(el, ['auth-sign-out']);
      await clickCenter(button);
      button.click();
      await nextTask();
      expect(events.log.length).to.equal(0);
      expect(client.calls.length).to.equal(0);

      el.removeAttribute('disabled');
      await el.updateComplete;
      expect(button.hasAttribute('aria-disabled'), 'no aria-disabled, as before').to.be.false;
      expect(button.disabled).to.be.false;
      await expectKeyActivates(el, client, button, 'Enter');
    });

    it('blocks a slotted role=menuitem', async () => {
      const client = fakeClient();
      const menu = await fixture<HTMLElement>(html`
        <div role="menu" aria-label="Account">
          <auth-sign-out-button disabled .auth=${client}
            ><div role="menuitem" tabindex="0">Sign out</div></auth-sign-out-button
          >
        </div>
      `);
      const el = menu.querySelector('auth-sign-out-button')!;
      await el.updateComplete;
      const item = el.querySelector<HTMLElement>('[role=menuitem]')!;
      expect(item.getAttribute('aria-disabled')).to.equal('true');
      await expect(menu).to.be.accessible();
      await expectKeyIgnored(el, client, item, 'Enter');
      await expectKeyIgnored(el, client, item, ' ');
      item.click();
      await nextTask();
      expect(client.calls.length).to.equal(0);

      el.disabled = false;
      await el.updateComplete;
      expect(item.hasAttribute('aria-disabled')).to.be.false;
      await expectKeyActivates(el, client, item, ' ');
    });

    it("restores a slotted control's own values when it is removed while disabled", async () => {
      const el = await fixture<AuthSignOutButton>(html`
        <auth-sign-out-button disabled .auth=${fakeClient()}
          ><button aria-disabled="false">Leave</button></auth-sign-out-button
        >
      `);
      const button = el.querySelector('button')!;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.disabled).to.be.true;

      button.remove();
      await waitUntil(() => button.getAttribute('aria-disabled') == 'false', 'aria-disabled was not restored');
      expect(button.disabled).to.be.false;
      expect(label(el), 'the inner button is back').to.equal('Sign out');
    });

    it("restores a slotted control's own values while the element is out of the page", async () => {
      const el = await fixture<AuthSignOutButton>(html`
        <auth-sign-out-button disabled .auth=${fakeClient()}><a href="/elsewhere">Leave</a></auth-sign-out-button>
      `);
      const link = el.querySelector('a')!;
      const parent = el.parentElement!;
      expect(link.getAttribute('aria-disabled')).to.equal('true');
      el.remove();
      expect(link.hasAttribute('aria-disabled'), 'restored on removal').to.be.false;
      parent.append(el);
      await waitUntil(() => link.getAttribute('aria-disabled') == 'true', 'not disabled again when back in the page');
    });

    it('keeps a slotted button disabled when the page disabled it itself', async () => {
      const el = await fixture<AuthSignOutButton>(html`
        <auth-sign-out-button .auth=${fakeClient()}><button disabled>Leave</button></auth-sign-out-button>
      `);
      const button = el.querySelector('button')!;
      el.disabled = true;
      await el.updateComplete;
      el.disabled = false;
      await el.updateComplete;
      expect(button.disabled).to.be.true;
      expect(button.hasAttribute('aria-disabled')).to.be.false;
    });
  });

  describe('busy', () => {
    it('clears a busy state its markup arrived with (a copy made during a flight)', async () => {
      const client = fakeClient();
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button busy aria-busy="true" .auth=${client}></auth-sign-out-button>`,
      );
      await el.updateComplete;
      expect(el.busy).to.be.false;
      expect(el.hasAttribute('busy')).to.be.false;
      expect(el.hasAttribute('aria-busy')).to.be.false;
    });

    it('shows the busy state while the client signs out, ignores clicks, then recovers', async () => {
      const d = deferred();
      const client = fakeClient({ signOut: () => d.promise });
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button .auth=${client}></auth-sign-out-button>`);
      const button = inner(el)!;
      const events = recordEvents(el, ['auth-sign-out', 'auth-signed-out']);

      button.click();
      await waitUntil(() => el.hasAttribute('busy'), 'never busy');
      await el.updateComplete;
      expect(el.getAttribute('aria-busy')).to.equal('true');
      // null: no `:state()` in this browser; the busy attribute covers styling there.
      const state = matchesBusyState(el);
      if (state != null) expect(state, ':state(busy)').to.be.true;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(label(el)).to.equal('Signing out…');
      await expect(el).to.be.accessible();

      await clickCenter(button);
      button.click();
      await nextTask();
      expect(client.calls.length, 'clicks while busy call nobody').to.equal(1);
      expect(events.log.map(e => e.type)).to.deep.equal(['auth-sign-out']);

      d.resolve();
      await oneEvent(el, 'auth-signed-out');
      await waitUntil(() => !el.hasAttribute('busy'), 'still busy');
      await el.updateComplete;
      expect(el.hasAttribute('aria-busy')).to.be.false;
      if (state != null) expect(matchesBusyState(el), ':state(busy)').to.be.false;
      expect(button.hasAttribute('aria-disabled')).to.be.false;
      expect(label(el)).to.equal('Sign out');
      await expect(el).to.be.accessible();

      await clickCenter(button);
      await settled(el, client, 2);
      expect(events.log.filter(e => e.type == 'auth-sign-out').length).to.equal(2);
    });

    it('recovers after a failed sign-out', async () => {
      const d = deferred();
      const client = fakeClient({ signOut: () => d.promise });
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button .auth=${client}></auth-sign-out-button>`);
      inner(el)!.click();
      await waitUntil(() => el.hasAttribute('busy'), 'never busy');
      const failed = oneEvent(el, 'auth-sign-out-error');
      d.reject(new Error('provider down'));
      expect((await failed).detail.code).to.equal('failed');
      await waitUntil(() => !el.hasAttribute('busy'), 'still busy');
      await el.updateComplete;
      expect(label(el)).to.equal('Sign out');
      expect(inner(el)!.hasAttribute('aria-disabled')).to.be.false;
    });

    it('keeps a slotted label while busy', async () => {
      const d = deferred();
      const client = fakeClient({ signOut: () => d.promise });
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client}>Log out</auth-sign-out-button>`,
      );
      inner(el)!.click();
      await waitUntil(() => el.hasAttribute('busy'), 'never busy');
      await el.updateComplete;
      expect(label(el), 'no "Signing out…" next to the slotted label').to.equal('');
      d.resolve();
      await settled(el, client, 1);
    });

    it('disables a slotted control while busy and restores its own values afterwards', async () => {
      const d = deferred();
      const client = fakeClient({ signOut: () => d.promise });
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client}><button aria-disabled="false">Leave</button></auth-sign-out-button>`,
      );
      const button = el.querySelector('button')!;
      const events = recordEvents(el, ['auth-sign-out']);

      button.click();
      await waitUntil(() => el.hasAttribute('busy'), 'never busy');
      await el.updateComplete;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.disabled).to.be.true;
      expect(el.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();

      d.resolve();
      await settled(el, client, 1);
      expect(button.getAttribute('aria-disabled'), "the page's own value").to.equal('false');
      expect(button.disabled).to.be.false;
      button.click();
      await settled(el, client, 2);
      expect(events.log.length).to.equal(2);
    });

    it('gives focus back to a slotted <button> after a slow sign-out', async () => {
      const d = deferred();
      const client = fakeClient({ signOut: (options, self) => d.promise.then(() => applySignOut(self, options)) });
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client}><button>Leave</button></auth-sign-out-button>`,
      );
      const button = el.querySelector('button')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => button.disabled, 'the control was not disabled while busy');
      // Let the engine apply its focus fixup to the disabled button (two rendering steps).
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      d.resolve();
      await settled(el, client, 1);
      expect(client.session, 'signed out, no navigation').to.equal(null);
      await waitUntil(() => deepActiveElement() == button, 'focus did not return to the control');
    });

    it('disables a slotted link while busy and removes aria-disabled afterwards', async () => {
      const d = deferred();
      const client = fakeClient({ signOut: () => d.promise });
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client}><a href="/elsewhere">Leave</a></auth-sign-out-button>`,
      );
      const link = el.querySelector('a')!;
      const guard = guardNavigation();
      try {
        link.click();
        await waitUntil(() => el.hasAttribute('busy'), 'never busy');
        await el.updateComplete;
        expect(link.getAttribute('aria-disabled')).to.equal('true');
        await expect(el).to.be.accessible();
        link.click();
        await nextTask();
        expect(client.calls.length, 'a click while busy calls nobody').to.equal(1);
        d.resolve();
        await settled(el, client, 1);
      } finally {
        guard.stop();
      }
      expect(guard.prevented).to.deep.equal([true, true]);
      expect(link.hasAttribute('aria-disabled')).to.be.false;
    });
  });
});
