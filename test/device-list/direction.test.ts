// <auth-device-list>: the provider's browser, OS, location and IP address are each isolated in
// <bdi>, so a right-to-left name in a left-to-right page (or the reverse) keeps the row in order.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/locales/ar.js';
import type { AuthDevice } from '../../src/index.js';
import { deviceList } from '../harness/device-list.js';
import { deviceClient, devices, listOf } from '../helpers/device-list.js';

const phone = (fields: Partial<AuthDevice>): AuthDevice => ({ ...devices()[1]!, ...fields });

/** The list with this device and a phone with these fields; the phone's `<bdi>` elements. */
async function phoneIn(lang: string, fields: Partial<AuthDevice>) {
  const el = await listOf(deviceClient({ devices: [devices()[0]!, phone(fields)] }), lang);
  const row = deviceList(el).row('dev_phone')!;
  const isolates = (part: string) => [...row.querySelectorAll(`[part~=${part}] bdi`)] as HTMLElement[];
  return { el, name: isolates('device-name'), details: isolates('device-details') };
}

describe('<auth-device-list> text direction', () => {
  it('a Hebrew location before an IP address in English: the location stays left of it', async () => {
    const { el, details } = await phoneIn('en', { location: 'תל אביב, ישראל', ipAddress: '198.51.100.4' });
    const [location, ip] = details;
    expect(location!.textContent).to.equal('תל אביב, ישראל');
    expect(ip!.textContent).to.equal('198.51.100.4');
    expect(location!.getBoundingClientRect().right).to.be.at.most(ip!.getBoundingClientRect().left);
    await expect(el).to.be.accessible();
  });

  it('in Arabic, a location mixing Arabic and Latin stays whole, right of the IP address', async () => {
    const { el, details } = await phoneIn('ar', { location: 'القاهرة، Egypt', ipAddress: '198.51.100.4' });
    const [location, ip] = details.map(bdi => bdi.getBoundingClientRect());
    expect(ip!.right, 'the IP address is not inside the location').to.be.at.most(location!.left);
    expect(deviceList(el).details('dev_phone')).to.match(/^القاهرة، Egypt · 198\.51\.100\.4 · آخر نشاط /);
    await expect(el).to.be.accessible();
  });

  it('in Arabic, a Hebrew location and a Latin browser: each isolated, in reading order', async () => {
    const { el, name, details } = await phoneIn('ar', {
      browser: 'Firefox 128',
      os: 'Android 14',
      location: 'ירושלים',
      ipAddress: '2001:db8::1',
    });
    expect(name.map(bdi => bdi.textContent)).to.deep.equal(['Firefox 128', 'Android 14']);
    const [browser, os] = name.map(bdi => bdi.getBoundingClientRect());
    expect(os!.right, 'the browser first, on the right').to.be.at.most(browser!.left);
    const [location, ip] = details.map(bdi => bdi.getBoundingClientRect());
    expect(ip!.right).to.be.at.most(location!.left);
    expect(deviceList(el).signOutButton('dev_phone')!.getAttribute('aria-label')).to.equal(
      'تسجيل الخروج من Firefox 128 على Android 14, ירושלים',
    );
    await expect(el).to.be.accessible();
  });

  it('only the provider text is isolated: the labels and the time are not', async () => {
    const { details } = await phoneIn('en', {});
    expect(details.map(bdi => bdi.textContent)).to.deep.equal(['Paris, France', '198.51.100.4']);
  });
});
