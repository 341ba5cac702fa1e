// Helpers of the <auth-user-button> placement tests (test/user-button/placement*.test.ts): geometry.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { AuthUserButton } from '../../src/index.js';
import { fakeClient, session, type FakeClient } from './index.js';
import { clickCenter } from './dom.js';
import { userButton } from '../harness/user-button.js';

/** Gap between trigger and menu, and the menu's minimum distance from the viewport's edges. */
export const GAP = 4;
export const MARGIN = 8;
/** Sub-pixel rounding allowed in every comparison. */
export const EPSILON = 0.5;
/** The viewport the tests ask for where it can be set. */
export const VIEWPORT = { width: 800, height: 600 };

/** A client with `count` sessions: enough to make the menu tall (one row per other account). */
export const client = (count = 6): FakeClient =>
  fakeClient({ sessions: Array.from({ length: count }, (_, i) => session(`s${i + 1}`)) });

export function parts(el: AuthUserButton): { trigger: HTMLButtonElement; popover: HTMLElement } {
  const { trigger, popover } = userButton(el);
  return { trigger, popover };
}

/** The layout viewport of `el`'s document, without scrollbars: what "inside the viewport" means. */
export function viewport(el: Element): { width: number; height: number } {
  const { clientWidth, clientHeight } = el.ownerDocument.documentElement;
  return { width: clientWidth, height: clientHeight };
}

/** Opens the menu with a real click on the trigger and waits until it is shown. */
export async function openByClick(el: AuthUserButton): Promise<void> {
  const opened = oneEvent(el, 'auth-menu-opened');
  await clickCenter(parts(el).trigger);
  await opened;
  expect(parts(el).popover.matches(':popover-open'), 'the popover is open').to.be.true;
}

/** The menu's rect is inside the viewport with at least 8 px on every side. */
export function expectInsideViewport(el: AuthUserButton, what = 'the menu'): void {
  const rect = parts(el).popover.getBoundingClientRect();
  const { width, height } = viewport(el);
  expect(rect.width, `${what} has a size`).to.be.greaterThan(0);
  expect(rect.left, `${what}: left margin`).to.be.at.least(MARGIN - EPSILON);
  expect(rect.top, `${what}: top margin`).to.be.at.least(MARGIN - EPSILON);
  expect(width - rect.right, `${what}: right margin (viewport ${width} px wide)`).to.be.at.least(MARGIN - EPSILON);
  expect(height - rect.bottom, `${what}: bottom margin (viewport ${height} px high)`).to.be.at.least(MARGIN - EPSILON);
}

/** The menu sits below the trigger with the 4 px gap. */
export function expectBelow(el: AuthUserButton, what = 'the menu'): void {
  const { trigger, popover } = parts(el);
  expect(popover.getBoundingClientRect().top, `${what} opens 4 px below the trigger`).to.be.closeTo(
    trigger.getBoundingClientRect().bottom + GAP,
    EPSILON,
  );
}

/** The menu sits above the trigger with the 4 px gap. */
export function expectAbove(el: AuthUserButton, what = 'the menu'): void {
  const { trigger, popover } = parts(el);
  expect(popover.getBoundingClientRect().bottom, `${what} opens 4 px above the trigger`).to.be.closeTo(
    trigger.getBoundingClientRect().top - GAP,
    EPSILON,
  );
}

/** The menu's end edge is aligned with the trigger's: right in LTR, left in RTL. */
export function expectEndAligned(el: AuthUserButton, dir: 'ltr' | 'rtl'): void {
  const t = parts(el).trigger.getBoundingClientRect();
  const p = parts(el).popover.getBoundingClientRect();
  if (dir == 'ltr') expect(p.right, 'right edges aligned').to.be.closeTo(t.right, EPSILON);
  else expect(p.left, 'left edges aligned').to.be.closeTo(t.left, EPSILON);
}

/** Whether a hit test at (x, y) finds the menu there (so it is painted there, not clipped away). */
export function menuIsAt(el: AuthUserButton, x: number, y: number): boolean {
  const hit = el.shadowRoot!.elementFromPoint(x, y);
  return !!hit && parts(el).popover.contains(hit);
}

/** Scrolls `target` (an element, or the window) and resolves after its scroll event was dispatched. */
export async function scrollAndWait(target: Element | Window, top: number): Promise<void> {
  const node = target instanceof Window ? target.document : target;
  const scrolled = oneEvent(node, 'scroll');
  target.scrollTo(0, top);
  await scrolled;
}

/** The inline position the element last gave the menu. */
export const placedAt = (el: AuthUserButton): string =>
  `${parts(el).popover.style.top} ${parts(el).popover.style.left}`;

/**
 * Hooks of a placement test file: the viewport set to VIEWPORT where the launcher can (not the
 * WebDriver one) and restored after each test, the mouse reset and the page scrolled back.
 * Returns whether the viewport can be set.
 */
export function useTestViewport(): { readonly resizable: boolean } {
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

  return {
    get resizable() {
      return resizable;
    },
  };
}
