// <auth-device-list>: every state (loading, list, empty, error with retry, unsupported, signed
// out), each accessible.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { AuthDeviceList } from '../../src/index.js';
import { createMemoryClient } from '../../src/testing/index.js';
import { deviceList } from '../harness/device-list.js';
import { deviceClient, devices, expectNoTarget, listOf } from '../helpers/device-list.js';
import { onCleanup } from '../helpers/index.js';

describe('<auth-device-list> states', () => {
  it('loading: a status line while the session or the devices load', async () => {
    const client = deviceClient({ loading: true, delay: 60_000 });
    const el = await listOf(client, 'en', false);
    const list = deviceList(el);
    expect(list.status()).to.equal('Loading devices');
    expect(list.liveRegion()!.textContent, 'the live region, empty').to.equal('');
    await expect(el).to.be.accessible();
    client.load();
    await waitUntil(() => client.listings.length == 1, 'listDevices was called once the session is known');
    await el.updateComplete;
    expect(list.status(), 'still loading while listDevices answers').to.equal('Loading devices');
    expect(list.ready()).to.be.false;
  });

  it('the list: this device first, then the most recently active', async () => {
    const client = deviceClient({ devices: [...devices()].reverse() });
    const el = await listOf(client);
    const list = deviceList(el);
    expect(list.names()).to.deep.equal(['Firefox on Linux', 'Safari on iOS', 'Chrome on Android']);
    expect(list.rows()[0]!.getAttribute('part')).to.equal('device current');
    expect(list.rows()[0]!.textContent).to.include('This device');
    expect(list.signOutButton('sess_ada'), 'no sign-out for this device').to.equal(null);
    expect(list.signOutButton('dev_phone')).to.exist;
    expect(list.othersButton()?.textContent?.trim()).to.equal('Sign out of all other devices');
    expect(list.status(), 'no status line').to.equal(null);
    expect(list.shadow.querySelector('[part~=list]')!.getAttribute('aria-label')).to.equal('Signed-in devices');
    await expect(el).to.be.accessible();
  });

  it('empty: only this device, a note and no "Sign out of all other devices"', async () => {
    const client = deviceClient({ devices: devices().slice(0, 1) });
    const el = await listOf(client);
    const list = deviceList(el);
    expect(list.names()).to.deep.equal(['Firefox on Linux']);
    expect(list.status()).to.equal('No other device is signed in.');
    expect(list.othersButton()).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('"Sign out of all other devices" only when the client supports scope others', async () => {
    const el = await listOf(deviceClient({ supportsScope: undefined }));
    expect(deviceList(el).othersButton()).to.equal(null);
    expect(deviceList(el).signOutButton('dev_phone'), 'one device still can be signed out').to.exist;
  });

  it('error: a message and "Try again", which loads again; one auth-device-list-error', async () => {
    const client = deviceClient();
    client.failNext('the provider is down');
    const errors: CustomEvent[] = [];
    const record = (event: CustomEvent) => errors.push(event);
    addEventListener('auth-device-list-error', record);
    onCleanup(() => removeEventListener('auth-device-list-error', record));
    const el = await fixture<AuthDeviceList>(html`<auth-device-list .auth=${client}></auth-device-list>`);
    const list = deviceList(el);
    await waitUntil(() => list.retryButton(), 'the retry button');
    expect(list.status()).to.equal('Could not load the devices.');
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.code).to.equal('failed');
    expect(errors[0]!.detail.error.message).to.equal('the provider is down');
    expect(errors[0]!.target).to.equal(el);
    await expect(el).to.be.accessible();
    list.retryButton()!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => list.ready(), 'the list after the retry');
    expect(list.rows()).to.have.length(3);
    expect(errors).to.have.length(1);
    // The button went with the error; focus is on the list that replaced it, not lost to the page.
    await waitUntil(() => el.shadowRoot!.activeElement?.matches('[part~=list]'), 'focus on the list');
  });

  it('"Try again", then a click into another field while it loads: focus stays in that field', async () => {
    const client = deviceClient();
    client.failNext('the provider is down');
    const el = await fixture<HTMLElement>(html`
      <div>
        <input id="search" />
        <auth-device-list .auth=${client}></auth-device-list>
      </div>
    `);
    const list = deviceList(el.querySelector('auth-device-list')!);
    const search = el.querySelector('input')!;
    await waitUntil(() => list.retryButton(), 'the retry button');
    client.delay = 100;
    list.retryButton()!.focus();
    await sendKeys({ press: 'Enter' });
    search.focus(); // the user goes on while the list loads
    await waitUntil(() => list.ready(), 'the list after the retry');
    await el.querySelector('auth-device-list')!.updateComplete;
    await new Promise(resolve => setTimeout(resolve));
    expect(document.activeElement == search, 'focus stays in the field').to.equal(true);
  });

  it('error: no answer within timeout is code timeout', async () => {
    const client = deviceClient({ delay: 60_000 });
    const el = await fixture<AuthDeviceList>(html`<auth-device-list timeout="50" .auth=${client}></auth-device-list>`);
    const { detail } = await oneEvent(el, 'auth-device-list-error');
    expect(detail.code).to.equal('timeout');
    expect(client.listings[0]!.signal.aborted, 'the call was aborted').to.be.true;
    await el.updateComplete;
    expect(deviceList(el).status()).to.equal('Could not load the devices.');
  });

  it('error: a value that is not an array fails; entries without a session id are skipped', async () => {
    const client = deviceClient();
    client.listDevices = async () => 'nope' as never;
    const failed = oneEvent(document, 'auth-device-list-error');
    const el = await fixture<AuthDeviceList>(html`<auth-device-list .auth=${client}></auth-device-list>`);
    expect((await failed).detail.error.message).to.equal('listDevices did not resolve an array');
    client.listDevices = async () => [null, { sessionId: 7 }, { current: true }, ...devices().slice(1, 2)] as never;
    await el.reload();
    await el.updateComplete;
    expect(deviceList(el).names()).to.deep.equal(['Safari on iOS']);
  });

  it('unsupported: a client without listDevices', async () => {
    const el = await listOf(createMemoryClient(), 'en', false);
    await waitUntil(() => deviceList(el).status()?.includes('does not list'), 'the unsupported note');
    expect(deviceList(el).status()).to.equal('This sign-in provider does not list devices.');
    await expect(el).to.be.accessible();
  });

  it('signed out: renders nothing; signing in loads the list', async () => {
    const client = deviceClient({ current: null });
    const el = await listOf(client, 'en', false);
    expect(el.shadowRoot!.children).to.have.length(0);
    expect(client.listings).to.have.length(0);
    client.addSession(client.sessions[0]!);
    await waitUntil(() => deviceList(el).ready(), 'the list after signing in');
  });

  it('signing out: the list goes, and nothing loads or fails while signed out', async () => {
    const client = deviceClient();
    const el = await listOf(client);
    const errors: Event[] = [];
    el.addEventListener('auth-device-list-error', event => errors.push(event));
    const calls = client.listings.length;
    await client.signOut({ scope: 'all', signal: new AbortController().signal });
    await el.updateComplete;
    expect(el.shadowRoot!.children, 'nothing is shown signed out').to.have.length(0);
    document.dispatchEvent(new Event('visibilitychange'));
    await el.reload();
    await el.updateComplete;
    expect(client.listings.length, 'no listDevices call signed out').to.equal(calls);
    expect(errors, 'no auth-device-list-error').to.have.length(0);
  });

  it("switching accounts: none of the last account's devices stay, even when the next load fails", async () => {
    const client = deviceClient();
    const el = await listOf(client);
    const list = deviceList(el);
    expect(list.rows()).to.have.length(3);
    client.session = client.sessions.find(session => session.id == 'sess_grace');
    client.failNext('the provider is down');
    client.emitChange();
    await el.updateComplete;
    expect(list.rows(), "Ada's devices are gone at once").to.have.length(0);
    await waitUntil(() => list.retryButton(), 'the failed load of the next account');
    expect(list.rows(), 'still none after the failure').to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it("taken out and put back after another account signed in: none of the last account's devices, shown or as a sign-out target", async () => {
    const client = deviceClient();
    const el = await listOf(client);
    const list = deviceList(el);
    expect(list.rows()).to.have.length(3);
    const parent = el.parentElement!;
    el.remove(); // a cached view (Vue's KeepAlive, a reused route)
    client.session = client.sessions.find(session => session.id == 'sess_grace');
    client.failNext('the provider is down');
    client.emitChange();
    parent.append(el);
    await el.updateComplete;
    expect(list.rows(), "Ada's devices are gone at once").to.have.length(0);
    await waitUntil(() => list.retryButton(), 'the failed load of the next account');
    expect(list.rows(), 'still none after the failure').to.have.length(0);
    // Ada's phone, listed before, is no device a sign-out may name now.
    await expectNoTarget(client, 'dev_phone');
  });

  it("out of the page while another account signs in: none of the last account's devices is a sign-out target", async () => {
    const client = deviceClient();
    const el = await listOf(client);
    expect(deviceList(el).rows()).to.have.length(3);
    el.remove(); // a cached view, not put back yet
    client.session = client.sessions.find(session => session.id == 'sess_grace');
    client.emitChange();
    await expectNoTarget(client, 'dev_phone');
  });

  it('put back with the same account signed in: its list stays shown while it is loaded again', async () => {
    const client = deviceClient();
    const el = await listOf(client);
    const list = deviceList(el);
    const parent = el.parentElement!;
    el.remove();
    const loads = client.listings.length;
    parent.append(el);
    await el.updateComplete;
    expect(list.rows(), 'no flash of the loading state').to.have.length(3);
    await waitUntil(() => client.listings.length == loads + 1, 'loaded again');
  });

  it('no client: the loading state', async () => {
    const el = await listOf(null, 'en', false);
    expect(deviceList(el).status()).to.equal('Loading devices');
    await expect(el).to.be.accessible();
  });

  it('dark and light themes keep the device details readable', async () => {
    for (const scheme of ['light', 'dark']) {
      const el = await listOf(deviceClient());
      el.style.setProperty('--auth-color-scheme', scheme);
      await expect(el, scheme).to.be.accessible();
    }
  });
});
