// mountDeviceList / unmountDeviceList, and on an adapter object with `auth` preset.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { mountDeviceList, unmountDeviceList, withMount, type AuthDeviceList } from '../../src/index.js';
import { deviceList } from '../harness/device-list.js';
import { deviceClient } from '../helpers/device-list.js';

describe('mountDeviceList', () => {
  it('appends one <auth-device-list>, updates it on a second mount, and unmounts', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><p>kept</p></div>`);
    const client = deviceClient();
    const errors: Event[] = [];
    const handle = mountDeviceList(host, { auth: client, on: { 'auth-device-list-error': e => errors.push(e) } });
    const el = handle.element as AuthDeviceList;
    expect(el.localName).to.equal('auth-device-list');
    expect(host.lastElementChild).to.equal(el);
    await waitUntil(() => deviceList(el).ready(), 'the devices');
    expect(mountDeviceList(host, { redirectUrl: '/after', timeout: 500 }).element).to.equal(el);
    expect(el.redirectUrl).to.equal('/after');
    expect(el.timeout).to.equal(500);
    client.failNext('down');
    await el.reload();
    expect(errors).to.have.length(1);
    handle.update({ redirectUrl: undefined });
    expect(el.redirectUrl).to.equal(null);
    unmountDeviceList(host);
    expect(host.querySelector('auth-device-list')).to.equal(null);
    expect(host.children).to.have.length(1);
    unmountDeviceList(host);
  });

  it('an adapter object mounts it with auth preset', async () => {
    const client = withMount(deviceClient());
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = client.mountDeviceList(host).element as AuthDeviceList;
    expect(el.auth).to.equal(client);
    await waitUntil(() => deviceList(el).ready(), 'the devices');
    client.unmountDeviceList(host);
    expect(host.childElementCount).to.equal(0);
  });
});
