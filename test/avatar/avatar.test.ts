// <auth-avatar>: the user button's avatar on its own (same initials, colour and image rules), its
// states, session-id, size, label, and hostile data in every user field.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { AuthAvatar, AuthSession, AuthUserButton } from '../../src/index.js';
import { displayName } from '../../src/elements/user.js';
import { createMemoryClient } from '../../src/testing/index.js';
import { avatarOf, userButton } from '../harness/index.js';
import { imageLoadsDone, onCleanup } from '../helpers/index.js';

const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const ada: AuthSession = { id: 's-ada', user: { id: 'u-ada', name: 'Ada Lovelace', email: 'ada@example.com' } };
const grace: AuthSession = {
  id: 's-grace',
  user: { id: 'u-grace', firstName: 'Grace', lastName: 'Hopper', imageUrl: PIXEL },
};

const mount = (client: unknown, sessionId: string | null = null, label: string | null = null) =>
  fixture<AuthAvatar>(html`<auth-avatar .auth=${client} .sessionId=${sessionId} .label=${label}></auth-avatar>`);

describe('<auth-avatar>', () => {
  it('shows the same initials and colour as the user button, decorative by default', async () => {
    const client = createMemoryClient({ sessions: [ada] });
    const root = await fixture<HTMLElement>(
      html`<div><auth-avatar .auth=${client}></auth-avatar><auth-user-button .auth=${client}></auth-user-button></div>`,
    );
    const el = root.querySelector<AuthAvatar>('auth-avatar')!;
    const button = root.querySelector<AuthUserButton>('auth-user-button')!;
    await button.updateComplete;
    const mine = avatarOf(el).avatar!;
    const theirs = userButton(button).part('avatar');
    expect(avatarOf(el).initials()).to.equal('AL');
    expect(mine.getAttribute('data-initials')).to.equal(theirs.getAttribute('data-initials'));
    expect(getComputedStyle(mine).backgroundColor).to.equal(getComputedStyle(theirs).backgroundColor);
    expect(mine.getAttribute('part')).to.equal('avatar');
    expect(mine.getAttribute('aria-hidden')).to.equal('true');
    expect(avatarOf(el).labelled).to.equal(null);
    await expect(root).to.be.accessible();
  });

  it('shows an image that may render; a broken one falls back to initials', async () => {
    const client = createMemoryClient({ sessions: [grace] });
    const el = await mount(client);
    const img = avatarOf(el).image!;
    expect(img.getAttribute('src')).to.equal(PIXEL);
    expect(img.alt).to.equal('');
    expect(img.referrerPolicy).to.equal('no-referrer');
    expect(avatarOf(el).initials()).to.equal(null);

    client.addSession({ ...grace, user: { ...grace.user, imageUrl: `${location.origin}/__missing__/avatar.png` } });
    await waitUntil(() => avatarOf(el).initials() == 'GH', 'initials after the image failed');
    expect(avatarOf(el).image).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('loading: an empty circle of the avatar size; signed out: nothing', async () => {
    const client = createMemoryClient({ sessions: [ada], loading: true });
    const el = await mount(client);
    const box = avatarOf(el).avatar!.getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([32, 32]);
    expect(avatarOf(el).initials()).to.equal(null);
    await expect(el).to.be.accessible();
    client.load();
    await waitUntil(() => avatarOf(el).initials() == 'AL');
    client.apply({ scope: 'all' });
    await waitUntil(() => avatarOf(el).avatar == null, 'no avatar when signed out');
    expect(el.getBoundingClientRect().width).to.equal(0);
  });

  it('session-id: the avatar of that signed-in session; an unknown one shows nothing', async () => {
    const client = createMemoryClient({ sessions: [ada, grace] });
    const el = await mount(client, 's-grace');
    expect(avatarOf(el).image?.getAttribute('src')).to.equal(PIXEL);
    el.sessionId = 's-nobody';
    await waitUntil(() => avatarOf(el).avatar == null);
    el.sessionId = 's-ada';
    await waitUntil(() => avatarOf(el).initials() == 'AL');
  });

  it('--auth-avatar-size sizes it and its initials', async () => {
    const client = createMemoryClient({ sessions: [ada] });
    const el = await mount(client);
    el.style.setProperty('--auth-avatar-size', '64px');
    const avatar = avatarOf(el).avatar!;
    expect(avatar.getBoundingClientRect().width).to.equal(64);
    expect(avatar.getBoundingClientRect().height).to.equal(64);
    expect(parseFloat(getComputedStyle(avatar).fontSize)).to.be.closeTo(25.6, 0.1);
  });

  it('label: an image named by it ({name} = the display name); "Loading account" while loading', async () => {
    const client = createMemoryClient({ sessions: [ada], loading: true });
    const el = await mount(client, null, 'Signed in as {name}');
    expect(avatarOf(el).labelled!.getAttribute('aria-label')).to.equal('Loading account');
    client.load();
    await waitUntil(() => avatarOf(el).labelled!.getAttribute('aria-label') == 'Signed in as Ada Lovelace');
    await expect(el).to.be.accessible();
    el.label = '';
    await el.updateComplete;
    expect(avatarOf(el).labelled, 'an empty label is none').to.equal(null);
  });

  it('a label set to no text (a number, an object) is none: decorative, and the avatar still renders', async () => {
    const el = await mount(createMemoryClient({ sessions: [ada] }));
    for (const label of [42, true, {}, ['Ada']]) {
      el.label = label as never;
      await el.updateComplete;
      expect(avatarOf(el).labelled, String(label)).to.equal(null);
      expect(avatarOf(el).initials(), String(label)).to.equal('AL');
    }
    el.label = 'Signed in as {name}';
    await el.updateComplete;
    expect(avatarOf(el).labelled!.getAttribute('aria-label')).to.equal('Signed in as Ada Lovelace');
  });

  describe('hostile user data', () => {
    const PAYLOADS = [
      '<img src=/xss-probe-1 onerror=alert(1)>',
      '"><script>alert(2)</script>',
      '<svg onload=__xss(3)>',
      '<iframe src="javascript:parent.__xss(4)"></iframe>',
      'javascript:alert(5)',
      '${alert(6)}',
      '{{constructor.constructor("alert(7)")()}}',
      '" onmouseover="alert(8)" x="',
      '<style>@import "/xss-probe-9";</style>',
      '\u202Egnp.exe',
      '&lt;script&gt;alert(11)&lt;/script&gt;',
      '<a href="#" onclick="__xss(12)">𝓐𝓭𝓪</a>',
    ];
    const UNSAFE_IMAGES = [
      'javascript:alert(101)',
      ' javascript:alert(102)',
      'data:text/html,<script>alert(103)</script>',
      'data:text/svg;utf8,<svg onload=alert(104)>',
      '/xss-probe-105.png',
      `blob:${location.origin}/00000000-0000-4000-8000-000000000106`,
      'file:///etc/passwd',
      '" onerror="alert(108)',
    ];

    function spies(): unknown[] {
      const calls: unknown[] = [];
      const w = window as unknown as Record<string, unknown>;
      const saved = w.alert;
      w.alert = (...args: unknown[]) => void calls.push(['alert', ...args]);
      w.__xss = (...args: unknown[]) => void calls.push(['__xss', ...args]);
      onCleanup(() => {
        w.alert = saved;
        delete w.__xss;
      });
      return calls;
    }

    it('payloads in every user field and in label render as text; unsafe image URLs render no <img>', async () => {
      const calls = spies();
      const users = PAYLOADS.flatMap((payload, i) => [
        { id: `n${i}`, name: payload, email: payload, imageUrl: UNSAFE_IMAGES[i % UNSAFE_IMAGES.length] },
        { id: `f${i}`, firstName: payload, lastName: payload, username: payload },
        { id: `u${i}`, username: payload, imageUrl: payload },
      ]);
      const client = createMemoryClient({ sessions: users.map(user => ({ id: `s-${user.id}`, user })) });
      // The label's own text and the user's name both reach aria-label, each as literal text.
      const el = await mount(client, null, `${PAYLOADS[0]} {name}`);
      for (const user of users) {
        client.addSession({ id: `s-${user.id}`, user });
        await el.updateComplete;
        const what = JSON.stringify(user);
        expect(avatarOf(el).image, `${what}: no image`).to.equal(null);
        const nodes = [...el.shadowRoot!.querySelectorAll('*')];
        expect(
          nodes.map(node => node.localName),
          what,
        ).to.deep.equal(['span', 'span']);
        for (const node of nodes)
          expect(
            [...node.attributes].map(a => a.name).filter(name => /^on/i.test(name)),
            what,
          ).to.deep.equal([]);
        expect(avatarOf(el).labelled!.getAttribute('aria-label'), what).to.equal(`${PAYLOADS[0]} ${displayName(user)}`);
        expect((avatarOf(el).initials() ?? '').length, `${what}: at most 2 graphemes`).to.be.at.most(4);
      }
      await imageLoadsDone();
      expect(calls).to.deep.equal([]);
    });

    it('a user id that is no string, and a session getter that throws, do not break it', async () => {
      const client = createMemoryClient({ sessions: [{ id: 's', user: { id: 42 as unknown as string, name: 'X' } }] });
      const el = await mount(client);
      expect(avatarOf(el).initials()).to.equal('X');
      Object.defineProperty(client, 'session', {
        get() {
          throw new Error('getter');
        },
      });
      client.emitChange();
      await waitUntil(() => avatarOf(el).avatar == null);
    });
  });
});
