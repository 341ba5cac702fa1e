// Where <auth-user-button> puts its menu: below or above, end-aligned, clamped inside the viewport,
// in clipping and transformed boxes. Geometry only (no screenshots).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { AuthUserButton } from '../../src/index.js';
import {
  EPSILON,
  GAP,
  MARGIN,
  client,
  expectAbove,
  expectBelow,
  expectEndAligned,
  expectInsideViewport,
  menuIsAt,
  openByClick,
  parts,
  viewport,
  useTestViewport,
} from '../helpers/placement.js';
import { session } from '../helpers/index.js';

describe('<auth-user-button> placement', () => {
  useTestViewport();

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
});
