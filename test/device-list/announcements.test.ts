// <auth-device-list>: one live region, there and empty from the first render on, says what a
// sign-out ended once the list shows it (nothing for a canceled or failed one), and that the
// first load failed.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/locales/de.js';
import { deviceList } from '../harness/device-list.js';
import { deviceClient, holdLoads, listOf } from '../helpers/device-list.js';
import { busy, deferred, idle, nextTask, type Deferred } from '../helpers/index.js';

const said = (text: string) => (el: Parameters<typeof deviceList>[0]) =>
  waitUntil(() => deviceList(el).liveRegion()!.textContent == text, `the live region says "${text}"`);

describe('<auth-device-list> announcements', () => {
  it('one live region, empty and the same node from the loading state to the list', async () => {
    const client = deviceClient({ loading: true });
    const el = await listOf(client, 'en', false);
    const list = deviceList(el);
    const region = list.liveRegion()!;
    expect(region.textContent).to.equal('');
    expect(list.status()).to.equal('Loading devices');
    expect(list.shadow.querySelectorAll('[role], [aria-live]'), 'the only live region').to.have.length(1);
    await expect(el).to.be.accessible();
    client.load();
    await waitUntil(() => list.ready(), 'the devices are shown');
    expect(list.liveRegion(), 'kept, not created again').to.equal(region);
    expect(region.textContent).to.equal('');
    const { width, height } = region.getBoundingClientRect();
    expect(width * height, 'read, not shown').to.be.at.most(1);
  });

  it('"Sign out": once the device left the list, "Signed out of" the device', async () => {
    const el = await listOf(deviceClient());
    const list = deviceList(el);
    const region = list.liveRegion();
    list.signOutButton('dev_phone')!.click();
    await said('Signed out of Safari on iOS, Paris, France')(el);
    expect(list.row('dev_phone'), 'said after the list changed').to.equal(null);
    expect(list.liveRegion()).to.equal(region);
    await expect(el).to.be.accessible();
  });

  it('"Sign out of all other devices": "Signed out of all other devices"', async () => {
    const el = await listOf(deviceClient());
    const list = deviceList(el);
    list.othersButton()!.click();
    await said('Signed out of all other devices')(el);
    expect(list.rows()).to.have.length(1);
    expect(list.status()).to.equal('No other device is signed in.');
    await expect(el).to.be.accessible();
  });

  it('a failed first load is said; the retry empties the region while it loads, and again once it failed', async () => {
    const client = deviceClient();
    client.failNext('the provider is down');
    const el = await listOf(client, 'en', false);
    const list = deviceList(el);
    const region = list.liveRegion()!;
    await said('Could not load the devices.')(el);
    expect(list.liveRegion(), 'the same region, filled later').to.equal(region);
    await expect(el).to.be.accessible();
    const held = holdLoads(client, new Error('still down'));
    list.retryButton()!.click();
    await waitUntil(() => list.status() == 'Loading devices', 'loading again');
    expect(region.textContent, 'emptied while loading').to.equal('');
    held.open();
    await said('Could not load the devices.')(el);
    held.restore();
    list.retryButton()!.click();
    await waitUntil(() => list.ready(), 'the list after the second retry');
    expect(region.textContent, 'nothing left to say once the list is shown').to.equal('');
  });

  it("what was said of one account's list is not said again once another account's list replaced it", async () => {
    const client = deviceClient();
    const el = await listOf(client);
    const list = deviceList(el);
    const region = list.liveRegion()!;
    list.signOutButton('dev_phone')!.click();
    await said('Signed out of Safari on iOS, Paris, France')(el);
    // Another account, whose first load fails, then a retry that is held while it loads.
    client.session = client.sessions.find(session => session.id == 'sess_grace');
    client.failNext('the provider is down');
    client.emitChange();
    await said('Could not load the devices.')(el);
    const held = holdLoads(client);
    list.retryButton()!.click();
    await waitUntil(() => list.status() == 'Loading devices', 'loading again');
    expect(region.textContent, 'not the sign-out of the other account').to.equal('');
    held.open();
    await waitUntil(() => list.ready(), "the second account's list");
    expect(region.textContent, 'nothing said of the new list').to.equal('');
  });

  it('says what a sign-out ended only once a load after it is shown, also when a newer load replaced its own', async () => {
    const client = deviceClient();
    const el = await listOf(client);
    const list = deviceList(el);
    const { gates } = holdLoads(client);
    const signedOut = oneEvent(el, 'auth-signed-out');
    list.signOutButton('dev_phone')!.click();
    await signedOut;
    await waitUntil(() => gates.length > 0, 'the list reloads after the sign-out');
    const own = gates.length;
    void el.reload(); // a newer load, as the page shown again would start
    expect(gates, 'a newer load').to.have.length(own + 1);
    gates.slice(0, own).forEach(gate => gate.resolve());
    await nextTask();
    await el.updateComplete;
    expect(!!list.row('dev_phone'), 'off the list at once, the newer load running').to.equal(false);
    expect(list.liveRegion()!.textContent, 'nothing said before a load after the sign-out is shown').to.equal('');
    gates[own]!.resolve();
    await said('Signed out of Safari on iOS, Paris, France')(el);
    expect(list.row('dev_phone')).to.equal(null);
  });

  it('says nothing of a sign-out when another account is shown by the time the list reloaded', async () => {
    const client = deviceClient();
    const el = await listOf(client);
    const list = deviceList(el);
    const held = holdLoads(client);
    const signedOut = oneEvent(el, 'auth-signed-out');
    list.signOutButton('dev_phone')!.click();
    await signedOut;
    client.session = client.sessions.find(session => session.id == 'sess_grace');
    client.emitChange();
    held.open();
    await waitUntil(() => list.ready(), "the other account's list");
    await nextTask();
    await el.updateComplete;
    expect(list.liveRegion()!.textContent, "not a sign-out of the last account's device").to.equal('');
  });

  it('in the element language', async () => {
    const el = await listOf(deviceClient(), 'de');
    deviceList(el).signOutButton('dev_tablet')!.click();
    await said('Chrome unter Android wurde abgemeldet')(el);
  });

  it('emptied while the next sign-out runs; nothing said for a canceled or a failed one', async () => {
    // The first sign-out answers at once; a gate set later holds the next one.
    const held: { gate?: Deferred<void> } = {};
    const client = deviceClient({ signOut: async (options, c) => (await held.gate?.promise, c.apply(options)) });
    const el = await listOf(client);
    const list = deviceList(el);
    list.signOutButton('dev_phone')!.click();
    await said('Signed out of Safari on iOS, Paris, France')(el);

    const gate = (held.gate = deferred());
    list.signOutButton('dev_tablet')!.click();
    await busy(el);
    await el.updateComplete;
    expect(list.liveRegion()!.textContent, 'the same words would be announced again').to.equal('');
    gate.reject(new Error('revoke failed'));
    await idle(el);
    await el.updateComplete;
    expect(list.row('dev_tablet')).to.exist;
    expect(list.liveRegion()!.textContent, 'failed: nothing said').to.equal('');

    el.addEventListener('auth-sign-out', event => event.preventDefault(), { once: true });
    list.signOutButton('dev_tablet')!.click();
    await el.updateComplete;
    expect(list.liveRegion()!.textContent, 'canceled: nothing said').to.equal('');
    expect(client.calls.map(call => call.sessionId)).to.deep.equal(['dev_phone', 'dev_tablet']);
  });
});
