// <auth-device-list>: what each device shows (icon by type, name, location, IP, last activity as
// relative time in the element's language), accessible names, and untrusted fields as text.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/locales/de.js';
import '../../src/locales/ja.js';
import '../../src/locales/ar.js';
import '../../src/locales/fr.js';
import '../../src/locales/es.js';
import '../../src/locales/it.js';
import '../../src/locales/ko.js';
import '../../src/locales/nl.js';
import '../../src/locales/pt.js';
import '../../src/locales/zh.js';
import { format, stringsFor } from '../../src/i18n/strings.js';
import type { AuthDevice } from '../../src/index.js';
import { deviceList } from '../harness/device-list.js';
import { deviceClient, devices, listOf } from '../helpers/device-list.js';

const relative = (lang: string, value: number, unit: Intl.RelativeTimeFormatUnit) =>
  new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(value, unit);

describe('<auth-device-list> content', () => {
  it('location, IP address and last activity as details', async () => {
    const el = await listOf(deviceClient());
    const list = deviceList(el);
    expect(list.details('dev_phone')).to.equal(
      `Paris, France · 198.51.100.4 · Last active ${relative('en', -5, 'minute')}`,
    );
    expect(list.details('sess_ada')).to.equal(
      `London, United Kingdom · 203.0.113.7 · Last active ${relative('en', 0, 'second')}`,
    );
    expect(list.details('dev_tablet')).to.equal(`Last active ${relative('en', -3, 'day')}`);
  });

  for (const [lang, active] of [
    ['de', 'Zuletzt aktiv'],
    ['fr', 'Dernière activité'],
    ['ja', '最終アクティブ:'],
    ['ar', 'آخر نشاط'],
  ] as const) {
    it(`relative times and labels in ${lang}`, async () => {
      const el = await listOf(deviceClient(), lang);
      const list = deviceList(el);
      expect(list.details('dev_tablet')).to.equal(`${active} ${relative(lang, -3, 'day')}`);
      expect(list.details('dev_phone')).to.include(relative(lang, -5, 'minute'));
      expect(list.rows()[0]!.querySelector('[part~=badge]')!.textContent).not.to.equal('This device');
      expect(list.othersButton()!.textContent!.trim()).not.to.equal('Sign out of all other devices');
      await expect(el).to.be.accessible();
    });
  }

  it('the language follows lang on the element', async () => {
    const el = await listOf(deviceClient(), 'en');
    el.lang = 'de';
    await waitUntil(() => deviceList(el).details('dev_tablet').startsWith('Zuletzt aktiv'), 'German details');
    expect(deviceList(el).details('dev_tablet')).to.equal(`Zuletzt aktiv ${relative('de', -3, 'day')}`);
    expect(deviceList(el).names()[1]).to.equal('Safari unter iOS');
  });

  it('right to left in Arabic', async () => {
    const el = await listOf(deviceClient(), 'ar');
    expect(getComputedStyle(deviceList(el).part('list')).direction).to.equal('rtl');
  });

  it('an icon by device type, hidden from assistive technology', async () => {
    const list = deviceList(
      await listOf(
        deviceClient({ devices: [...devices(), { sessionId: 'tv', current: false, deviceType: 'tv' as never }] }),
      ),
    );
    const icons = list.rows().map(row => row.querySelector('[part~=device-icon]')!);
    for (const icon of icons) {
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(icon.querySelector('svg')).to.exist;
    }
    const shapes = icons.map(icon => icon.querySelector('svg')!.innerHTML.replace(/<!--.*?-->/g, ''));
    expect(new Set(shapes).size, 'desktop, mobile, tablet and other differ').to.equal(4);
  });

  it('names from what is known: browser, OS, or "Unknown device"', async () => {
    const only = (fields: Partial<AuthDevice>, id: string): AuthDevice => ({
      sessionId: id,
      current: false,
      ...fields,
    });
    const client = deviceClient({
      devices: [devices()[0]!, only({ browser: 'Edge' }, 'a'), only({ os: 'Windows' }, 'b'), only({}, 'c')],
    });
    const list = deviceList(await listOf(client));
    expect(list.names().slice(1).sort()).to.deep.equal(['Edge', 'Unknown device', 'Windows']);
  });

  it('each "Sign out" button names its device', async () => {
    const el = await listOf(deviceClient());
    const list = deviceList(el);
    expect(list.signOutButton('dev_phone')!.getAttribute('aria-label')).to.equal(
      'Sign out Safari on iOS, Paris, France',
    );
    expect(list.signOutButton('dev_tablet')!.getAttribute('aria-label')).to.equal('Sign out Chrome on Android');
    expect(list.signOutButton('dev_tablet')!.textContent!.trim()).to.equal('Sign out');
    el.lang = 'de';
    await waitUntil(
      () => list.signOutButton('dev_tablet')!.getAttribute('aria-label') == 'Chrome unter Android abmelden',
    );
  });

  it('in every language the accessible name of "Sign out" contains its visible text', () => {
    for (const lang of ['en', 'ar', 'de', 'es', 'fr', 'it', 'ja', 'ko', 'nl', 'pt', 'zh']) {
      const strings = stringsFor(lang);
      const name = format(strings.signOutDevice, { device: 'X' }).toLowerCase();
      expect(name, lang).to.include(strings.signOut.toLowerCase());
      expect(format(strings.deviceName, { browser: 'B', os: 'O' }), lang).to.match(/B.*O|O.*B/);
    }
  });

  it('XSS payloads in every device field render as text', async () => {
    const payload = (field: string) =>
      `<img src=x onerror="window.__xss='${field}'"><script>window.__xss='${field}'</script>"'>`;
    const evil = {
      sessionId: `"><img src=x onerror="window.__xss='id'">`,
      current: false,
      browser: payload('browser'),
      os: payload('os'),
      ipAddress: payload('ip'),
      location: payload('location'),
      deviceType: payload('type'),
      lastActiveAt: payload('date'),
      createdAt: payload('created'),
    } as unknown as AuthDevice;
    const el = await listOf(deviceClient({ devices: [devices()[0]!, evil] }));
    const list = deviceList(el);
    expect(list.shadow.querySelectorAll('img, script').length, 'no element from the data').to.equal(0);
    const row = list.rows()[1]!;
    expect(row.querySelector('[part~=device-name]')!.textContent).to.equal(`${payload('browser')} on ${payload('os')}`);
    expect(list.details(row.dataset.sessionId!)).to.equal(`${payload('location')} · ${payload('ip')}`);
    expect(row.dataset.sessionId).to.equal(evil.sessionId);
    expect((window as { __xss?: string }).__xss).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});
