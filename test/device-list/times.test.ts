// <auth-device-list>: relative times move on while the page is open (one timer per list, only
// while connected and visible, no load), in the language the strings are in.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/locales/de.js';
import '../../src/locales/pt.js';
import { setStrings } from '../../src/index.js';
import { deviceList } from '../harness/device-list.js';
import { deviceClient, listOf } from '../helpers/device-list.js';
import { fakeClock, onCleanup } from '../helpers/index.js';

const relative = (lang: string, value: number, unit: Intl.RelativeTimeFormatUnit) =>
  new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(value, unit);
const MINUTE = 60_000;

/** Makes the page report itself hidden (or visible again) and tells the document. */
function pageHidden(hidden: boolean): void {
  if (hidden) Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
  else delete (document as { visibilityState?: string }).visibilityState;
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('<auth-device-list> relative times', () => {
  it('move on every minute while shown, with one timer for the whole list and no load', async () => {
    const clock = fakeClock();
    const client = deviceClient();
    const el = await listOf(client);
    const list = deviceList(el);
    expect(list.details('dev_phone')).to.include(relative('en', -5, 'minute'));
    expect(clock.intervals, 'one for three rows').to.equal(1);
    const loads = client.listings.length;
    clock.tick(MINUTE);
    await el.updateComplete;
    expect(list.details('dev_phone')).to.include(relative('en', -6, 'minute'));
    expect(list.signOutButton('dev_phone')!.getAttribute('aria-label')).to.equal(
      'Sign out Safari on iOS, Paris, France',
    );
    clock.tick(60 * MINUTE);
    await el.updateComplete;
    expect(list.details('dev_phone')).to.include(relative('en', -1, 'hour'));
    expect(list.details('sess_ada')).to.include(relative('en', -1, 'hour'));
    expect(client.listings.length, 'no load').to.equal(loads);
  });

  it('stop while the page is hidden and when the list is removed; a shown page starts them again', async () => {
    const clock = fakeClock();
    onCleanup(() => pageHidden(false));
    const el = await listOf(deviceClient());
    const list = deviceList(el);
    pageHidden(true);
    expect(clock.intervals, 'hidden: no timer').to.equal(0);
    clock.tick(10 * MINUTE);
    await el.updateComplete;
    expect(list.details('dev_phone'), 'not rendered again while hidden').to.include(relative('en', -5, 'minute'));
    pageHidden(false);
    expect(clock.intervals).to.equal(1);
    clock.tick(MINUTE);
    await el.updateComplete;
    expect(list.details('dev_phone')).to.include(relative('en', -16, 'minute'));
    el.remove();
    expect(clock.intervals, 'removed: no timer').to.equal(0);
  });

  it('a list connected while the page is hidden starts none', async () => {
    const clock = fakeClock();
    onCleanup(() => pageHidden(false));
    pageHidden(true);
    await listOf(deviceClient());
    expect(clock.intervals).to.equal(0);
  });

  it('a language without strings: English words and an English time, not a Swedish one', async () => {
    const el = await listOf(deviceClient(), 'sv');
    expect(deviceList(el).details('dev_tablet')).to.equal(`Last active ${relative('en', -3, 'day')}`);
    expect(relative('sv', -3, 'day'), 'Swedish would differ').not.to.equal(relative('en', -3, 'day'));
  });

  it('the time speaks the language the "Last active" label is in', async () => {
    setStrings('sv-fi', { lastActive: 'Senast aktiv {time}' });
    const sv = await listOf(deviceClient(), 'sv-fi');
    expect(deviceList(sv).details('dev_tablet')).to.equal(`Senast aktiv ${relative('sv-FI', -3, 'day')}`);
    const swiss = await listOf(deviceClient(), 'de-CH');
    expect(deviceList(swiss).details('dev_tablet')).to.equal(`Zuletzt aktiv ${relative('de-CH', -3, 'day')}`);
    const brazil = await listOf(deviceClient(), 'pt-BR');
    expect(deviceList(brazil).details('dev_tablet')).to.equal(`Última atividade ${relative('pt-BR', -3, 'day')}`);
  });
});
