// SPEC §6 placement and §7 theming of the popover: where <auth-user-button> puts its menu. Geometry
// only (no screenshots). The viewport is set with `setViewport` where the launcher supports it
// (Chromium through Playwright, Firefox through Puppeteer); WebKitGTK's WebDriver launcher does not,
// so there the page-level tests use the window's own size, and resizing is tested in an iframe,
// whose viewport the test sizes in every browser.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import type { AuthUserButton } from '../src/index.js';
import type { FrameWindow } from './fixtures/frame.js';
import { fakeClient, session, type FakeClient } from './helpers.js';

/** Gap between trigger and menu, and the menu's minimum distance from the viewport's edges. */
const GAP = 4;
const MARGIN = 8;
/** Sub-pixel rounding allowed in every comparison. */
const EPSILON = 0.5;
/** The viewport the tests ask for where it can be set. */
const VIEWPORT = { width: 800, height: 600 };

/** A client with `count` sessions: enough to make the menu tall (one row per other account). */
const client = (count = 6): FakeClient =>
  fakeClient({ sessions: Array.from({ length: count }, (_, i) => session(`s${i + 1}`)) });

function parts(el: AuthUserButton): { trigger: HTMLButtonElement; popover: HTMLElement } {
  return {
    trigger: el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=trigger]')!,
    popover: el.shadowRoot!.querySelector<HTMLElement>('div[part=popover][popover=manual]')!,
  };
}

/** The layout viewport of `el`'s document, without scrollbars: what "inside the viewport" means. */
function viewport(el: Element): { width: number; height: number } {
  const { clientWidth, clientHeight } = el.ownerDocument.documentElement;
  return { width: clientWidth, height: clientHeight };
}

/** Clicks with the real mouse at the middle of `node` (in this page's coordinates). */
async function clickCenter(node: Element): Promise<void> {
  const { left, top, width, height } = node.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(left + width / 2), Math.round(top + height / 2)] });
}

/** Opens the menu with a real click on the trigger and waits until it is shown. */
async function openByClick(el: AuthUserButton): Promise<void> {
  const opened = oneEvent(el, 'auth-menu-opened');
  await clickCenter(parts(el).trigger);
  await opened;
  expect(parts(el).popover.matches(':popover-open'), 'the popover is open').to.be.true;
}

/** The menu's rect is inside the viewport with at least 8 px on every side. */
function expectInsideViewport(el: AuthUserButton, what = 'the menu'): void {
  const rect = parts(el).popover.getBoundingClientRect();
  const { width, height } = viewport(el);
  expect(rect.width, `${what} has a size`).to.be.greaterThan(0);
  expect(rect.left, `${what}: left margin`).to.be.at.least(MARGIN - EPSILON);
  expect(rect.top, `${what}: top margin`).to.be.at.least(MARGIN - EPSILON);
  expect(width - rect.right, `${what}: right margin (viewport ${width} px wide)`).to.be.at.least(MARGIN - EPSILON);
  expect(height - rect.bottom, `${what}: bottom margin (viewport ${height} px high)`).to.be.at.least(MARGIN - EPSILON);
}

/** The menu sits below the trigger with the 4 px gap. */
function expectBelow(el: AuthUserButton, what = 'the menu'): void {
  const { trigger, popover } = parts(el);
  expect(popover.getBoundingClientRect().top, `${what} opens 4 px below the trigger`).to.be.closeTo(
    trigger.getBoundingClientRect().bottom + GAP,
    EPSILON,
  );
}

/** The menu sits above the trigger with the 4 px gap. */
function expectAbove(el: AuthUserButton, what = 'the menu'): void {
  const { trigger, popover } = parts(el);
  expect(popover.getBoundingClientRect().bottom, `${what} opens 4 px above the trigger`).to.be.closeTo(
    trigger.getBoundingClientRect().top - GAP,
    EPSILON,
  );
}

/** The menu's end edge is aligned with the trigger's: right in LTR, left in RTL. */
function expectEndAligned(el: AuthUserButton, dir: 'ltr' | 'rtl'): void {
  const t = parts(el).trigger.getBoundingClientRect();
  const p = parts(el).popover.getBoundingClientRect();
  if (dir == 'ltr') expect(p.right, 'right edges aligned').to.be.closeTo(t.right, EPSILON);
  else expect(p.left, 'left edges aligned').to.be.closeTo(t.left, EPSILON);
}

/** Whether a hit test at (x, y) finds the menu there (so it is painted there, not clipped away). */
function menuIsAt(el: AuthUserButton, x: number, y: number): boolean {
  const hit = el.shadowRoot!.elementFromPoint(x, y);
  return !!hit && parts(el).popover.contains(hit);
}

/** Scrolls `target` (an element, or the window) and resolves after its scroll event was dispatched. */
async function scrollAndWait(target: Element | Window, top: number): Promise<void> {
  const node = target instanceof Window ? target.document : target;
  const scrolled = oneEvent(node, 'scroll');
  target.scrollTo(0, top);
  await scrolled;
}

/** The inline position the element last gave the menu. */
const placedAt = (el: AuthUserButton): string => `${parts(el).popover.style.top} ${parts(el).popover.style.left}`;

describe('<auth-user-button> placement', () => {
  let initialSize: { width: number; height: number };
  /** Whether `setViewport` works in this launcher (not in the WebDriver one). */
  let resizable = false;

  before(async () => {
    initialSize = { width: innerWidth, height: innerHeight };
    // In WebKit the server logs "Setting viewport is not supported for browser type webdriver":
    // expected, the tests then use the window's size.
    resizable = await setViewport(VIEWPORT).then(
      () => true,
      () => false,
    );
    if (resizable) await waitUntil(() => innerWidth == VIEWPORT.width && innerHeight == VIEWPORT.height);
  });

  after(async () => {
    if (resizable) await setViewport(initialSize);
  });

  afterEach(async () => {
    await resetMouse();
    scrollTo(0, 0);
    if (resizable && (innerWidth != VIEWPORT.width || innerHeight != VIEWPORT.height)) {
      await setViewport(VIEWPORT);
      await waitUntil(() => innerWidth == VIEWPORT.width && innerHeight == VIEWPORT.height);
    }
  });

  it('when it fits neither below nor above, takes the roomier side without covering the trigger, and scrolls', async () => {
    const { height } = viewport(document.body);
    const el = await fixture<AuthUserButton>(
      html`<auth-user-button
        style="position: fixed; top: ${Math.round(height * 0.4)}px; right: 20px"
        .auth=${client(40)}
      ></auth-user-button>`,
    );
    await openByClick(el);
    const { trigger, popover } = parts(el);
    const t = trigger.getBoundingClientRect();
    const p = popover.getBoundingClientRect();
    expectInsideViewport(el);
    // 40 % down: more room below, so it goes below and stops 8 px from the bottom.
    expectBelow(el);
    expect(p.top, 'it does not cover the trigger').to.be.at.least(t.bottom + GAP - EPSILON);
    expect(popover.scrollHeight, 'the rest of the menu scrolls').to.be.greaterThan(popover.clientHeight);

    // Moved to 60 % down, it goes above instead.
    el.style.top = `${Math.round(height * 0.6)}px`;
    el.open = false;
    await el.updateComplete;
    await openByClick(el);
    const t2 = trigger.getBoundingClientRect();
    const p2 = popover.getBoundingClientRect();
    expectInsideViewport(el);
    expect(p2.bottom, 'above, it does not cover the trigger').to.be.at.most(t2.top - GAP + EPSILON);
  });

  describe('at the corners of the viewport', () => {
    const corners = [
      { name: 'top-left', style: 'top: 12px; left: 12px', top: true, left: true },
      { name: 'top-right', style: 'top: 10px; right: 16px', top: true, left: false },
      { name: 'bottom-left', style: 'bottom: 16px; left: 10px', top: false, left: true },
      { name: 'bottom-right', style: 'bottom: 12px; right: 12px', top: false, left: false },
    ];

    for (const corner of corners) {
      for (const dir of ['ltr', 'rtl'] as const) {
        it(`${corner.name}, ${dir.toUpperCase()}: inside the viewport, ${corner.top ? 'below' : 'above'} the trigger, end-aligned or clamped`, async () => {
          const root = await fixture<HTMLElement>(
            html`<div dir=${dir}>
              <auth-user-button style="position: fixed; ${corner.style}" .auth=${client()}></auth-user-button>
            </div>`,
          );
          const el = root.querySelector('auth-user-button')!;
          await el.updateComplete;
          await openByClick(el);
          const { trigger, popover } = parts(el);
          const t = trigger.getBoundingClientRect();
          const p = popover.getBoundingClientRect();
          const vp = viewport(el);
          expect(getComputedStyle(popover).direction, 'the menu lays out in the direction of the page').to.equal(dir);

          expectInsideViewport(el);

          if (corner.top) {
            expectBelow(el);
          } else {
            expect(t.bottom + GAP + p.height, 'precondition: the menu does not fit below').to.be.greaterThan(
              vp.height - MARGIN,
            );
            expectAbove(el);
          }

          // The end edge is the trigger's at the corner on the end side; at the other corner the
          // aligned menu would leave the viewport, so it is clamped 8 px inside it.
          const endSide = (dir == 'ltr') != corner.left;
          if (endSide) {
            expectEndAligned(el, dir);
          } else if (dir == 'ltr') {
            expect(t.right - p.width, 'precondition: right-aligned it would overflow the left edge').to.be.lessThan(
              MARGIN,
            );
            expect(p.left, 'clamped 8 px from the left edge').to.be.closeTo(MARGIN, EPSILON);
          } else {
            expect(t.left + p.width, 'precondition: left-aligned it would overflow the right edge').to.be.greaterThan(
              vp.width - MARGIN,
            );
            expect(p.right, 'clamped 8 px from the right edge').to.be.closeTo(vp.width - MARGIN, EPSILON);
          }
        });
      }
    }

    it('opened with the keyboard (ArrowUp) at the bottom-right: above and right-aligned', async () => {
      const el = await fixture<AuthUserButton>(
        html`<auth-user-button
          style="position: fixed; bottom: 12px; right: 12px"
          .auth=${client()}
        ></auth-user-button>`,
      );
      parts(el).trigger.focus();
      const opened = oneEvent(el, 'auth-menu-opened');
      await sendKeys({ press: 'ArrowUp' });
      await opened;
      expectInsideViewport(el);
      expectAbove(el);
      expectEndAligned(el, 'ltr');
    });

    it('opened by the `open` attribute at the bottom-left in RTL: above and left-aligned', async () => {
      const el = await fixture<AuthUserButton>(
        html`<auth-user-button
          dir="rtl"
          open
          style="position: fixed; bottom: 12px; left: 12px"
          .auth=${client()}
        ></auth-user-button>`,
      );
      await el.updateComplete;
      expect(parts(el).popover.matches(':popover-open')).to.be.true;
      expectInsideViewport(el);
      expectAbove(el);
      expectEndAligned(el, 'rtl');
    });

    it('is placed again when the menu grows while open (above the trigger, still 4 px away)', async () => {
      const c = client(2);
      const el = await fixture<AuthUserButton>(
        html`<auth-user-button style="position: fixed; bottom: 12px; right: 12px" .auth=${c}></auth-user-button>`,
      );
      await openByClick(el);
      expectAbove(el);
      const before = parts(el).popover.getBoundingClientRect().height;
      c.sessions!.push(session('s3'), session('s4'), session('s5'));
      c.emitChange();
      await el.updateComplete;
      expect(parts(el).popover.getBoundingClientRect().height, 'the menu grew').to.be.greaterThan(before + 50);
      expectAbove(el, 'the grown menu');
      expectInsideViewport(el, 'the grown menu');
    });

    it('keeps a menu taller than the viewport inside it, scrollable', async () => {
      // Sixty accounts make the menu taller than any test viewport.
      const el = await fixture<AuthUserButton>(
        html`<auth-user-button style="position: fixed; top: 12px; right: 12px" .auth=${client(60)}></auth-user-button>`,
      );
      await openByClick(el);
      const { popover } = parts(el);
      expect(popover.scrollHeight, 'precondition: the content is taller than the viewport').to.be.greaterThan(
        viewport(el).height,
      );
      expectInsideViewport(el);
      expect(popover.scrollHeight, 'the menu scrolls').to.be.greaterThan(popover.clientHeight);
      expect(getComputedStyle(popover).overflowY).to.be.oneOf(['auto', 'scroll']);
    });

    it('keeps a menu wider than the viewport inside it, also on a page with a vertical scrollbar', async () => {
      const root = await fixture<HTMLElement>(
        html`<div style="height: 300vh">
          <auth-user-button
            style="position: fixed; top: 12px; right: 12px; --auth-menu-width: 4000px"
            .auth=${client()}
          ></auth-user-button>
        </div>`,
      );
      const el = root.querySelector('auth-user-button')!;
      await openByClick(el);
      expectInsideViewport(el);
      expectBelow(el);
    });
  });

  describe('in boxes that clip or contain fixed descendants', () => {
    it('is not clipped by a small overflow: hidden box', async () => {
      const root = await fixture<HTMLElement>(
        html`<div style="position: fixed; top: 40px; left: 400px; width: 60px; height: 60px; overflow: hidden">
          <auth-user-button .auth=${client()}></auth-user-button>
        </div>`,
      );
      const box = root.getBoundingClientRect();
      const el = root.querySelector('auth-user-button')!;
      await openByClick(el);
      const p = parts(el).popover.getBoundingClientRect();
      expectInsideViewport(el);
      expectBelow(el);
      expectEndAligned(el, 'ltr');
      expect(p.bottom, 'the menu reaches below the box').to.be.greaterThan(box.bottom + 100);
      expect(p.left, 'the menu reaches left of the box').to.be.lessThan(box.left - 100);
      // Hit tests see what is painted: the menu is there outside the box, not clipped away.
      expect(menuIsAt(el, p.left + 10, p.bottom - 10), 'menu hit at its bottom-left corner').to.be.true;
      expect(menuIsAt(el, p.left + p.width / 2, p.bottom - 10), 'menu hit below the box').to.be.true;
    });

    for (const containing of [
      'transform: translate(40px, 30px) scale(1)',
      'will-change: transform',
      'contain: paint',
      'filter: drop-shadow(0 0 1px red)',
    ]) {
      it(`is placed against the viewport inside a box with ${containing.split(':')[0]} (and overflow: hidden)`, async () => {
        // Each of these makes the box the containing block of `position: fixed` descendants: a
        // menu that is not in the top layer would land offset by the box and be clipped by it.
        const root = await fixture<HTMLElement>(
          html`<div
            style="position: fixed; top: 50px; left: 350px; width: 80px; height: 80px; overflow: hidden; ${containing}"
          >
            <auth-user-button style="margin: 20px" .auth=${client()}></auth-user-button>
          </div>`,
        );
        const box = root.getBoundingClientRect();
        const el = root.querySelector('auth-user-button')!;
        await openByClick(el);
        const { popover } = parts(el);
        const p = popover.getBoundingClientRect();
        expect(popover.matches(':popover-open'), 'in the top layer').to.be.true;
        expectInsideViewport(el);
        expectBelow(el);
        expectEndAligned(el, 'ltr');
        expect(p.bottom, 'the menu reaches below the box').to.be.greaterThan(box.bottom + 100);
        expect(menuIsAt(el, p.left + 10, p.bottom - 10), 'menu hit outside the box').to.be.true;
      });
    }
  });

  describe('while open', () => {
    it('follows the trigger when a scrolling container scrolls, and stops once closed', async () => {
      const root = await fixture<HTMLElement>(
        html`<div style="position: fixed; top: 20px; left: 20px; width: 500px; height: 200px; overflow: auto">
          <div style="height: 2000px; padding: 80px 0 0 400px">
            <auth-user-button .auth=${client()}></auth-user-button>
          </div>
        </div>`,
      );
      const el = root.querySelector('auth-user-button')!;
      await openByClick(el);
      const { trigger, popover } = parts(el);
      expectBelow(el);
      const firstTop = popover.getBoundingClientRect().top;

      await scrollAndWait(root, 30);
      expect(trigger.getBoundingClientRect().top, 'precondition: the trigger moved').to.be.closeTo(
        root.getBoundingClientRect().top + 80 - 30,
        1,
      );
      expectBelow(el, 'after scrolling the container');
      expectEndAligned(el, 'ltr');
      expect(popover.getBoundingClientRect().top, 'the menu moved up with the trigger').to.be.closeTo(
        firstTop - 30,
        EPSILON,
      );

      const closed = oneEvent(el, 'auth-menu-closed');
      await clickCenter(trigger);
      await closed;
      expect(popover.matches(':popover-open'), 'closed').to.be.false;
      const placed = placedAt(el);
      await scrollAndWait(root, 60);
      expect(placedAt(el), 'a closed menu is not placed again on scroll').to.equal(placed);
    });

    it('follows the trigger when the window scrolls, flipping from above to below', async () => {
      const root = await fixture<HTMLElement>(
        html`<div style="height: 400vh; padding: calc(100vh - 60px) 0 0 400px">
          <auth-user-button .auth=${client()}></auth-user-button>
        </div>`,
      );
      const el = root.querySelector('auth-user-button')!;
      await openByClick(el);
      const { trigger, popover } = parts(el);
      expectAbove(el, 'near the bottom of the viewport');
      expectInsideViewport(el);

      // A small scroll: still no room below, so it stays above, moved with the trigger.
      await scrollAndWait(window, 10);
      expectAbove(el, 'after scrolling 10 px');
      expectEndAligned(el, 'ltr');

      // Scroll until the trigger is near the top: now it fits below only.
      const to = scrollY + trigger.getBoundingClientRect().top - 20;
      await scrollAndWait(window, to);
      expect(trigger.getBoundingClientRect().top, 'precondition: the trigger is near the top').to.be.closeTo(20, 1);
      expect(
        popover.getBoundingClientRect().height,
        'precondition: the menu fits below the trigger there',
      ).to.be.lessThan(viewport(el).height - 20 - trigger.offsetHeight - GAP - MARGIN);
      expectBelow(el, 'after scrolling the trigger to the top');
      expectInsideViewport(el, 'after scrolling the trigger to the top');
    });

    it('stops following scroll once the element is removed', async () => {
      const root = await fixture<HTMLElement>(
        html`<div style="height: 400vh; padding: 100px 0 0 300px">
          <auth-user-button .auth=${client()}></auth-user-button>
        </div>`,
      );
      const el = root.querySelector('auth-user-button')!;
      await openByClick(el);
      const placed = placedAt(el);
      el.remove();
      await scrollAndWait(window, 40);
      expect(placedAt(el), 'a removed element does not place its menu').to.equal(placed);
    });

    it('follows the trigger when the viewport is resized (setViewport), and stops once closed', async function () {
      if (!resizable) this.skip(); // WebDriver launcher: covered by the iframe test below
      const el = await fixture<AuthUserButton>(
        html`<auth-user-button
          style="position: fixed; bottom: 12px; right: 12px"
          .auth=${client()}
        ></auth-user-button>`,
      );
      await openByClick(el);
      expectAbove(el);
      expectEndAligned(el, 'ltr');
      const resized = oneEvent(window, 'resize');
      await setViewport({ width: 640, height: 520 });
      await resized;
      await waitUntil(() => innerWidth == 640 && innerHeight == 520, 'the viewport did not shrink');
      expectAbove(el, 'after the resize');
      expectEndAligned(el, 'ltr');
      expectInsideViewport(el, 'after the resize');

      const closed = oneEvent(el, 'auth-menu-closed');
      await clickCenter(parts(el).trigger);
      await closed;
      const placed = placedAt(el);
      const grown = oneEvent(window, 'resize');
      await setViewport(VIEWPORT);
      await grown;
      expect(placedAt(el), 'a closed menu is not placed again on resize').to.equal(placed);
    });

    it('follows the trigger when its frame is resized, and stops once closed', async () => {
      const iframe = await fixture<HTMLIFrameElement>(
        html`<iframe src="/test/fixtures/frame.html" style="width: 700px; height: 560px; border: 0"></iframe>`,
      );
      await waitUntil(() => (iframe.contentWindow as FrameWindow | null)?.frameApi, 'the frame did not load', {
        timeout: 5000,
      });
      const win = iframe.contentWindow as FrameWindow;
      const api = win.frameApi!;
      const el = win.document.createElement('auth-user-button');
      el.style.cssText = 'position: fixed; bottom: 12px; right: 12px';
      // Four accounts: the menu fits above the trigger in both frame sizes.
      el.auth = api.fakeClient({ sessions: Array.from({ length: 4 }, (_, i) => api.session(`s${i + 1}`)) });
      win.document.body.append(el);
      await el.updateComplete;
      parts(el).trigger.click();
      await el.updateComplete;
      expect(parts(el).popover.matches(':popover-open'), 'open').to.be.true;
      expectAbove(el);
      expectEndAligned(el, 'ltr');
      expectInsideViewport(el);

      let resized = oneEvent(win, 'resize');
      iframe.style.width = '500px';
      iframe.style.height = '480px';
      await resized;
      await waitUntil(() => viewport(el).width == 500 && viewport(el).height == 480, 'the frame did not shrink');
      expectAbove(el, 'after the resize');
      expectEndAligned(el, 'ltr');
      expectInsideViewport(el, 'after the resize');

      parts(el).trigger.click();
      await el.updateComplete;
      expect(parts(el).popover.matches(':popover-open'), 'closed').to.be.false;
      const placed = placedAt(el);
      resized = oneEvent(win, 'resize');
      iframe.style.width = '640px';
      await resized;
      expect(placedAt(el), 'a closed menu is not placed again on resize').to.equal(placed);
    });
  });

  describe('theming', () => {
    it('--auth-menu-width sets the width, and placement uses it', async () => {
      const el = await fixture<AuthUserButton>(
        html`<auth-user-button
          style="position: fixed; top: 12px; right: 12px; --auth-menu-width: 320px"
          .auth=${client()}
        ></auth-user-button>`,
      );
      await openByClick(el);
      expect(parts(el).popover.getBoundingClientRect().width).to.be.closeTo(320, EPSILON);
      expectEndAligned(el, 'ltr');
      expectBelow(el);
    });

    it('the menu is 18rem wide by default', async () => {
      const el = await fixture<AuthUserButton>(
        html`<auth-user-button style="position: fixed; top: 12px; right: 12px" .auth=${client()}></auth-user-button>`,
      );
      await openByClick(el);
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(parts(el).popover.getBoundingClientRect().width).to.be.closeTo(18 * rem, EPSILON);
    });

    it('--auth-z-index is accepted (default 1000), inherited from an ancestor too', async () => {
      const root = await fixture<HTMLElement>(
        html`<div style="--auth-z-index: 4242">
          <auth-user-button .auth=${client()}></auth-user-button>
          <auth-user-button .auth=${client()} style="--auth-z-index: 7"></auth-user-button>
        </div>`,
      );
      const [inherited, own] = root.querySelectorAll('auth-user-button');
      const plain = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client()}></auth-user-button>`);
      expect(getComputedStyle(parts(inherited!).popover).zIndex).to.equal('4242');
      expect(getComputedStyle(parts(own!).popover).zIndex).to.equal('7');
      expect(getComputedStyle(parts(plain).popover).zIndex).to.equal('1000');
    });

    it('::part(popover) can be styled by the page, and placement follows its size', async () => {
      const style = document.createElement('style');
      style.textContent = `
        .themed::part(popover) {
          width: 250px;
          padding: 20px;
          border: 3px solid rgb(1, 2, 3);
          border-radius: 2px;
          background: rgb(10, 20, 30);
        }`;
      document.head.append(style);
      try {
        const el = await fixture<AuthUserButton>(
          html`<auth-user-button
            class="themed"
            style="position: fixed; bottom: 12px; right: 12px"
            .auth=${client()}
          ></auth-user-button>`,
        );
        await openByClick(el);
        const { popover } = parts(el);
        const computed = getComputedStyle(popover);
        expect(computed.backgroundColor).to.equal('rgb(10, 20, 30)');
        expect(computed.borderTopColor).to.equal('rgb(1, 2, 3)');
        expect(computed.borderTopWidth).to.equal('3px');
        expect(computed.paddingTop).to.equal('20px');
        expect(popover.getBoundingClientRect().width).to.be.closeTo(250, EPSILON);
        expectAbove(el);
        expectEndAligned(el, 'ltr');
        expectInsideViewport(el);
      } finally {
        style.remove();
      }
    });
  });
});
