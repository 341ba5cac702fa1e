// <auth-device-list>: signing out one device and every other one through the shared flow (events,
// single flight with the page's sign-out buttons, no navigation), the keyboard, focus, and the
// reloads after sign-outs of this page and of another tab.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { AuthSignOutButton } from '../../src/index.js';
import { deviceList } from '../harness/device-list.js';
import { signOutButton } from '../harness/sign-out-button.js';
import { deviceClient, expectNoTarget, listOf } from '../helpers/device-list.js';
import { busy, deepActiveElement, deferred, idle, nextTask, press, recordEvents, types } from '../helpers/index.js';

const FLOW = ['auth-sign-out', 'auth-signed-out', 'auth-sign-out-error'];

describe('<auth-device-list> sign-out', () => {
  it('"Sign out" ends that device: scope session with its id, events, no navigation, the list reloads', async () => {
    const client = deviceClient({ afterSignOutUrl: '/bye' });
    const el = await listOf(client);
    const list = deviceList(el);
    const { log } = recordEvents(el, FLOW);
    list.signOutButton('dev_phone')!.click();
    await waitUntil(() => !list.row('dev_phone'), 'the phone leaves the list');
    expect(client.calls.map(({ scope, sessionId }) => ({ scope, sessionId }))).to.deep.equal([
      { scope: 'session', sessionId: 'dev_phone' },
    ]);
    expect(types(log)).to.deep.equal(['auth-sign-out', 'auth-signed-out']);
    expect(log[0]!.detail).to.deep.equal({ sessionId: 'dev_phone', scope: 'session', redirectUrl: null });
    expect(log[1]!.detail).to.deep.include({ sessionId: 'dev_phone', redirectUrl: null, source: 'this-tab' });
    expect(client.navigations, 'this device stays: no navigation').to.deep.equal([]);
    expect(client.session?.id).to.equal('sess_ada');
    expect(client.listings.length, 'reloaded').to.be.at.least(2);
    expect(list.names()).to.deep.equal(['Firefox on Linux', 'Chrome on Android']);
  });

  it('a canceled auth-sign-out signs nothing out', async () => {
    const client = deviceClient();
    const el = await listOf(client);
    el.addEventListener('auth-sign-out', event => event.preventDefault(), { once: true });
    deviceList(el).signOutButton('dev_phone')!.click();
    await nextTask();
    expect(client.calls).to.deep.equal([]);
    expect(deviceList(el).row('dev_phone')).to.exist;
  });

  it('"Sign out of all other devices": scope others, this device stays, no redirect unless redirect-url', async () => {
    const client = deviceClient({ afterSignOutUrl: '/bye' });
    const el = await listOf(client);
    const list = deviceList(el);
    const signedOut = oneEvent(el, 'auth-signed-out');
    list.othersButton()!.click();
    const { detail } = await signedOut;
    expect(detail).to.deep.include({ scope: 'others', sessionId: null, redirectUrl: null });
    await waitUntil(() => list.rows().length == 1, 'only this device is left');
    expect(list.names()).to.deep.equal(['Firefox on Linux']);
    expect(list.status()).to.equal('No other device is signed in.');
    expect(client.navigations).to.deep.equal([]);
    expect(
      client.sessions.map(s => s.id),
      'the accounts of this browser stay',
    ).to.deep.equal(['sess_ada', 'sess_grace']);
    await expect(el).to.be.accessible();

    const again = await listOf(deviceClient());
    again.redirectUrl = '/after';
    await again.updateComplete;
    const client2 = again.auth as ReturnType<typeof deviceClient>;
    deviceList(again).othersButton()!.click();
    await waitUntil(() => client2.navigations.length == 1, 'navigated');
    expect(client2.navigations).to.deep.equal([location.origin + '/after']);
  });

  it('a failed sign-out: one auth-sign-out-error, the device stays, the buttons work again', async () => {
    const client = deviceClient();
    const el = await listOf(client);
    const list = deviceList(el);
    client.failNext('revoke failed');
    const failed = oneEvent(el, 'auth-sign-out-error');
    list.signOutButton('dev_phone')!.click();
    const { detail } = await failed;
    expect(detail).to.deep.include({ code: 'failed', scope: 'session', sessionId: 'dev_phone' });
    await idle(el);
    expect(list.row('dev_phone')).to.exist;
    expect(list.signOutButton('dev_phone')!.getAttribute('aria-disabled')).to.equal(null);
  });

  it('single flight with a sign-out button on the page: both busy, one client call, clicks ignored', async () => {
    const gate = deferred();
    const client = deviceClient({ signOut: async (options, c) => (await gate.promise, c.apply(options)) });
    const el = await listOf(client);
    const button = await fixture<AuthSignOutButton>(
      html`<auth-sign-out-button .auth=${client}></auth-sign-out-button>`,
    );
    const list = deviceList(el);
    const { log } = recordEvents(document, FLOW);
    list.signOutButton('dev_phone')!.click();
    await busy(el, button);
    expect(list.signOutButton('dev_tablet')!.getAttribute('aria-disabled')).to.equal('true');
    expect(list.othersButton()!.getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    signOutButton(button).click();
    list.signOutButton('dev_tablet')!.click();
    list.othersButton()!.click();
    await nextTask();
    expect(client.calls, 'one client call').to.have.length(1);
    expect(types(log)).to.deep.equal(['auth-sign-out']);
    gate.resolve();
    await idle(el, button);
    expect(types(log)).to.deep.equal(['auth-sign-out', 'auth-signed-out']);
    await waitUntil(() => !list.row('dev_phone'), 'the phone leaves the list');
    expect(list.row('dev_tablet'), 'the ignored click ended nothing').to.exist;
  });

  it("a sign-out button's flight makes the list busy too, and the list reloads after it", async () => {
    const gate = deferred();
    const client = deviceClient({ signOut: async (options, c) => (await gate.promise, c.apply(options)) });
    const el = await listOf(client);
    const button = await fixture<AuthSignOutButton>(
      html`<auth-sign-out-button scope="others" .auth=${client}></auth-sign-out-button>`,
    );
    expect(signOutButton(button).label(), 'says what it ends').to.equal('Sign out of all other devices');
    signOutButton(button).click();
    await busy(el);
    const loads = client.listings.length;
    gate.resolve();
    await waitUntil(() => deviceList(el).rows().length == 1, 'the list shows this device only');
    expect(client.listings.length).to.be.above(loads);
  });

  it("another tab's sign-out reloads the list", async () => {
    const client = deviceClient();
    const el = await listOf(client);
    client.devices = client.devices.filter(d => d.sessionId != 'dev_tablet');
    const channel = new BroadcastChannel('auth-elements');
    channel.postMessage({ v: 1, tab: 'another-tab', type: 'signed-out', sessionId: 'dev_tablet', scope: 'session' });
    channel.close();
    await waitUntil(() => !deviceList(el).row('dev_tablet'), 'the tablet leaves the list');
  });

  it('the page shown again reloads the list (a device may have been signed out elsewhere)', async () => {
    const client = deviceClient();
    const el = await listOf(client);
    client.devices = client.devices.filter(d => d.sessionId != 'dev_phone');
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => !deviceList(el).row('dev_phone'), 'the phone leaves the list');
  });

  it('a signed-out device leaves the list and the targets at once, even when the reload fails', async () => {
    const client = deviceClient();
    const el = await listOf(client);
    const list = deviceList(el);
    const reload = deferred<never>();
    client.listDevices = () => reload.promise;
    list.signOutButton('dev_phone')!.click();
    await oneEvent(el, 'auth-signed-out');
    await el.updateComplete;
    expect(!!list.row('dev_phone'), 'gone before the reload answers').to.equal(false);
    const again = await fixture<AuthSignOutButton>(
      html`<auth-sign-out-button session-id="dev_phone" .auth=${client}></auth-sign-out-button>`,
    );
    setTimeout(() => signOutButton(again).click());
    expect((await oneEvent(again, 'auth-sign-out-error')).detail.code, 'no target').to.equal('unknown-session');
    expect(client.calls, 'signed out once').to.have.length(1);
    reload.reject(new Error('the provider is down'));
    await oneEvent(el, 'auth-device-list-error');
    await el.updateComplete;
    expect(list.names(), 'the failed reload brings it back nowhere').to.deep.equal([
      'Firefox on Linux',
      'Chrome on Android',
    ]);
  });

  it('"Sign out of all other devices": every other device leaves the list at once, before the reload', async () => {
    const client = deviceClient();
    const el = await listOf(client);
    const list = deviceList(el);
    client.listDevices = () => new Promise(() => {});
    list.othersButton()!.click();
    await oneEvent(el, 'auth-signed-out');
    await el.updateComplete;
    expect(list.names()).to.deep.equal(['Firefox on Linux']);
  });

  it('a device that left the list is no sign-out target any more', async () => {
    const client = deviceClient();
    const el = await listOf(client);
    client.devices = client.devices.filter(d => d.sessionId != 'dev_phone'); // ended elsewhere
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => !deviceList(el).row('dev_phone'), 'the phone leaves the list');
    const button = await expectNoTarget(client, 'dev_phone');
    // The tablet, still listed, still is one.
    button.sessionId = 'dev_tablet';
    await button.updateComplete;
    setTimeout(() => signOutButton(button).click());
    await oneEvent(button, 'auth-signed-out');
    expect(client.calls.map(call => call.sessionId)).to.deep.equal(['dev_tablet']);
  });

  it('keyboard: Tab reaches every button; Enter signs a device out; focus moves to the list', async () => {
    const el = await listOf(deviceClient());
    const list = deviceList(el);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const order = [list.signOutButton('dev_phone'), list.signOutButton('dev_tablet'), list.othersButton()];
    for (const button of order) {
      await press('Tab');
      expect(deepActiveElement()).to.equal(button);
    }
    before.focus();
    await press('Tab');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !list.row('dev_phone'), 'the phone leaves the list');
    const listElement = list.shadow.querySelector('[part~="list"]');
    await waitUntil(() => deepActiveElement() == listElement, 'focus on the list, not on another device');
    await press('Tab');
    expect(deepActiveElement(), 'Tab goes on to the next button').to.equal(list.signOutButton('dev_tablet'));
    await sendKeys({ press: ' ' });
    await waitUntil(() => !list.row('dev_tablet'), 'Space signs the tablet out');
    before.remove();
  });
});
