// <auth-device-list>: every "Sign out" button has its own accessible name, even for devices with
// the same browser and OS: the location, then the IP address, then the last activity, as far as
// needed to tell them apart, and a number when nothing does.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { AuthDevice } from '../../src/index.js';
import { deviceList } from '../harness/device-list.js';
import { deviceClient, devices, listOf } from '../helpers/device-list.js';

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const windows = (sessionId: string, fields: Partial<AuthDevice>): AuthDevice => ({
  sessionId,
  current: false,
  browser: 'Chrome',
  os: 'Windows',
  deviceType: 'desktop',
  ...fields,
});

/** This device and `others`, listed in this order (most recent first). */
const listWith = (...others: AuthDevice[]) => listOf(deviceClient({ devices: [devices()[0]!, ...others] }));

const unique = (names: string[]) => expect(new Set(names).size, names.join(' | ')).to.equal(names.length);

describe('<auth-device-list> names of identical devices', () => {
  it('the location tells them apart when it differs', async () => {
    const el = await listWith(
      windows('a', { location: 'Paris, France', lastActiveAt: ago(1) }),
      windows('b', { location: 'Lyon, France', lastActiveAt: ago(2) }),
    );
    expect(deviceList(el).signOutNames()).to.deep.equal([
      'Sign out Chrome on Windows, Paris, France',
      'Sign out Chrome on Windows, Lyon, France',
    ]);
  });

  it('then the IP address, only for the devices that need it', async () => {
    const el = await listWith(
      windows('a', { ipAddress: '198.51.100.4', lastActiveAt: ago(1) }),
      windows('b', { ipAddress: '198.51.100.9', lastActiveAt: ago(2) }),
      { ...devices()[1]!, lastActiveAt: ago(3) },
    );
    const list = deviceList(el);
    expect(list.signOutNames()).to.deep.equal([
      'Sign out Chrome on Windows, 198.51.100.4',
      'Sign out Chrome on Windows, 198.51.100.9',
      'Sign out Safari on iOS, Paris, France',
    ]);
    await expect(el).to.be.accessible();
  });

  it('then the last activity', async () => {
    const same = { location: 'Paris, France', ipAddress: '198.51.100.4' };
    const el = await listWith(
      windows('a', { ...same, lastActiveAt: ago(5) }),
      windows('b', { ...same, lastActiveAt: ago(3 * 24 * 60) }),
    );
    expect(deviceList(el).signOutNames()).to.deep.equal([
      'Sign out Chrome on Windows, Paris, France, 198.51.100.4, Last active 5 minutes ago',
      'Sign out Chrome on Windows, Paris, France, 198.51.100.4, Last active 3 days ago',
    ]);
  });

  it('a number when everything shown is the same; signing one out names it and the other is plain again', async () => {
    const same = { ipAddress: '198.51.100.4', lastActiveAt: ago(3 * 24 * 60) };
    const el = await listWith(windows('a', same), windows('b', same), windows('c', { lastActiveAt: ago(1) }));
    const list = deviceList(el);
    const names = list.signOutNames();
    unique(names);
    expect(names).to.include.members([
      'Sign out Chrome on Windows, 198.51.100.4, Last active 3 days ago (1)',
      'Sign out Chrome on Windows, 198.51.100.4, Last active 3 days ago (2)',
      // The one without an IP address is told apart by having none.
      'Sign out Chrome on Windows',
    ]);
    await expect(el).to.be.accessible();
    const second = list.rows().find(row => row.querySelector('[aria-label$="(2)"]'))!.dataset.sessionId!;
    list.signOutButton(second)!.click();
    await waitUntil(() => !list.row(second), 'the second one leaves the list');
    await waitUntil(() => list.liveRegion()!.textContent != '', 'the announcement');
    expect(list.liveRegion()!.textContent).to.equal(
      'Signed out of Chrome on Windows, 198.51.100.4, Last active 3 days ago (2)',
    );
    expect(list.signOutNames()).to.have.members([
      'Sign out Chrome on Windows, 198.51.100.4',
      'Sign out Chrome on Windows',
    ]);
  });
});
