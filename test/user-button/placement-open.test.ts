// <auth-user-button>'s menu while open (scroll, resize, live changes) and its theming.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { AuthUserButton } from '../../src/index.js';
import type { FrameWindow } from '../fixtures/frame.js';
import {
  EPSILON,
  GAP,
  MARGIN,
  VIEWPORT,
  client,
  expectAbove,
  expectBelow,
  expectEndAligned,
  expectInsideViewport,
  openByClick,
  parts,
  placedAt,
  scrollAndWait,
  viewport,
  useTestViewport,
} from '../helpers/placement.js';
import { clickCenter } from '../helpers/index.js';

describe('<auth-user-button> placement', () => {
  const screen = useTestViewport();

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
      if (!screen.resizable) this.skip(); // WebDriver launcher: covered by the iframe test below
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
