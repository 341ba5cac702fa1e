import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/define.js';
import { setStrings, type AuthSignOutButton } from '../src/index.js';
import {
  applySignOut,
  captureWarnings,
  deferred,
  fakeClient,
  recordEvents,
  settle,
  type FakeClient,
} from './helpers.js';

/** The inner shadow button, or null in slotted-control mode. */
const inner = (el: AuthSignOutButton): HTMLButtonElement | null => el.shadowRoot!.querySelector('button');

/** The text the inner button shows by itself (its default label). */
const label = (el: AuthSignOutButton): string => inner(el)?.textContent?.trim() ?? '';

/** Clicks with the real mouse at the middle of `node`. */
async function clickCenter(node: Element): Promise<void> {
  const { left, top, width, height } = node.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(left + width / 2), Math.round(top + height / 2)] });
}

/** The element that has focus, looking into open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until the flight started by the `n`th client call is over and the element is usable. */
async function settled(el: AuthSignOutButton, client: FakeClient, n: number): Promise<void> {
  await waitUntil(() => client.calls.length == n, `expected ${n} sign-out call(s), got ${client.calls.length}`, {
    timeout: 2000,
  });
  await waitUntil(() => !el.hasAttribute('busy'), 'the sign-out never settled', { timeout: 2000 });
  await el.updateComplete;
}

/**
 * Focuses `control`, presses `key` twice, and checks that every press signed out exactly once
 * (one `auth-sign-out`, one client call) and that focus stayed on the control.
 */
async function expectKeyActivates(el: AuthSignOutButton, client: FakeClient, control: HTMLElement, key: string) {
  const events = recordEvents(el, ['auth-sign-out']);
  control.focus();
  expect(deepActiveElement() == control, 'the control has focus').to.be.true;
  for (const n of [1, 2]) {
    await sendKeys({ press: key });
    await settled(el, client, n);
    await settle();
    expect(client.calls.length, `client calls after ${n} press(es) of "${key}"`).to.equal(n);
    expect(events.log.length, `auth-sign-out events after ${n} press(es) of "${key}"`).to.equal(n);
    await waitUntil(() => deepActiveElement() == control, 'focus left the control', { timeout: 2000 });
  }
  events.stop();
}

/** Presses `key` on `control` and checks nothing happened. */
async function expectKeyIgnored(el: AuthSignOutButton, client: FakeClient, control: HTMLElement, key: string) {
  const events = recordEvents(el, ['auth-sign-out']);
  control.focus();
  await sendKeys({ press: key });
  await settle();
  events.stop();
  expect(events.log.length, `auth-sign-out after "${key}"`).to.equal(0);
  expect(client.calls.length, `client calls after "${key}"`).to.equal(0);
}

/** Relative luminance of a CSS colour, normalised through a canvas. */
function luminance(color: string): number {
  const context = document.createElement('canvas').getContext('2d')!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = [...context.getImageData(0, 0, 1, 1).data].map(v => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Whether `el` matches `:state(busy)`, or null when the browser has no `:state()`. */
function matchesBusyState(el: Element): boolean | null {
  try {
    return el.matches(':state(busy)');
  } catch {
    return null;
  }
}

/** Keeps the test page where it is should a link click not be canceled, and records that it was. */
function guardNavigation(): { prevented: boolean[]; stop(): void } {
  const prevented: boolean[] = [];
  // Bubble phase on window: runs after the element's own handler.
  const listener = (event: Event) => {
    prevented.push(event.defaultPrevented);
    event.preventDefault();
  };
  window.addEventListener('click', listener);
  return { prevented, stop: () => window.removeEventListener('click', listener) };
}

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
      await settle();
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
      await settle();
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
      await settle();
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
      await settle();
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
      await settle();
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
        await settle();
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

  describe('warnings', () => {
    it('warns once about interactive content inside the inner button', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<AuthSignOutButton>(
          html`<auth-sign-out-button .auth=${fakeClient()}><span>x</span><a href="#">y</a></auth-sign-out-button>`,
        );
        expect(inner(el) != null, 'two nodes are not a control').to.be.true;
        el.append(' more');
        await settle();
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
        await settle();
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
