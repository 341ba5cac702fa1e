// The trigger slot, the sidebar layout (show-email) and the placement attribute.
import { expect, html, waitUntil } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import type { AuthUserButton } from '../../src/index.js';
import {
  clickCenter,
  expectFocus,
  focused,
  isOpen,
  mountMenu,
  openByKeyboard,
  part,
  popover,
  press,
  shown,
  trigger,
} from './menu-helpers.js';

const GAP = 4;
const MARGIN = 8;
const EPSILON = 0.5;

describe('<auth-user-button> trigger slot', () => {
  afterEach(() => resetMouse());

  it("shows the slotted content inside the element's own button", async () => {
    const { el } = await mountMenu(
      html`<auth-user-button><span slot="trigger" id="mine">Workspace ▾</span></auth-user-button>`,
    );
    const mine = el.querySelector('#mine') as HTMLElement;
    const slot = part<HTMLSlotElement>(el, '[part~=trigger] slot[name=trigger]');
    expect(slot.assignedElements()).to.deep.equal([mine]);
    expect(shown(mine)).to.be.true;
    expect(shown(part(el, '[part~=trigger] [part~=avatar]')), 'the avatar is replaced').to.be.false;
    expect(trigger(el).getAttribute('aria-haspopup')).to.equal('menu');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(trigger(el).hasAttribute('aria-label'), 'named by the slotted content').to.be.false;
    await expect(el).to.be.accessible();
  });

  it('keeps aria-expanded and the full keyboard model', async () => {
    const { el } = await mountMenu(html`<auth-user-button><span slot="trigger">Workspace</span></auth-user-button>`);
    await openByKeyboard(el);
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
    await expectFocus('manage', 'ArrowDown opens on the first item');
    await press('Escape');
    await waitUntil(() => focused() == trigger(el), 'Escape returns to the trigger', { timeout: 2000 });
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    await press('ArrowUp');
    await expectFocus('all', 'ArrowUp opens on the last item');
    await press('Escape');
    await press('Enter');
    await expectFocus('manage', 'Enter opens on the first item');
    await press('Escape');
    await press(' ');
    await expectFocus('manage', 'Space opens on the first item');
    // Something to take focus after the element: a Tab out of the last focusable of the page
    // would leave the document in Firefox, and later tests' keys would go nowhere.
    const after = document.createElement('button');
    after.textContent = 'after';
    el.after(after);
    try {
      await press('Tab');
      expect(isOpen(el), 'Tab closes').to.be.false;
      await waitUntil(() => document.activeElement == after, 'Tab moves on to the next focusable');
    } finally {
      after.remove();
    }
  });

  it('opens and closes with a click on the slotted content', async () => {
    const { el } = await mountMenu(
      html`<auth-user-button><span slot="trigger" id="mine">Workspace</span></auth-user-button>`,
    );
    await clickCenter(el.querySelector('#mine') as HTMLElement);
    expect(isOpen(el)).to.be.true;
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
    await clickCenter(el.querySelector('#mine') as HTMLElement);
    expect(isOpen(el)).to.be.false;
  });
});

describe('<auth-user-button show-email>', () => {
  it('shows name, email and a chevron across the full width', async () => {
    const { el } = await mountMenu(html`<auth-user-button show-email style="width: 260px"></auth-user-button>`);
    expect(part(el, '[part~=name]').textContent).to.equal('Ada Lovelace');
    expect(part(el, '[part~=email]').textContent).to.equal('ada@example.com');
    expect(shown(part(el, '[part~=email]'))).to.be.true;
    expect(shown(part(el, '[part~=chevron]'))).to.be.true;
    expect(part(el, '[part~=chevron]').getAttribute('aria-hidden')).to.equal('true');
    expect(trigger(el).getBoundingClientRect().width).to.be.closeTo(260, EPSILON);
    await expect(el).to.be.accessible();
  });

  it('takes the layout when set as a property, as the mount API and the framework wrappers set it', async () => {
    const { el } = await mountMenu(html`<auth-user-button style="width: 260px"></auth-user-button>`);
    const before = trigger(el).getBoundingClientRect().width;
    el.showEmail = true;
    await el.updateComplete;
    expect(el.hasAttribute('show-email'), 'reflected').to.be.true;
    expect(shown(part(el, '[part~=email]'))).to.be.true;
    expect(trigger(el).getBoundingClientRect().width).to.be.closeTo(260, EPSILON);
    el.showEmail = false;
    await el.updateComplete;
    expect(el.hasAttribute('show-email')).to.be.false;
    expect(el.shadowRoot?.querySelector('[part~=email]')).to.equal(null);
    expect(trigger(el).getBoundingClientRect().width).to.be.closeTo(before, EPSILON);
  });

  it('shows neither email nor chevron without it', async () => {
    const { el } = await mountMenu(html`<auth-user-button show-name></auth-user-button>`);
    expect(el.shadowRoot?.querySelector('[part~=email]')).to.equal(null);
    expect(el.shadowRoot?.querySelector('[part~=chevron]')).to.equal(null);
  });
});

type Corner = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';
const corners: Corner[] = ['top-left', 'top-right', 'bottom-left', 'bottom-right'];
const placements = ['bottom-end', 'bottom-start', 'top-end', 'top-start'] as const;

async function placed(placement: string, dir: 'ltr' | 'rtl', style: string): Promise<AuthUserButton> {
  const { el } = await mountMenu(
    html`<auth-user-button
      placement=${placement}
      dir=${dir}
      show-name
      style=${`position: fixed; ${style}`}
    ></auth-user-button>`,
  );
  el.open = true;
  await el.updateComplete;
  expect(isOpen(el)).to.be.true;
  return el;
}

function expectInside(el: AuthUserButton, what: string): void {
  const rect = popover(el).getBoundingClientRect();
  const { clientWidth, clientHeight } = document.documentElement;
  expect(rect.left, `${what}: left`).to.be.at.least(MARGIN - EPSILON);
  expect(rect.top, `${what}: top`).to.be.at.least(MARGIN - EPSILON);
  expect(clientWidth - rect.right, `${what}: right`).to.be.at.least(MARGIN - EPSILON);
  expect(clientHeight - rect.bottom, `${what}: bottom`).to.be.at.least(MARGIN - EPSILON);
}

describe('<auth-user-button placement>', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    for (const placement of placements) {
      it(`${placement} (${dir}) aligns the ${placement.endsWith('end') ? 'end' : 'start'} edges on its side`, async () => {
        // Room on the asked side, no flip, no clamp.
        const el = await placed(placement, dir, `top: ${placement.startsWith('top') ? 75 : 15}%; left: 45%`);
        const t = trigger(el).getBoundingClientRect();
        const p = popover(el).getBoundingClientRect();
        if (placement.startsWith('bottom')) expect(p.top, 'below').to.be.closeTo(t.bottom + GAP, EPSILON);
        else expect(p.bottom, 'above').to.be.closeTo(t.top - GAP, EPSILON);
        const leftAligned = placement.endsWith('start') == (dir == 'ltr');
        if (leftAligned) expect(p.left, 'left edges').to.be.closeTo(t.left, EPSILON);
        else expect(p.right, 'right edges').to.be.closeTo(t.right, EPSILON);
      });

      for (const corner of corners) {
        it(`${placement} (${dir}) at the ${corner} corner flips and stays inside the viewport`, async () => {
          const [v, h] = corner.split('-');
          const el = await placed(placement, dir, `${v}: 0; ${h}: 0`);
          const t = trigger(el).getBoundingClientRect();
          const p = popover(el).getBoundingClientRect();
          // At the top the menu goes below whatever was asked; at the bottom, above.
          if (v == 'top') expect(p.top, 'below').to.be.closeTo(t.bottom + GAP, EPSILON);
          else expect(p.bottom, 'above').to.be.closeTo(t.top - GAP, EPSILON);
          expectInside(el, `${placement} ${dir} ${corner}`);
          // The aligned edge stays at the trigger's unless that would leave the viewport.
          const leftAligned = placement.endsWith('start') == (dir == 'ltr');
          if (leftAligned == (h == 'left')) {
            if (leftAligned) expect(p.left).to.be.closeTo(Math.max(MARGIN, t.left), EPSILON);
            else
              expect(p.right).to.be.closeTo(Math.min(document.documentElement.clientWidth - MARGIN, t.right), EPSILON);
          } else {
            expect(leftAligned ? document.documentElement.clientWidth - p.right : p.left, 'clamped').to.be.closeTo(
              MARGIN,
              EPSILON,
            );
          }
        });
      }
    }
  }
});
