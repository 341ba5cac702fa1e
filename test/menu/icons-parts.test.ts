// The built-in items' icons (inline SVG, replaceable per slot) and their per-item parts.
import { expect, html } from '@open-wc/testing';
import { isOpen, mountMenu, part } from './menu-helpers.js';

const items = [
  ['manage', 'manage-account'],
  ['add', 'add-account'],
  ['out', 'sign-out'],
  ['all', 'sign-out-all'],
] as const;

describe('<auth-user-button> icons and item parts', () => {
  for (const [key, name] of items) {
    it(`"${name}" shows an inline SVG icon in currentColor, hidden from assistive technology`, async () => {
      const { el } = await mountMenu(html`<auth-user-button open></auth-user-button>`);
      const icon = part(el, `[data-item=${key}] [part~=icon]`);
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      const svg = icon.querySelector('svg');
      expect(svg, 'an inline svg').to.exist;
      expect(svg?.getAttribute('stroke')).to.equal('currentColor');
      expect(svg?.getAttribute('aria-hidden')).to.equal('true');
      const item = part(el, `[data-item=${key}]`);
      expect(getComputedStyle(svg as SVGElement).color).to.equal(getComputedStyle(item).color);
      expect(item.textContent, 'the label is the only text').to.not.match(/^\s|\s$/);
    });

    it(`the part of "${name}" is "menu-item ${name}"`, async () => {
      const { el } = await mountMenu(html`<auth-user-button open></auth-user-button>`);
      const item = part(el, `[data-item=${key}]`);
      expect(item.getAttribute('part')).to.equal(`menu-item ${name}`);
      expect(el.shadowRoot?.querySelectorAll(`[part~=${name}]`).length, 'one item with that part').to.equal(1);
    });

    it(`slot icon-${name} replaces the icon of "${name}" alone`, async () => {
      const { el } = await mountMenu(
        html`<auth-user-button open><span slot=${`icon-${name}`} class="mine">★</span></auth-user-button>`,
      );
      const slot = part<HTMLSlotElement>(el, `[data-item=${key}] slot[name=icon-${name}]`);
      expect(slot.assignedElements().map(node => node.className)).to.deep.equal(['mine']);
      expect(slot.closest('[part~=icon]'), 'inside the icon part').to.exist;
      const mine = el.querySelector('.mine') as HTMLElement;
      expect(mine.getBoundingClientRect().width, 'the replacement is shown').to.be.greaterThan(0);
      for (const [other, otherName] of items) {
        if (other == key) continue;
        const otherSlot = part<HTMLSlotElement>(el, `[data-item=${other}] slot[name=icon-${otherName}]`);
        expect(otherSlot.assignedElements(), `${otherName} keeps its icon`).to.have.length(0);
      }
    });
  }

  it('--auth-icon-size sizes every icon', async () => {
    const { el } = await mountMenu(html`<auth-user-button open style="--auth-icon-size: 24px"></auth-user-button>`);
    const icons = [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~=icon]') ?? [])];
    expect(icons).to.have.length(4);
    for (const icon of icons) {
      expect(icon.getBoundingClientRect().width).to.be.closeTo(24, 0.5);
      expect(icon.getBoundingClientRect().height).to.be.closeTo(24, 0.5);
    }
  });

  for (const scheme of ['light', 'dark']) {
    it(`is accessible with icons (${scheme})`, async () => {
      const { el } = await mountMenu(
        html`<auth-user-button open style=${`--auth-color-scheme: ${scheme}`}
          ><a slot="menu-item" href="#billing">Billing</a></auth-user-button
        >`,
      );
      expect(isOpen(el)).to.be.true;
      await expect(el).to.be.accessible();
    });
  }

  it('is accessible with replaced icons', async () => {
    const { el } = await mountMenu(
      html`<auth-user-button open
        ><svg slot="icon-sign-out" viewBox="0 0 8 8" aria-hidden="true"><circle cx="4" cy="4" r="3" /></svg
      ></auth-user-button>`,
    );
    await expect(el).to.be.accessible();
  });
});
