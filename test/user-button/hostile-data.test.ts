// <auth-user-button> with hostile or odd user data: text only, vetted images, no crash.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { AuthSession, AuthUser, AuthUserButton } from '../../src/index.js';
import { at, change, initialsOf } from '../helpers/user-button-flows.js';
import { fakeClient, imageLoadsDone, onCleanup } from '../helpers/index.js';
import { userButton } from '../harness/index.js';

describe('<auth-user-button> flows', () => {
  describe('hostile user data', () => {
    /** Markup, script and template payloads; each would show itself by alert, __xss, console.log or a request. */
    const PAYLOADS = [
      '<img src=/xss-probe-1 onerror=alert(1)>',
      '"><script>alert(2)</script>',
      "'><script>__xss(3)</script>",
      '<svg onload=alert(4)>',
      '<svg><script>__xss(5)</script></svg>',
      '<iframe src="javascript:parent.__xss(6)"></iframe>',
      '<iframe srcdoc="<script>parent.__xss(7)</script>"></iframe>',
      'javascript:alert(8)',
      '${alert(9)}',
      '`${__xss(10)}`',
      '{{constructor.constructor("alert(11)")()}}',
      '{{7*7}}',
      '<body onload=alert(13)>',
      '<a href="javascript:alert(14)">click me</a>',
      '" onmouseover="alert(15)" x="',
      "' onfocus='__xss(16)' autofocus='",
      '<details open ontoggle=__xss(17)>',
      '<math><mtext><table><mglyph><style><img src=/xss-probe-18 onerror=alert(18)>',
      '<object data="javascript:alert(19)"></object>',
      '<embed src="/xss-probe-20">',
      '<input autofocus onfocus=__xss(21)>',
      '<video><source onerror=__xss(22)></video>',
      '<style>@import "/xss-probe-23";</style>',
      '<link rel=stylesheet href=/xss-probe-24>',
      '<meta http-equiv="refresh" content="0;url=javascript:alert(25)">',
      '<base href="/xss-probe-26/">',
      '<template><img src=/xss-probe-27 onerror=alert(27)></template>',
      '\u202Egnp.exe',
      'Ada \u202E<script>alert(29)</script>',
      '<scr<script>ipt>alert(30)</scr</script>ipt>',
      '&lt;script&gt;alert(31)&lt;/script&gt;',
      '%3Cscript%3Ealert(32)%3C/script%3E',
      '<!--<img src=/xss-probe-33 onerror=alert(33)>-->',
      '<![CDATA[<script>alert(34)</script>]]>',
      '\u0000<script>alert(35)</script>',
      '<div style="background:url(/xss-probe-36)">x</div>',
      '<form action="javascript:alert(37)"><button>x</button></form>',
      '<x onclick=alert(38) id=xss38>click</x>',
      'data:text/html,<script>alert(39)</script>',
      '<img src=/xss-probe-40 onerror=console.log("xss-40")>',
      '"\'><img src=/xss-probe-41 onerror=__xss(41)>',
      '<a href="#" onclick="__xss(42)">𝓐𝓭𝓪</a>',
    ];

    /** Image URLs that must never render an <img> (so are never requested). */
    const UNSAFE_IMAGES = [
      'javascript:alert(101)',
      'JaVaScRiPt:alert(102)',
      ' javascript:alert(103)',
      'java\tscript:alert(104)',
      'java\nscript:alert(105)',
      '\u0001javascript:alert(106)',
      'javascript:fetch("/never-requested-107")',
      'vbscript:msgbox(108)',
      'data:text/html,<script>alert(109)</script>',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxMTApPC9zY3JpcHQ+',
      'data:application/javascript,alert(111)',
      'data:,never-requested-112',
      'data:imagex/png;base64,AAAA',
      'file:///etc/passwd',
      'file://localhost/never-requested-115.png',
      'ftp://127.0.0.1/never-requested-116.png',
      'ws://127.0.0.1/never-requested-117',
      `blob:${location.origin}/00000000-0000-4000-8000-000000000118`,
      'about:blank',
      'mailto:ada@example.com',
      'chrome://settings',
      `view-source:${location.origin}/never-requested-122.png`,
      '/never-requested-123.png',
      'never-requested-124.png',
      './never-requested-125.png',
      '../never-requested-126.png',
      '//127.0.0.1/never-requested-127.png',
      '?never-requested-128',
      '#never-requested-129',
      'https://',
      '',
      'null',
    ];

    const DANGEROUS =
      'script, svg, math, iframe, frame, object, embed, img, video, audio, source, link, meta, base, form, input, template, details, x';

    /** The URLs of every resource requested from now on, by name. */
    function requests(): string[] {
      const names: string[] = [];
      const observer = new PerformanceObserver(list => names.push(...list.getEntries().map(entry => entry.name)));
      observer.observe({ type: 'resource', buffered: false });
      onCleanup(() => observer.disconnect());
      return names;
    }

    /** Spies on everything a payload that ran would call. */
    function spies(): unknown[] {
      const calls: unknown[] = [];
      const w = window as unknown as Record<string, unknown>;
      const saved = { alert: w.alert, confirm: w.confirm, prompt: w.prompt, log: console.log };
      w.alert = w.confirm = w.prompt = (...args: unknown[]) => void calls.push(['dialog', ...args]);
      w.__xss = (...args: unknown[]) => void calls.push(['__xss', ...args]);
      console.log = (...args: unknown[]) => {
        if (args.some(arg => String(arg).includes('xss'))) calls.push(['console.log', ...args]);
        else (saved.log as typeof console.log)(...args);
      };
      onCleanup(() => {
        Object.assign(w, { alert: saved.alert, confirm: saved.confirm, prompt: saved.prompt });
        delete w.__xss;
        console.log = saved.log;
      });
      return calls;
    }

    /** No element or attribute came from user data: only what the element itself builds. */
    function expectInert(el: AuthUserButton, what: string): void {
      // The items' own icons are the element's inline SVG: every other dangerous element is not.
      expect(
        [...userButton(el).shadow.querySelectorAll(DANGEROUS)]
          .filter(node => !node.matches('[part~="icon"] > slot > svg, [part~="chevron"] > svg'))
          .map(node => node.localName),
        `${what}: dangerous elements in the shadow root`,
      ).to.deep.equal([]);
      for (const node of [...userButton(el).shadow.querySelectorAll('*'), el, ...el.querySelectorAll('*')]) {
        const handlers = [...node.attributes].map(attribute => attribute.name).filter(name => /^on/i.test(name));
        expect(handlers, `${what}: event handler attributes on <${node.localName}>`).to.deep.equal([]);
      }
      for (const node of userButton(el).shadow.querySelectorAll(
        '[part~="name"], [part~="header-name"], [part~="header-email"]',
      )) {
        expect(node.children.length, `${what}: elements inside a text part`).to.equal(0);
      }
    }

    it('≥ 30 XSS payloads in name, email and image URL render as inert text everywhere', async () => {
      const calls = spies();
      const seen = requests();
      const before = document.querySelectorAll(DANGEROUS).length;
      const sessions: AuthSession[] = PAYLOADS.map((payload, i) => ({
        id: `x${i}`,
        user: { id: `u${i}`, name: payload, email: `${payload}@example.com`, imageUrl: payload },
      }));
      expect(sessions.length).to.be.at.least(30);
      const client = fakeClient({ navigate: true, sessions });
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client} show-name></auth-user-button>`);
      await userButton(el).open();
      for (const current of sessions) {
        await change(el, client, current);
        const { name, email } = current.user;
        const what = JSON.stringify(name);
        expect(userButton(el).label(), what).to.equal(`Open account menu for ${name}`);
        expect(userButton(el).part('name').textContent, what).to.equal(name);
        expect(userButton(el).part('header-name').textContent, what).to.equal(name);
        expect(userButton(el).part('header-email').textContent, what).to.equal(email);
        expect(userButton(el).isOpen(), `${what}: the menu stays open`).to.equal(true);
        expect(userButton(el).otherAccounts(), what).to.deep.equal(
          sessions.filter(other => other != current).map(other => other.id),
        );
        expectInert(el, what);
      }
      for (const other of sessions.filter(candidate => candidate != client.session)) {
        const button = userButton(el).account(other.id)!;
        const what = JSON.stringify(other.user.name);
        expect(button.querySelector('[part~="header-name"]')!.textContent, what).to.equal(other.user.name);
        expect(button.querySelector('[part~="header-email"]')!.textContent, what).to.equal(other.user.email);
      }
      await imageLoadsDone();
      expect(calls).to.deep.equal([]);
      expect(document.querySelectorAll(DANGEROUS).length, 'dangerous elements in the document').to.equal(before);
      expect(seen.filter(name => name.includes('xss-probe'))).to.deep.equal([]);
    });

    it('payloads in firstName, lastName, username and email (without a name) render as text too', async () => {
      const calls = spies();
      const users: AuthUser[] = [
        { id: 'a', firstName: PAYLOADS[0], lastName: PAYLOADS[1] },
        { id: 'b', username: PAYLOADS[3] },
        { id: 'c', email: PAYLOADS[2] },
      ];
      const client = fakeClient({ navigate: true, sessions: users.map(user => ({ id: user.id, user })) });
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client} show-name></auth-user-button>`);
      await userButton(el).open();
      const names = [`${PAYLOADS[0]} ${PAYLOADS[1]}`, PAYLOADS[3], PAYLOADS[2]];
      for (const [i, user] of users.entries()) {
        await change(el, client, client.sessions![i]!);
        expect(userButton(el).part('name').textContent, user.id).to.equal(names[i]);
        expect(userButton(el).label(), user.id).to.equal(`Open account menu for ${names[i]}`);
        expectInert(el, user.id);
      }
      await imageLoadsDone();
      expect(calls).to.deep.equal([]);
    });

    it('javascript:, vbscript:, data:text/html, file:, relative and other non-http image URLs render no <img> and are never requested', async () => {
      const calls = spies();
      const seen = requests();
      const sessions: AuthSession[] = UNSAFE_IMAGES.map((imageUrl, i) => ({
        id: `i${i}`,
        user: { id: `u${i}`, firstName: 'Ada', lastName: 'Lovelace', imageUrl },
      }));
      // A control, so that the request observer is shown to work in this engine.
      const probe = at('/__auth-elements-test__/missing-avatar.png');
      sessions.push({ id: 'control', user: { id: 'control', name: 'Control', imageUrl: probe } });
      const client = fakeClient({ navigate: true, sessions });
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      await userButton(el).open();
      for (const current of sessions.slice(0, -1)) {
        await change(el, client, current);
        const what = JSON.stringify(current.user.imageUrl);
        expect(!!userButton(el).avatar.querySelector('img'), `an <img> for ${what} in the trigger`).to.equal(false);
        expect(!!userButton(el).headerAvatar.querySelector('img'), `an <img> for ${what} in the header`).to.equal(
          false,
        );
        expect(initialsOf(userButton(el).avatar), what).to.equal('AL');
        const images = [...userButton(el).shadow.querySelectorAll('img')].map(image => image.getAttribute('src'));
        expect(images, `${what}: images in the menu`).to.deep.equal([probe]);
      }
      await waitUntil(() => seen.some(name => name.includes('missing-avatar')), 'the request observer saw nothing');
      await imageLoadsDone();
      expect(seen.filter(name => /never-requested|xss-probe/.test(name))).to.deep.equal([]);
      expect(calls).to.deep.equal([]);
    });

    it('a data:image URL renders <img alt="" referrerpolicy="no-referrer">, kept once loaded', async () => {
      const png =
        'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
      const client = fakeClient({
        navigate: true,
        sessions: [{ id: 's1', user: { id: 'u1', name: 'Ada', imageUrl: png } }],
      });
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      await userButton(el).open();
      for (const avatar of [userButton(el).avatar, userButton(el).headerAvatar]) {
        const image = avatar.querySelector('img')!;
        expect(image, 'an <img> for a data:image URL').to.exist;
        expect(image.getAttribute('src')).to.equal(png);
        expect(image.getAttribute('alt')).to.equal('');
        expect(image.getAttribute('referrerpolicy')).to.equal('no-referrer');
        await waitUntil(() => image.complete && image.naturalWidth == 1, 'the data: image did not load');
        expect(avatar.querySelector('img') == image, 'a loaded image stays').to.equal(true);
        expect(initialsOf(avatar)).to.equal(null);
      }
    });

    it('an http image URL renders <img alt="" referrerpolicy="no-referrer">; when broken, initials on the user\'s colour', async () => {
      const url = at('/__auth-elements-test__/404-avatar.png');
      const ada: AuthSession = { id: 's1', user: { id: 'u1', firstName: 'Ada', lastName: 'Lovelace', imageUrl: url } };
      const grace: AuthSession = { id: 's2', user: { id: 'u2', name: 'Grace Hopper', imageUrl: url } };
      const client = fakeClient({ navigate: true, sessions: [ada, grace], current: undefined });
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      await change(el, client, ada);
      const image = userButton(el).avatar.querySelector('img');
      expect(image, 'an <img> for an http URL').to.exist;
      expect(image!.getAttribute('alt')).to.equal('');
      expect(image!.getAttribute('referrerpolicy')).to.equal('no-referrer');
      await userButton(el).open();
      const avatars = () => [
        userButton(el).avatar,
        userButton(el).headerAvatar,
        userButton(el).account('s2')!.querySelector<HTMLElement>('[part~="avatar"]')!,
      ];
      await waitUntil(() => avatars().every(avatar => !avatar.querySelector('img')), 'the broken image stays');
      expect(avatars().map(initialsOf)).to.deep.equal(['AL', 'AL', 'GH']);
      for (const avatar of avatars()) expect(getComputedStyle(avatar).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(userButton(el).avatar).color).to.equal('rgb(255, 255, 255)');
    });

    it('a user whose fields throw when read (a getter, a revoked proxy): rendered without them, menu and sign-out work', async () => {
      const unhandled: unknown[] = [];
      const record = (event: PromiseRejectionEvent) => {
        unhandled.push(event.reason);
        event.preventDefault();
      };
      addEventListener('unhandledrejection', record);
      onCleanup(() => removeEventListener('unhandledrejection', record));
      const throwing = {
        id: 'u1',
        get name(): string {
          throw new Error('disposed');
        },
      } as AuthUser;
      const { proxy: revoked, revoke } = Proxy.revocable({ id: 'u2', name: 'Grace' }, {});
      revoke();
      const sessions: AuthSession[] = [
        { id: 's1', user: throwing },
        { id: 's2', user: revoked as AuthUser },
      ];
      const client = fakeClient({ navigate: true, sessions });
      const el = await fixture<AuthUserButton>(html`
        <div>
          <auth-user-button .auth=${client}></auth-user-button>
          <auth-avatar .auth=${client}></auth-avatar>
          <auth-avatar .auth=${client} session-id="s2" label="{name}"></auth-avatar>
        </div>
      `);
      const button = el.querySelector('auth-user-button')!;
      await button.updateComplete;
      expect(userButton(button).label()).to.equal('Open account menu');
      await userButton(button).open();
      expect(button.open).to.equal(true);
      expect(userButton(button).otherAccounts()).to.deep.equal(['s2']);
      for (const avatar of el.querySelectorAll('auth-avatar')) {
        await avatar.updateComplete;
        expect(avatar.shadowRoot!.querySelector('[part~="avatar"]'), 'an avatar').to.exist;
      }
      await button.signOut({ scope: 'all' });
      await button.updateComplete;
      expect(client.session).to.equal(null);
      expect(unhandled).to.deep.equal([]);
    });
  });
});
